package dev.stargate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

/** Rank correlations on outputs whose dependence on the parameters is known. */
class SensitivityTest {
    /** n samples of two independent uniform parameters (Latin hypercube strata), outputs y = f(x1, x2); sample 4 failed. */
    private static Map<String, SweepStats.Sensitivity> sensitivity(int n, Map<String, DoubleBinaryOperator> outputs) {
        SplittableRandom random = new SplittableRandom(5);
        int[] p1 = Sampler.permutation(n, random);
        int[] p2 = Sampler.permutation(n, random);
        List<Sample> samples = new ArrayList<>();
        List<SampleResult> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x1 = (p1[i] + random.nextDouble()) / n;
            double x2 = (p2[i] + random.nextDouble()) / n;
            samples.add(new Sample(i, 0, List.of(x1, x2), List.of(x1, x2)));
            Map<String, Double> y = new LinkedHashMap<>();
            outputs.forEach((k, f) -> y.put(k, f.applyAsDouble(x1, x2)));
            results.add(i == 4 ? new SampleResult(i, Map.of(), "failed", 0) : new SampleResult(i, y, null, 0));
        }
        return SweepStats.sensitivity(samples, results, 2);
    }

    @Test
    void spearmanIsPlusOrMinusOneForMonotoneFunctionsAndUndefinedForConstants() {
        var s = sensitivity(10, Map.of("cube", (a, b) -> a * a * a, "falling", (a, b) -> -Math.exp(a), "flat", (a, b) -> 3.0));
        assertThat(s.get("cube").spearman()[0]).isCloseTo(1.0, within(1e-12));
        assertThat(s.get("falling").spearman()[0]).isCloseTo(-1.0, within(1e-12));
        assertThat(s.get("flat").spearman()).containsOnly(Double.NaN);
        assertThat(s.get("flat").prcc()).containsOnly(Double.NaN);
    }

    @Test
    void partialRankCorrelationFindsASmallEffectThatSpearmanHides() {
        // x1 dominates; x2 adds a small but real rising effect; x2 does nothing to "noise"
        var s = sensitivity(200, Map.of("y", (a, b) -> 10 * a + b, "noise", (a, b) -> a));
        SweepStats.Sensitivity y = s.get("y");
        assertThat(y.spearman()[0]).isGreaterThan(0.95);
        assertThat(y.spearman()[1]).isLessThan(0.25);
        assertThat(y.prcc()[0]).isGreaterThan(0.99);
        assertThat(y.prcc()[1]).isGreaterThan(0.8); // the hidden effect, found
        // an output that is exactly the first parameter's rank leaves nothing for the second: no spurious PRCC
        assertThat(s.get("noise").prcc()[1]).isNaN();
        assertThat(s.get("noise").spearman()[1]).isBetween(-0.2, 0.2);
    }

    @Test
    void withOneParameterPartialRankCorrelationIsSpearman() {
        double[] x = {1, 5, 2, 8, 3, 9, 4};
        double[] y = {2, 3, 1, 7, 6, 8, 4};
        double[] prcc = new PartialRankCorrelation(new double[][] {x}).of(y);
        assertThat(prcc[0]).isCloseTo(new SpearmansCorrelation().correlation(x, y), within(1e-12));
    }
}
