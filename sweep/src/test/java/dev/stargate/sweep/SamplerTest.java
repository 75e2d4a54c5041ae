package dev.stargate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;

/** Drawing samples: Latin hypercube strata, each distribution's inverse CDF, value types, grids and seeds. */
class SamplerTest {
    private static LoadedSweep sweep(int samples, String sampler, long seed) {
        return SweepFixtures.load(SweepFixtures.ONE_JOB.replace("samples: 16", "samples: " + samples).replace("seed: 42",
                "seed: " + seed + "\n  sampler: " + sampler));
    }

    @Test
    void latinHypercubePutsOneSampleInEveryStratumOfEveryParameter() {
        int n = 46; // the date shift has 46 whole days (0..45): one each
        List<Sample> s = Sampler.draw(sweep(n, "latin_hypercube", 3));
        assertThat(s).hasSize(n);
        Set<Integer> restartStrata = new HashSet<>();
        Set<Integer> failureStrata = new HashSet<>();
        Set<Double> days = new HashSet<>();
        TriangularDistribution tri = new TriangularDistribution(2.0e-4, 4.7e-4, 2.0e-3);
        for (Sample x : s) {
            double rate = (Double) x.values().get(0);
            failureStrata.add((int) Math.floor(tri.cumulativeProbability(rate) * n));
            // restart minutes are whole in the scenario (20), so they stay whole: strata are checked on the unrounded number's bins
            long minutes = (Long) x.values().get(1);
            assertThat(minutes).isBetween(5L, 60L);
            restartStrata.add((int) Math.floor((minutes - 5) / 55.0 * n - 1e-9));
            days.add(x.numbers().get(2));
            LocalDate online = LocalDate.parse((String) x.values().get(2));
            assertThat(ChronoUnit.DAYS.between(LocalDate.parse("2025-12-01"), online)).isEqualTo(x.numbers().get(2).longValue());
        }
        assertThat(failureStrata).hasSize(n);
        assertThat(days).hasSize(n).allSatisfy(d -> assertThat(d).isBetween(0.0, 45.0));
        assertThat(restartStrata.size()).isGreaterThan(n * 3 / 4); // rounding to whole minutes merges a few neighbouring strata
    }

    @Test
    void correlatedParametersMoveTogetherAndKeepTheirStrata() {
        int n = 200;
        for (double target : new double[] {0.8, -0.5}) {
            LoadedSweep s = SweepFixtures.load(SweepFixtures.ONE_JOB.replace("samples: 16", "samples: " + n).replace("  outputs:",
                    "  correlations:\n    - {parameters: [catalogue.accelerators.nvidia_h100_sxm.failureRatePerDay, "
                            + "training.jobs.llama3-405b-like.checkpoint.restartMinutes], rho: " + target + "}\n  outputs:"));
            List<Sample> drawn = Sampler.draw(s);
            double[] rate = drawn.stream().mapToDouble(x -> x.numbers().get(0)).toArray();
            double[] restart = drawn.stream().mapToDouble(x -> x.numbers().get(1)).toArray();
            double[] days = drawn.stream().mapToDouble(x -> x.numbers().get(2)).toArray();
            assertThat(new SpearmansCorrelation().correlation(rate, restart)).as("induced").isCloseTo(target, within(0.05));
            assertThat(new SpearmansCorrelation().correlation(rate, days)).as("left independent").isBetween(-0.15, 0.15);
            // reordering keeps every Latin hypercube stratum of the failure rate exactly once
            TriangularDistribution tri = new TriangularDistribution(2.0e-4, 4.7e-4, 2.0e-3);
            Set<Integer> strata = new HashSet<>();
            for (double r : rate) strata.add((int) Math.floor(tri.cumulativeProbability(r) * n));
            assertThat(strata).hasSize(n);
            assertThat(Sampler.draw(s)).as("deterministic").isEqualTo(drawn);
        }
    }

    @Test
    void randomSamplingStaysInRangeButIsNotStratified() {
        List<Sample> s = Sampler.draw(sweep(46, "random", 3));
        Set<Double> days = new HashSet<>();
        for (Sample x : s) {
            assertThat((Double) x.values().get(0)).isBetween(2.0e-4, 2.0e-3);
            days.add(x.numbers().get(2));
        }
        assertThat(days.size()).isLessThan(46); // 46 independent draws from 46 days repeat some (probability 1 - 46!/46^46)
    }

