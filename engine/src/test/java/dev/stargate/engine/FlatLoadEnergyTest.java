package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.engine.results.RunResult;
import dev.stargate.engine.results.RunSummary;
import org.junit.jupiter.api.Test;

/** An idle fleet at constant PUE draws exactly accelerators × system power × idle fraction. */
class FlatLoadEnergyTest {
    static final String SCENARIO = """
            name: flat load
            horizon: {start: 2026-01-01, end: 2026-01-11}
            catalogue:
              accelerators:
                nvidia_h100_sxm: {failureRatePerDay: 0}
            """ + TestScenarios.FIXED_PUE_COOLING + """
            sites:
              - name: s1
                country: US
                region: ercot
                latitudeDeg: 32.5
                longitudeDeg: -99.8
                cooling: fixed_pue
                grid: {interconnectMw: 100}
                phases:
                  - {name: all, onlineDate: 2025-12-01, accelerator: nvidia_h100_sxm, acceleratorCount: 10000}
            """;

    @Test
    void energyCarbonWaterAndCostAreExactProducts() {
        RunResult r = TestScenarios.run(SCENARIO);
        RunSummary s = r.summary();
        double itMw = 10000 * 1454 * 0.3 / 1e6; // 4.362 MW idle
        double hours = 240;
        double itMwh = itMw * hours;
        double facilityMwh = itMwh * 1.25;
        assertThat(s.energy().itMwh()).isCloseTo(itMwh, within(1e-6));
        assertThat(s.energy().facilityMwh()).isCloseTo(facilityMwh, within(1e-6));
        assertThat(s.energy().bySourceMwh().get("grid")).isCloseTo(facilityMwh, within(1e-6));
        assertThat(s.energy().carbonTonnes()).isCloseTo(facilityMwh * 318 / 1000, within(1e-6));
        assertThat(s.energy().carbonFreeShare()).isCloseTo(0.40, within(1e-12));
        assertThat(s.energy().waterM3()).isCloseTo(itMwh * 0.5, within(1e-6));
        assertThat(s.cost().energyUsd()).isCloseTo(facilityMwh * 66.0, within(1e-4));
        assertThat(s.power().peakItMw()).isCloseTo(itMw, within(1e-9));
        assertThat(s.power().meanPue()).isCloseTo(1.25, within(1e-12));
        assertThat(s.fleet().acceleratorHours()).isCloseTo(10000 * hours, within(1e-6));
        // every hourly row has the same power
        var h = r.hourlySites();
        for (int k = 0; k < h.steps(); k++) assertThat(h.get("itMw", k, 0)).isCloseTo(itMw, within(1e-9));
    }
}
