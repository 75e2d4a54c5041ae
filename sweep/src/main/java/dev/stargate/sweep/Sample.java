package dev.stargate.sweep;

import java.io.Serializable;
import java.util.List;

/**
 * One sample: its index, the simulation seed derived from the sweep's seed and the index, and per
 * parameter the value set in the scenario and a number for statistics (the value itself; for a
 * date shift, the days; for a choice of text, the chosen value's position).
 */
public record Sample(int index, long seed, List<Object> values, List<Double> numbers) implements Serializable {
    /** Sample seeds are below 2^53: exact as JSON numbers everywhere (JavaScript included) and within a scenario's seed range. */
    private static final long SEED_BITS = (1L << 53) - 1;

    /** The seed of sample {@code index}: a pure function of the sweep's seed and the index, whatever runs it. */
    public static long seed(long sweepSeed, int index) {
        long z = sweepSeed + 0x9E3779B97F4A7C15L * (index + 1L); // SplitMix64
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & SEED_BITS;
    }
}
