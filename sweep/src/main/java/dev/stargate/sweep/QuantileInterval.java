package dev.stargate.sweep;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * A distribution-free confidence interval for a quantile from order statistics (e.g. Hahn &
 * Meeker, Statistical Intervals, 1991, §5.2): of n independent samples, the number below the true
 * q-quantile is Binomial(n, q), so [x(l), x(u)] covers it with probability F(u−1) − F(l−1) for the
 * binomial CDF F. The ranks are chosen so that each tail has at most (1 − level) / 2. Latin
 * hypercube samples are not independent; they spread more evenly, so for them the interval is
 * conservative (wider than it needs to be). Undefined (NaN) when n is too small for the level.
 */
public final class QuantileInterval {
    /** The confidence level of the intervals reported with P10, P50 and P90. */
    static final double LEVEL = 0.90;

    /** The interval's bounds (NaN when undefined). */
    public record Bounds(double low, double high) {
        static final Bounds UNDEFINED = new Bounds(Double.NaN, Double.NaN);
    }

    private QuantileInterval() {}

    /** The interval for the q-quantile of the sorted values at {@link #LEVEL}. */
    static Bounds of(double[] sorted, double q) {
        int n = sorted.length;
        if (n == 0) return Bounds.UNDEFINED;
        double tail = (1 - LEVEL) / 2;
        BinomialDistribution b = new BinomialDistribution(null, n, q);
        int m = b.inverseCumulativeProbability(tail); // the smallest k with F(k) >= tail
        int lowRank = (b.cumulativeProbability(m) <= tail ? m : m - 1) + 1; // the largest l (1-based) with F(l-1) <= tail
        int highRank = b.inverseCumulativeProbability(1 - tail) + 1; // the smallest u (1-based) with F(u-1) >= 1 - tail
        if (lowRank < 1 || highRank < 1 || highRank > n) return Bounds.UNDEFINED;
        return new Bounds(sorted[lowRank - 1], sorted[highRank - 1]);
    }
}
