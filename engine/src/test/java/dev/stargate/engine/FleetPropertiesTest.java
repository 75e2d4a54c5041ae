package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.engine.results.HourlySites;
import dev.stargate.engine.results.RunResult;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Random small fleets under heavy failures, site power events and tight energy: the run checks
 * conservation of accelerators after every event (installed = failed + held + free, no job holds
 * more than it asked for or computes short-handed), and every hour balances its energy.
 */
class FleetPropertiesTest {
    record Shape(int sites, int accelerators, int jobs, double failureMultiplier, double rackRate,
                 double siteEvents, int solarMw, int gasMw, int stepMinutes, long seed) {}

    private static final Gen<Shape> SHAPES = SourceDSL.integers().between(1, 3).zip(
            SourceDSL.integers().between(200, 3000),
            SourceDSL.integers().between(0, 6),
            SourceDSL.doubles().between(1, 200),
            SourceDSL.doubles().between(0, 0.05),
            (a, b, c, d, e) -> new Object[] {a, b, c, d, e})
            .zip(SourceDSL.doubles().between(0, 40), SourceDSL.integers().between(0, 10),
                    SourceDSL.integers().between(0, 4), SourceDSL.integers().between(0, 1000),
                    (x, f, g, h, seed) -> new Shape((Integer) x[0], (Integer) x[1], (Integer) x[2], (Double) x[3],
                            (Double) x[4], f, g, h, h % 2 == 0 ? 60 : 30, seed));

    static String scenario(Shape s) {
        StringBuilder y = new StringBuilder(String.format(Locale.ROOT, """
                name: random fleet
                horizon: {start: 2027-03-01, end: 2027-03-06, stepMinutes: %d}
                seed: %d
                failures: {rateMultiplier: %.3f, rackFailureRatePerDay: %.4f, sitePowerEventsPerYear: %.2f, sitePowerEventHours: 5, repairHours: 12}
                sites:
                """, s.stepMinutes(), s.seed(), s.failureMultiplier(), s.rackRate(), s.siteEvents()));
        for (int i = 0; i < s.sites(); i++) {
            // IT ≈ accelerators × 1.45 kW; the grid covers it, the gas and solar vary the mix
            double itMw = s.accelerators() * 1454 / 1e6;
            y.append(String.format(Locale.ROOT, """
                      - name: site%d
                        country: US
                        region: ercot
                        latitudeDeg: %.2f
                        longitudeDeg: -99.8
                        cooling: air
                        grid: {interconnectMw: %.1f}
                        energy:
                          - {technology: solar_pv, capacityMw: %d}
                          - {technology: battery_4h, capacityMw: 5}
                          - {technology: gas_engine, capacityMw: %d, backup: %s}
                        phases:
                          - {name: first, onlineDate: 2027-02-01, accelerator: nvidia_h100_sxm, acceleratorCount: %d}
                          - {name: second, onlineDate: 2027-03-03, accelerator: nvidia_h100_sxm, acceleratorCount: %d}
                    """, i, 30.0 + i, itMw * 0.9, s.solarMw() * (i + 1) + 1, s.gasMw() * 2 + 1, i % 2 == 0,
                    s.accelerators(), s.accelerators() / 4));
        }
        if (s.jobs() > 0) {
            y.append("training:\n  jobs:\n");
            for (int j = 0; j < s.jobs(); j++) {
                y.append(String.format(Locale.ROOT,
                        "    - {name: job%d, acceleratorCount: %d, hotSpares: %d, durationH: %d, priority: %d, earliestStart: 2027-03-0%d, checkpoint: {writeSeconds: 30, restartMinutes: 7}}%n",
                        j, Math.max(1, s.accelerators() / (j + 2)), j % 3, 10 + 17 * j, j % 2, 1 + j % 4));
            }
        }
        y.append("""
                inference:
                  regions:
                    - {name: texas, country: US, latitudeDeg: 32.8, longitudeDeg: -96.8, utcOffsetH: -6}
                  services:
                    - name: chat
                      model: llama70b_class
                      demand:
                        - {region: texas, meanTokensPerSecond: 3.0e5}
                """);
        return y.toString();
    }

    @Test
    void acceleratorsAreConservedAndEveryHourBalances() {
        QuickTheory.qt().withFixedSeed(2026).withExamples(40).forAll(SHAPES).checkAssert(shape -> {
            String yaml = scenario(shape);
            RunResult r = TestScenarios.run(yaml); // invariants checked after every event
            HourlySites h = r.hourlySites();
            List<String> sources = h.columns().subList(Recorder.FIXED_COLUMNS.size(), h.columns().size());
            double hours = h.stepMinutes() / 60.0;
            for (int k = 0; k < h.steps(); k++) {
                for (int s = 0; s < h.siteNames().size(); s++) {
                    double facility = h.get("facilityMw", k, s) * hours;
                    double supplied = 0;
                    for (String src : sources) supplied += h.get(src, k, s);
                    assertThat(supplied + h.get("shortfallMwh", k, s)).as("balance at step %d site %d", k, s)
                            .isCloseTo(facility, within(1e-6 * (1 + facility)));
                    double variableUsed = h.get("solar_pvMwh", k, s);
                    double variable = h.get("variableGeneratedMwh", k, s);
                    assertThat(variableUsed + h.get("chargedMwh", k, s) + h.get("exportedMwh", k, s) + h.get("curtailedMwh", k, s))
                            .isCloseTo(variable, within(1e-6 * (1 + variable)));
                    assertThat(h.get("stateOfChargeMwh", k, s)).isBetween(0.0, 20.0 + 1e-9);
                    assertThat(h.get("trainingCap", k, s)).isBetween(0.0, 1.0);
                }
            }
            var t = r.summary().training();
            assertThat(t.goodput()).isBetween(0.0, 1.0);
            assertThat(t.lostAcceleratorHours()).isGreaterThanOrEqualTo(-1e-6);
            t.jobsDetail().forEach(j -> assertThat(j.progress()).isBetween(0.0, 1.0));
        });
    }
}
