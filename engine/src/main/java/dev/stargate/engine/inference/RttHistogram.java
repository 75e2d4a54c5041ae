package dev.stargate.engine.inference;

/** Tokens served by network round-trip time, in 1-ms bins: enough for a weighted p99 without keeping samples. */
public final class RttHistogram {
    private final double[] weight;

    public RttHistogram(int maxMs) {
        weight = new double[maxMs + 1];
    }

    public void add(double ms, double tokens) {
        if (tokens <= 0) return;
        int bin = (int) Math.min(weight.length - 1, Math.max(0, Math.ceil(ms)));
        weight[bin] += tokens;
    }

    /** The smallest RTT (ms, bin upper edge) below which a fraction {@code q} of tokens were served. */
    public double quantile(double q) {
        double total = 0;
        for (double v : weight) total += v;
        if (total <= 0) return 0;
        double target = q * total;
        double acc = 0;
        for (int i = 0; i < weight.length; i++) {
            acc += weight[i];
            if (acc >= target) return i;
        }
        return weight.length - 1;
    }
}
