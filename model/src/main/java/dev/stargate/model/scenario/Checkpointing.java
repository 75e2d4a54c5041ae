package dev.stargate.model.scenario;

import dev.stargate.model.input.In;

/** How often a job saves its state, and what saving and restarting cost. */
public record Checkpointing(
        @In(doc = "How the interval is chosen", defaultValue = "young_daly")
        CheckpointPolicy policy,
        @In(doc = "Interval between checkpoints when the policy is fixed", unit = "min", min = 1, max = 1e6, required = false)
        Double intervalMinutes,
        @In(doc = "Time the job stalls to write a checkpoint", unit = "s", min = 0, max = 86400, defaultValue = "60")
        double writeSeconds,
        @In(doc = "Time from an interruption until the job computes again (detection, reschedule, reload)", unit = "min", min = 0, max = 10080, defaultValue = "15")
        double restartMinutes) {
}
