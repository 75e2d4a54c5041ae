package dev.stargate.sweep;

import dev.stargate.engine.RunOptions;
import dev.stargate.engine.Simulation;
import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import dev.stargate.planner.Planner;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs one sample: the scenario's text with the sample's values set and its seed, loaded and
 * validated, then simulated (or planned). A pure function of the scenario text and the sample,
 * so it gives the same result on a thread of this machine or on a Spark executor elsewhere;
 * serializable, holding only the scenario's plain tree (maps, lists, scalars) and names. A sample the scenario rejects, or that fails, becomes a
 * result with its error: the sweep goes on.
 */
public final class SampleRunner implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The scenario as read (LinkedHashMap, ArrayList and scalars, all serializable); never changed, each sample works on a copy. */
    private final Map<String, Object> baseTree;
    private final List<String> paths;
    private final SweepKind kind;
    private final List<String> outputs;
    private final int planThreads;

    public SampleRunner(LoadedSweep s, int planThreads) {
        this.baseTree = ScenarioTree.copy(s.baseTree());
        this.paths = s.sweep().parameters().stream().map(Parameter::path).toList();
        this.kind = s.sweep().kind();
        this.outputs = s.outputs();
        this.planThreads = planThreads;
    }

    public SampleResult run(Sample sample) {
        long t0 = System.nanoTime();
        try {
            String text = scenarioText(baseTree, paths, sample);
            LoadedScenario ls = ScenarioLoader.parseWithoutFiles(text, "sample " + sample.index());
            Map<String, Double> all = kind == SweepKind.SIMULATE
                    ? OutputKeys.flatten(Simulation.run(ls, RunOptions.defaults().withSeed(sample.seed())).summary())
                    : OutputKeys.flatten(Planner.plan(ls, null, planThreads, false, line -> { }).report());
            return new SampleResult(sample.index(), select(all), null, (System.nanoTime() - t0) / 1e9);
        } catch (InvalidInputException e) {
            String why = e.errors().stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; "));
            return new SampleResult(sample.index(), Map.of(), "the scenario rejects these values: " + why, (System.nanoTime() - t0) / 1e9);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new SampleResult(sample.index(), Map.of(), e.getClass().getSimpleName() + ": " + e.getMessage(), (System.nanoTime() - t0) / 1e9);
        }
    }

    private Map<String, Double> select(Map<String, Double> all) {
        if (outputs == null) return all;
        Map<String, Double> out = new LinkedHashMap<>();
        for (String k : outputs) {
            if (all.containsKey(k)) {
                out.put(k, all.get(k));
            } else {
                all.forEach((key, v) -> {
                    if (k.endsWith(".") && key.startsWith(k)) out.put(key, v);
                });
            }
        }
        return out;
    }

    /** The scenario text of a sample: the tree with each parameter's value set and the sample's seed. */
    static String scenarioText(Map<String, Object> baseTree, List<String> paths, Sample sample) {
        Map<String, Object> tree = ScenarioTree.copy(baseTree);
        for (int j = 0; j < paths.size(); j++) ScenarioTree.set(tree, paths.get(j), sample.values().get(j));
        tree.put("seed", sample.seed());
        return ScenarioTree.write(tree);
    }
}
