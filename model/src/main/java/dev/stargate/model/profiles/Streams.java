package dev.stargate.model.profiles;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Independent random streams derived from the scenario seed and a stream name
 * ("failures/abilene/nvidia_gb200", "weather/milam"…), so that adding a site or a job does not
 * change the draws of any other stream. SplittableRandom (SplitMix64) is specified exactly, so
 * draws are the same on every JVM.
 */
public final class Streams {
    private Streams() {}

    public static SplittableRandom of(long seed, String name) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the UTF-8 name
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return new SplittableRandom(mix(seed ^ mix(h)));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as used by SplitMix64. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** An exponential variate with the given rate (per unit of time); infinite for rate 0. */
    public static double exponential(SplittableRandom r, double rate) {
        if (rate <= 0) return Double.POSITIVE_INFINITY;
        return -Math.log(1.0 - r.nextDouble()) / rate;
    }

    /** A standard normal variate (Box-Muller; one of the pair is discarded for simplicity). */
    public static double normal(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
