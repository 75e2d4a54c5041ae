package dev.stargate.sweep;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs a sweep's samples somewhere: threads of this machine ({@link LocalExecutor}) or a Spark
 * cluster (module spark, found through {@link java.util.ServiceLoader}). Results come back in
 * sample order; {@code done} is told how many have finished (where the executor can tell).
 */
public interface SweepExecutor {
    List<SampleResult> run(SampleRunner runner, List<Sample> samples, IntConsumer done);

    /** Where it ran, for reports ("local, 2 threads", "Spark local[2]"). */
    String describe();
}