    @Test
    void theSameSeedDrawsTheSameSamplesAndAnotherSeedOthers() {
        assertThat(Sampler.draw(sweep(20, "latin_hypercube", 9))).isEqualTo(Sampler.draw(sweep(20, "latin_hypercube", 9)));
        assertThat(Sampler.draw(sweep(20, "latin_hypercube", 9)).get(0).values())
                .isNotEqualTo(Sampler.draw(sweep(20, "latin_hypercube", 10)).get(0).values());
    }

    @Test
    void aSamplesSeedDependsOnlyOnTheSweepSeedAndItsIndex() {
        List<Sample> twenty = Sampler.draw(sweep(20, "latin_hypercube", 9));
        List<Sample> five = Sampler.draw(sweep(5, "random", 9));
        for (int i = 0; i < 5; i++) assertThat(five.get(i).seed()).isEqualTo(twenty.get(i).seed()).isEqualTo(Sample.seed(9, i));
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 100_000; i++) seeds.add(Sample.seed(9, i));
        // below 2^53: within the scenario's seed range (a sweep of 400 once failed 2 samples on seeds above 9.2e18) and exact in JSON
        assertThat(seeds).hasSize(100_000).allSatisfy(x -> assertThat(x).isBetween(0L, 1L << 53));
        assertThat(seeds.stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThan(1L << 52); // and spread over the range
        assertThat(Sample.seed(10, 0)).isNotEqualTo(Sample.seed(9, 0));
    }

    @Test
    void triangularAndNormalAreTheirDistributionsInverseCdfs() {
        TriangularDistribution tri = new TriangularDistribution(1, 2, 5);
        NormalDistribution normal = new NormalDistribution(null, 0.38, 0.04);
        for (double u = 0.005; u < 1; u += 0.01) {
            assertThat(tri.cumulativeProbability(Draw.triangular(1, 2, 5, u))).isCloseTo(u, within(1e-9));
            assertThat(normal.cumulativeProbability(Draw.normal(0.38, 0.04, null, null, u))).isCloseTo(u, within(1e-9));
            // truncated to [0.30, 0.50]: u spreads over the normal's probability between the bounds
            double lo = normal.cumulativeProbability(0.30);
            double hi = normal.cumulativeProbability(0.50);
            double x = Draw.normal(0.38, 0.04, 0.30, 0.50, u);
            assertThat(x).isBetween(0.30, 0.50);
            assertThat((normal.cumulativeProbability(x) - lo) / (hi - lo)).isCloseTo(u, within(1e-9));
        }
        assertThat(Draw.normal(0.38, 0.04, 0.30, 0.46, 0.5)).isCloseTo(0.38, within(1e-12));
    }

    @Test
    void choicesFollowTheirWeightsAndKeepTheScenariosType() {
        Distribution d = new Distribution(DistributionType.CHOICE, null, null, null, null, null, List.of("training", "inference"),
                List.of(1.0, 3.0), null, null);
        int inference = 0;
        int n = 1000;
        for (int i = 0; i < n; i++) {
            Draw.Value v = Draw.of(d, (i + 0.5) / n, "training");
            if (v.value().equals("inference")) {
                inference++;
                assertThat(v.number()).isEqualTo(1.0);
            }
        }
        assertThat(inference).isEqualTo(750);
        Distribution numbers = new Distribution(DistributionType.CHOICE, null, null, null, null, null, List.of("8", "16"), List.of(),
                null, null);
        assertThat(Draw.of(numbers, 0.7, 20L).value()).isEqualTo(16L);
        assertThat(Draw.of(numbers, 0.2, 0.5).value()).isEqualTo(8.0);
        assertThat(Draw.of(numbers, 0.2, "4.7e-4").value()).isEqualTo(8.0); // catalogue numbers come as text
    }

    @Test
    void aGridRunsEveryCombinationFirstParameterSlowest() {
        LoadedSweep g = SweepFixtures.load("""
                sweep:
                  scenario: one-site-one-job.yaml
                  sampler: grid
                  parameters:
                    - path: training.jobs.llama3-405b-like.mfu
                      grid: ["0.35", "0.40"]
                    - path: training.jobs.llama3-405b-like.checkpoint.restartMinutes
                      grid: ["10", "20", "30"]
                """);
        List<Sample> s = Sampler.draw(g);
        assertThat(s).extracting(Sample::values).containsExactly(List.of(0.35, 10L), List.of(0.35, 20L), List.of(0.35, 30L),
                List.of(0.40, 10L), List.of(0.40, 20L), List.of(0.40, 30L));
        assertThat(s).extracting(Sample::index).containsExactly(0, 1, 2, 3, 4, 5);
    }
}
