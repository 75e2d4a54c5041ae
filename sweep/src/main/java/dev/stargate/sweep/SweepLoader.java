package dev.stargate.sweep;

import dev.stargate.model.catalogue.CatalogueLoader;
import dev.stargate.model.input.Binder;
import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Location;
import dev.stargate.model.input.Node;
import dev.stargate.model.input.Problem;
import dev.stargate.model.input.Problems;
import dev.stargate.model.input.Suggest;
import dev.stargate.model.input.Unbinder;
import dev.stargate.model.input.YamlTree;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a sweep file and checks everything that can be checked before any sample runs: the
 * scenario loads and is self-contained, every path leads to a value, every distribution is
 * complete and consistent, the scenario still loads with every parameter at a central value, and
 * the outputs are summary keys. Every problem is reported together, located in the sweep file.
 */
public final class SweepLoader {
    private SweepLoader() {}

    public static LoadedSweep load(Path file) {
        Problems problems = new Problems();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            problems.error(Location.ofFile(file.toString()), "", "no such file; sweeps ship in scenarios/sweeps/");
            throw new InvalidInputException(problems.all());
        } catch (IOException e) {
            problems.error(Location.ofFile(file.toString()), "", "cannot read the file: " + e.getMessage());
            throw new InvalidInputException(problems.all());
        }
        return parse(text, file.toString(), file.toAbsolutePath().getParent());
    }

    public static LoadedSweep parse(String text, String fileName, Path dir) {
        Problems problems = new Problems();
        Node root = YamlTree.parse(text, fileName, problems);
        if (root == null) throw new InvalidInputException(problems.all().stream().map(SweepLoader::withQuotingHint).toList());
        problems.locateIn(root);
        SweepFile sf = Binder.bind(root, SweepFile.class, "", problems);
        problems.throwIfErrors();
        Sweep s = sf.sweep();

        Path scenarioFile = dir == null ? Path.of(s.scenario()) : dir.resolve(s.scenario());
        LoadedScenario base;
        try {
            base = ScenarioLoader.load(scenarioFile);
        } catch (InvalidInputException e) {
            int n = e.errors().size();
            problems.error("sweep.scenario", "the scenario does not load (" + n + (n == 1 ? " error" : " errors") + "; stargate validate " + scenarioFile
                    + " lists them): " + e.errors().get(0));
            throw new InvalidInputException(problems.all());
        }
        if (base.scenario().training().traceFile() != null || base.scenario().sites().stream().anyMatch(x -> x.profilesFile() != null)) {
            problems.error("sweep.scenario", "the scenario reads a trace or weather-profile file; samples run on other threads or machines "
                    + "from the scenario's text alone: list the jobs under training.jobs and leave profilesFile out");
        }
        if (s.kind() == SweepKind.PLAN && base.scenario().planning() == null) {
            problems.error("sweep.kind", "plan sweeps need a scenario with a planning: section; " + scenarioFile + " has none");
        }
        Map<String, Object> tree;
        String baseText;
        try {
            baseText = Files.readString(scenarioFile, StandardCharsets.UTF_8);
            tree = ScenarioTree.parse(baseText);
        } catch (IOException | IllegalArgumentException e) {
            problems.error("sweep.scenario", "cannot read " + scenarioFile + ": " + e.getMessage());
            throw new InvalidInputException(problems.all());
        }
        Map<String, Object> readTree = readTree(tree, base);

        List<Object> baseValues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (s.parameters().isEmpty()) problems.error("sweep.parameters", "a sweep varies at least one parameter");
        for (int i = 0; i < s.parameters().size(); i++) {
            Parameter p = s.parameters().get(i);
            String at = "sweep.parameters[" + i + "]";
            Object value = null;
            boolean found = true;
            try {
                value = ScenarioTree.get(readTree, p.path());
            } catch (ScenarioTree.PathException e) {
                problems.error(at + ".path", e.getMessage());
                found = false;
            }
            baseValues.add(value);
            if (!seen.add(p.path())) problems.error(at + ".path", p.path() + " is varied twice; give it one distribution");
            ParameterChecks.shape(s.sampler(), p, found ? value : ParameterChecks.UNKNOWN, at, problems);
        }
        ParameterChecks.correlations(s, problems);
        List<String> outputs = s.outputs();
        if (outputs != null) {
            List<String> known = OutputKeys.known(s.kind());
            for (int i = 0; i < outputs.size(); i++) {
                if (!OutputKeys.isKnown(outputs.get(i), known)) {
                    problems.error("sweep.outputs[" + i + "]", "'" + outputs.get(i) + "' is not a key of the " + (s.kind() == SweepKind.PLAN ? "plan" : "run summary")
                            + Suggest.hint(outputs.get(i), known) + " (docs/" + (s.kind() == SweepKind.PLAN ? "plan" : "run-summary") + ".md lists them)");
                }
            }
        }
        problems.throwIfErrors();
        LoadedSweep loaded = new LoadedSweep(s, fileName, base, tree, baseValues, outputs == null || outputs.isEmpty() ? null : List.copyOf(outputs));
        checkCentralSample(loaded, problems);
        problems.throwIfErrors();
        return loaded;
    }

    /** YAML reads [ inside a [...] list as a nested list: paths such as phases[1] must be quoted there. */
    private static Problem withQuotingHint(Problem p) {
        if (!p.message().contains("expected ',' or ']'")) return p;
        return new Problem(p.severity(), p.location(), p.path(), p.message() + "; inside a [...] list, quote a path with an [index]: "
                + "[\"sites.abilene.phases[1].onlineDate\", …]");
    }

    /** The scenario with its catalogue section replaced by the whole catalogue it runs with (overrides applied), for reading. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> readTree(Map<String, Object> tree, LoadedScenario base) {
        Map<String, Object> read = ScenarioTree.copy(tree);
        Problems ignored = new Problems();
        Node merged = CatalogueLoader.withOverrides(base.catalogueOverrides(), ignored);
        read.put(ScenarioTree.CATALOGUE, (Map<String, Object>) Unbinder.toPlain(merged));
        return read;
    }

    /**
     * Every parameter at a central value: the scenario must still load (this catches misspelt
     * fields and out-of-range values once, not in every sample). Each parameter the scenario
     * rejects on its own is named; a combination that fails only together is reported as one.
     */
    private static void checkCentralSample(LoadedSweep s, Problems problems) {
        List<String> paths = s.sweep().parameters().stream().map(Parameter::path).toList();
        Sample central = Sampler.central(s).get(0);
        List<Problem> together = rejects(s, paths, central);
        if (together.isEmpty()) return;
        boolean named = false;
        for (int j = 0; j < paths.size(); j++) {
            Sample one = new Sample(0, central.seed(), List.of(central.values().get(j)), List.of(central.numbers().get(j)));
            List<Problem> alone = rejects(s, List.of(paths.get(j)), one);
            if (alone.isEmpty()) continue;
            named = true;
            Parameter p = s.sweep().parameters().get(j);
            String field = s.baseValues().get(j) == null ? ".path" : s.sweep().sampler() == SamplerKind.GRID ? ".grid" : ".distribution";
            for (Problem x : alone) {
                problems.error("sweep.parameters[" + j + "]" + field, "with " + p.path() + " = " + central.values().get(j)
                        + " the scenario does not load: " + x.path() + ": " + x.message());
            }
        }
        if (!named) {
            for (Problem x : together) {
                problems.error("sweep.parameters", "with every parameter at a central value the scenario does not load: " + x.path() + ": " + x.message());
            }
        }
    }

    private static List<Problem> rejects(LoadedSweep s, List<String> paths, Sample sample) {
        try {
            ScenarioLoader.parseWithoutFiles(SampleRunner.scenarioText(s.baseTree(), paths, sample), "the scenario with the sweep's central values");
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }
}
