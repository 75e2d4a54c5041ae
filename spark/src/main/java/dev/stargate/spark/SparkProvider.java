package dev.stargate.spark;

import dev.stargate.sweep.SparkExecutors;
import dev.stargate.sweep.SweepExecutor;

/** Registers {@link SparkExecutor} with the sweep module (META-INF/services). */
public final class SparkProvider implements SparkExecutors {
    @Override
    public SweepExecutor create(String master) {
        return new SparkExecutor(master);
    }
}
