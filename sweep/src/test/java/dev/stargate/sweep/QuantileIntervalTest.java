package dev.stargate.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/** Order-statistic confidence intervals for quantiles: the textbook ranks, and the coverage they promise. */
class QuantileIntervalTest {
    private static double[] ranks(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = i + 1; // value = rank, so the bounds read as ranks
        return v;
    }

    @Test
    void theMedianOfTwentySamplesLiesBetweenTheSixthAndFifteenthAt90Percent() {
        // Binomial(20, 0.5): F(5) = 0.0207 <= 0.05 < F(6) = 0.0577; F(13) = 0.9423 < 0.95 <= F(14) = 0.9793
        QuantileInterval.Bounds b = QuantileInterval.of(ranks(20), 0.5);
        assertThat(b.low()).isEqualTo(6);
        assertThat(b.high()).isEqualTo(15);
        BinomialDistribution bin = new BinomialDistribution(null, 20, 0.5);
        assertThat(bin.cumulativeProbability(14) - bin.cumulativeProbability(5)).isGreaterThanOrEqualTo(QuantileInterval.LEVEL);
    }

    @Test
    void tooFewSamplesForATailQuantileGiveNoInterval() {
        // P10 of 20 samples: F(0) = 0.9^20 = 0.12 > 0.05, so no order statistic bounds it from below at 90 %
        assertThat(QuantileInterval.of(ranks(20), 0.10)).isEqualTo(QuantileInterval.Bounds.UNDEFINED);
        assertThat(QuantileInterval.of(ranks(40), 0.10).low()).isEqualTo(1); // 0.9^40 = 0.015
        assertThat(QuantileInterval.of(new double[0], 0.5)).isEqualTo(QuantileInterval.Bounds.UNDEFINED);
    }

    @Test
    void theIntervalCoversTheTrueQuantileAtLeastAsOftenAsPromised() {
        SplittableRandom random = new SplittableRandom(11);
        int trials = 4000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] v = new double[60];
            for (int i = 0; i < v.length; i++) v[i] = random.nextDouble(); // uniform: the true P90 is 0.9
            Arrays.sort(v);
            QuantileInterval.Bounds b = QuantileInterval.of(v, 0.9);
            if (b.low() <= 0.9 && 0.9 <= b.high()) covered++;
        }
        // promised >= 90 %; the binomial standard error over 4,000 trials is 0.5 %
        assertThat(covered / (double) trials).isGreaterThan(0.885);
    }

    @Test
    void aMillionSamplesGiveANarrowIntervalAroundTheMedian() {
        QuantileInterval.Bounds b = QuantileInterval.of(ranks(1_000_000), 0.5);
        assertThat(b.low()).isBetween(499_000.0, 500_000.0);
        assertThat(b.high()).isBetween(500_000.0, 501_000.0);
    }
}
