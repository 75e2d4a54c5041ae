package dev.stargate.model.scenario;

import dev.stargate.model.input.In;
import java.util.List;

/** Training work: jobs listed in the scenario, plus jobs replayed from a CSV trace. */
public record Training(
        @In(doc = "Training jobs", required = false)
        List<TrainingJob> jobs,
        @In(doc = "CSV trace of jobs (columns: name, arrival, accelerators, durationH or workFlop, site); path relative to the scenario file", required = false)
        String traceFile) {
}
