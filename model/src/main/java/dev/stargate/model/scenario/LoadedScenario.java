package dev.stargate.model.scenario;

import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.input.Node;
import dev.stargate.model.input.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scenario that loaded and validated: the scenario, its catalogue (built-in plus the scenario's
 * overrides, which are kept as written in {@code catalogueOverrides}, null if none), the jobs of
 * its trace file, the hourly weather read from sites' profile files (by site name), and the
 * warnings found on the way.
 */
public record LoadedScenario(Scenario scenario, Catalogue catalogue, Node catalogueOverrides,
                             List<TrainingJob> traceJobs, Map<String, HourlyProfile> profiles, String file,
                             List<Problem> warnings) {
    public LoadedScenario {
        traceJobs = List.copyOf(traceJobs);
        profiles = Map.copyOf(profiles);
        warnings = List.copyOf(warnings);
    }

    /** The scenario's own jobs, then the trace's. */
    public List<TrainingJob> trainingJobs() {
        List<TrainingJob> all = new ArrayList<>(scenario.training().jobs());
        all.addAll(traceJobs);
        return all;
    }
}
