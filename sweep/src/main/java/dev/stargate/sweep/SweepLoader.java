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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a sweep file and checks everything that can be checked before any sample runs: the
 * scenario loads and is self-contained, every path leads to a value, every distribution is
 * complete and consistent, the scenario still loads with every parameter at a central value, and
 * the outputs are summary keys. Every problem is reported together, located in the sweep file.
 */
public final class SweepLoader {
    /** Stands for the scenario's value where the path does not lead to one (so value checks are skipped). */
    private static final Object UNKNOWN = new Object();
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
            checkShape(s.sampler(), p, found ? value : UNKNOWN, at, problems);
        }
        checkCorrelations(s, problems);
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

    private static void checkShape(SamplerKind sampler, Parameter p, Object base, String at, Problems problems) {
        if (sampler == SamplerKind.GRID) {
            if (p.grid() == null || p.grid().isEmpty()) problems.error(at + ".grid", "a grid sampler needs grid values for every parameter");
            else for (int k = 0; k < p.grid().size(); k++) checkTyped(p.grid().get(k), base, at + ".grid[" + k + "]", problems);
            return;
        }
        Distribution d = p.distribution();
        if (d == null) {
            problems.error(at + ".distribution", "a " + sampler.name().toLowerCase() + " sampler needs a distribution for every parameter");
            return;
        }
        String dd = at + ".distribution";
        switch (d.type()) {
            case UNIFORM -> {
                if (need(d.min(), dd + ".min", "uniform", problems) & need(d.max(), dd + ".max", "uniform", problems) && d.min() >= d.max()) {
                    problems.error(dd + ".max", "must be above min (" + d.min() + ")");
                }
                numeric(base, at, problems);
            }
            case TRIANGULAR -> {
                if (need(d.min(), dd + ".min", "triangular", problems) & need(d.mode(), dd + ".mode", "triangular", problems)
                        & need(d.max(), dd + ".max", "triangular", problems)) {
                    if (d.min() >= d.max()) problems.error(dd + ".max", "must be above min (" + d.min() + ")");
                    else if (d.mode() < d.min() || d.mode() > d.max()) problems.error(dd + ".mode", "must lie within min and max");
                }
                numeric(base, at, problems);
            }
            case NORMAL -> {
                need(d.mean(), dd + ".mean", "normal", problems);
                need(d.sd(), dd + ".sd", "normal", problems);
                if (d.min() != null && d.max() != null && d.min() >= d.max()) problems.error(dd + ".max", "must be above min (" + d.min() + ")");
                numeric(base, at, problems);
            }
            case CHOICE -> {
                if (d.values() == null || d.values().isEmpty()) {
                    problems.error(dd + ".values", "a choice needs values");
                } else {
                    for (int k = 0; k < d.values().size(); k++) checkTyped(d.values().get(k), base, dd + ".values[" + k + "]", problems);
                    if (d.weights() != null && !d.weights().isEmpty()) {
                        if (d.weights().size() != d.values().size()) problems.error(dd + ".weights", "give one weight per value (" + d.values().size() + ")");
                        else if (d.weights().stream().anyMatch(w -> w == null || w < 0) || d.weights().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                            problems.error(dd + ".weights", "weights are zero or more and not all zero");
                        }
                    }
                }
            }
            case DATE_SHIFT -> {
                if (need(d.minDays(), dd + ".minDays", "date_shift", problems) & need(d.maxDays(), dd + ".maxDays", "date_shift", problems)
                        && d.minDays() > d.maxDays()) {
                    problems.error(dd + ".maxDays", "must be at least minDays (" + d.minDays() + ")");
                }
                if (base != UNKNOWN) {
                    try {
                        LocalDate.parse(String.valueOf(base));
                    } catch (DateTimeParseException e) {
                        problems.error(at + ".path", base == null ? "a date_shift moves the scenario's own date, and the scenario gives none there"
                                : "a date_shift needs a date there; the scenario has " + base);
                    }
                }
            }
        }
    }

    private static void checkCorrelations(Sweep s, Problems problems) {
        if (s.correlations().isEmpty()) return;
        if (s.sampler() == SamplerKind.GRID) {
            problems.error("sweep.correlations", "a grid runs every combination, so its values cannot be correlated; correlations apply to "
                    + "latin_hypercube and random sweeps");
            return;
        }
        List<String> paths = s.parameters().stream().map(Parameter::path).toList();
        Set<String> pairs = new HashSet<>();
        boolean complete = true;
        for (int i = 0; i < s.correlations().size(); i++) {
            Correlation c = s.correlations().get(i);
            String at = "sweep.correlations[" + i + "]";
            if (c.parameters().size() != 2) {
                problems.error(at + ".parameters", "name two parameters, got " + c.parameters().size());
                complete = false;
                continue;
            }
            for (int k = 0; k < 2; k++) {
                if (!paths.contains(c.parameters().get(k))) {
                    problems.error(at + ".parameters[" + k + "]", "'" + c.parameters().get(k) + "' is not a parameter of this sweep"
                            + Suggest.hint(c.parameters().get(k), paths));
                    complete = false;
                }
            }
            if (c.parameters().get(0).equals(c.parameters().get(1))) {
                problems.error(at + ".parameters", "a parameter is fully correlated with itself; name two different ones");
                complete = false;
            } else if (!pairs.add(String.join("\n", new TreeSet<>(c.parameters())))) {
                problems.error(at + ".parameters", "this pair is correlated twice; give it one rho");
                complete = false;
            }
        }
        if (complete && !RankCorrelationInducer.positiveDefinite(Sampler.correlationMatrix(s))) {
            problems.error("sweep.correlations", "these correlations cannot all hold at once (together they are not a valid correlation matrix); "
                    + "make them weaker or consistent: e.g. A~B 0.9 and B~C 0.9 need A~C of at least 0.62");
        }
    }

    private static boolean need(Object v, String path, String type, Problems problems) {
        if (v == null) problems.error(path, "a " + type + " distribution needs it");
        return v != null;
    }

    private static void numeric(Object base, String at, Problems problems) {
        if (base != null && base != UNKNOWN && !Draw.numeric(base)) problems.error(at + ".path", "this distribution draws numbers, but the scenario has '" + base + "' there");
    }

    private static void checkTyped(String value, Object base, String at, Problems problems) {
        if (base == UNKNOWN) return;
        try {
            Draw.typed(value, base);
        } catch (NumberFormatException e) {
            problems.error(at, "'" + value + "' is not a number, and the scenario has a number there");
        }
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
