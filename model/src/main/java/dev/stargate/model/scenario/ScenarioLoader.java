package dev.stargate.model.scenario;

import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.catalogue.CatalogueLoader;
import dev.stargate.model.input.Binder;
import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Location;
import dev.stargate.model.input.Node;
import dev.stargate.model.input.Problem;
import dev.stargate.model.input.Problems;
import dev.stargate.model.input.TreeMerge;
import dev.stargate.model.input.YamlTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a scenario file: parse (with locations), merge catalogue overrides, bind, read the job
 * trace, validate. Every problem found is reported together in one {@link InvalidInputException}.
 */
public final class ScenarioLoader {
    private static final String NO_FILES = "files cannot be read here (the scenario came from another machine); ";

    private ScenarioLoader() {}

    /** Loads and validates a scenario file. */
    public static LoadedScenario load(Path file) {
        String name = file.toString();
        Problems problems = new Problems();
        String text;
        try {
            if (Files.isDirectory(file)) {
                problems.error(Location.ofFile(name), "", "is a directory; give a scenario YAML file");
                problems.throwIfErrors();
            }
            if (Files.size(file) > YamlTree.MAX_CHARS) {
                problems.error(Location.ofFile(name), "", "file is larger than " + YamlTree.MAX_CHARS / (1024 * 1024) + " MiB; a scenario is far smaller");
                problems.throwIfErrors();
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.error(Location.ofFile(name), "", "no such file; check the path (scenarios ship in scenarios/)");
            throw new InvalidInputException(problems.all());
        } catch (MalformedInputException e) {
            problems.error(Location.ofFile(name), "", "is not UTF-8 text; save the scenario as UTF-8 YAML");
            throw new InvalidInputException(problems.all());
        } catch (IOException e) {
            problems.error(Location.ofFile(name), "", "cannot read the file: " + e.getMessage());
            throw new InvalidInputException(problems.all());
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(text, name, dir);
    }

    /** Loads and validates scenario text; {@code baseDir} resolves relative paths (may be null). */
    public static LoadedScenario parse(String text, String fileName, Path baseDir) {
        return parse(text, fileName, baseDir, true);
    }

    /**
     * Loads and validates scenario text that may not read files: a trace or weather-profile file
     * named in it is an error at that field. For text from other machines (the server), which
     * must not reach the server's file system.
     */
    public static LoadedScenario parseWithoutFiles(String text, String fileName) {
        return parse(text, fileName, null, false);
    }

    private static LoadedScenario parse(String text, String fileName, Path baseDir, boolean filesAllowed) {
        Problems problems = new Problems();
        Node root = YamlTree.parse(text, fileName, problems);
        if (root == null) throw new InvalidInputException(problems.all());
        if (!(root instanceof Node.MapNode map)) {
            problems.error(root.location(), "", "a scenario is a YAML mapping (name:, horizon:, sites:, …), got " + root.describe());
            throw new InvalidInputException(problems.all());
        }
        Node overrides = map.get("catalogue");
        if (overrides instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.NULL) overrides = null; // "catalogue:" alone
        Node catalogueTree = CatalogueLoader.withOverrides(overrides, problems);
        Node.MapNode scenarioTree = TreeMerge.without(map, "catalogue");
        // one tree for locating every path: the scenario with its merged catalogue
        problems.locateIn(TreeMerge.with(scenarioTree, "catalogue", catalogueTree));

        Catalogue catalogue = CatalogueLoader.bind(catalogueTree, problems);
        Scenario scenario = Binder.bind(scenarioTree, Scenario.class, "", problems);
        List<LocatedJob> trace = List.of();
        if (scenario != null && scenario.training().traceFile() != null) {
            if (filesAllowed) trace = TraceReader.read(scenario.training().traceFile(), baseDir, problems);
            else problems.error("training.traceFile", NO_FILES + "list the jobs under training.jobs instead");
        }
        Map<String, HourlyProfile> profiles = new HashMap<>();
        if (scenario != null) {
            for (int i = 0; i < scenario.sites().size(); i++) {
                Site site = scenario.sites().get(i);
                if (site.profilesFile() == null) continue;
                String path = "sites[" + i + "].profilesFile";
                if (!filesAllowed) {
                    problems.error(path, NO_FILES + "remove it to use the generated weather of the site's region");
                    continue;
                }
                HourlyProfile hp = ProfileReader.read(site.profilesFile(), baseDir, path, problems);
                if (hp == null) continue;
                LocalDateTime from = scenario.horizon().start().atStartOfDay();
                LocalDateTime to = scenario.horizon().end().atStartOfDay();
                if (hp.start().isAfter(from) || hp.end().isBefore(to)) {
                    problems.error(path, "profile covers " + hp.start() + " to " + hp.end() + " but the horizon needs " + from + " to " + to);
                } else {
                    profiles.put(site.name(), hp);
                }
            }
        }
        if (scenario != null && catalogue != null) {
            ScenarioValidator.validate(scenario, catalogue, trace, problems);
        }
        problems.throwIfErrors();
        List<Problem> warnings = problems.all();
        return new LoadedScenario(scenario, catalogue, overrides, trace.stream().map(LocatedJob::job).toList(),
                profiles, fileName, warnings);
    }
}
