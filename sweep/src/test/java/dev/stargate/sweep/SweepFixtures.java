package dev.stargate.sweep;

import java.nio.file.Path;
import java.util.List;

/** Sweeps of the shipped teaching scenarios, written inline (shared with the Spark module's tests through the test jar). */
public final class SweepFixtures {
    /** The teaching scenarios, from a module's directory (where Maven runs its tests). */
    public static final Path TEACHING = Path.of("..", "scenarios", "teaching");

    /**
     * The Llama-3-like job on 24k H100 (a fraction of a second per run): the accelerator's failure
     * rate, the restart time and the cluster's online date vary.
     */
    public static final String ONE_JOB = """
            sweep:
              scenario: one-site-one-job.yaml
              samples: 16
              seed: 42
              parameters:
                - path: catalogue.accelerators.nvidia_h100_sxm.failureRatePerDay
                  distribution: {type: triangular, min: 2.0e-4, mode: 4.7e-4, max: 2.0e-3}
                - path: training.jobs.llama3-405b-like.checkpoint.restartMinutes
                  distribution: {type: uniform, min: 5, max: 60}
                - path: sites.texas_h100.phases[0].onlineDate
                  distribution: {type: date_shift, minDays: 0, maxDays: 45}
              outputs: [training.goodput, training.interruptions, training.completed, cost.totalUsd, energy.itMwh]
            """;

    /** The same job with MFU on a grid whose second value the scenario rejects (MFU is at most 1). */
    public static final String ONE_BAD_SAMPLE = """
            sweep:
              scenario: one-site-one-job.yaml
              sampler: grid
              seed: 7
              parameters:
                - path: training.jobs.llama3-405b-like.mfu
                  grid: ["0.40", "1.5", "0.35"]
              outputs: [training.goodput, training.completed]
            """;

    private SweepFixtures() {}

    /** What each sample gave, without its wall time (the only thing allowed to differ between executions). */
    public static List<String> outcomes(SweepRun run) {
        return run.results().stream().map(r -> r.index() + " " + r.outputs() + " " + r.error()).toList();
    }

    public static LoadedSweep load(String yaml) {
        return SweepLoader.parse(yaml, "test-sweep.yaml", TEACHING);
    }
}
