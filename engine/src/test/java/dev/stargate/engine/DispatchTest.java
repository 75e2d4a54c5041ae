package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.engine.core.World;
import dev.stargate.engine.energy.EnergyDispatcher;
import dev.stargate.engine.energy.Sources;
import dev.stargate.engine.energy.StepEnergy;
import dev.stargate.model.profiles.SiteProfiles;
import dev.stargate.engine.results.HourlySites;
import dev.stargate.engine.results.RunResult;
import org.junit.jupiter.api.Test;

class DispatchTest {
    static final String OFF_GRID = """
            name: off grid
            horizon: {start: 2027-06-01, end: 2027-06-03}
            catalogue:
              accelerators:
                nvidia_gb200: {failureRatePerDay: 0}
            sites:
              - name: s1
                country: US
                region: el_paso_electric
                latitudeDeg: 31.85
                longitudeDeg: -106.70
                cooling: liquid_dtc_closed_loop
                energy:
                  - {technology: solar_pv, capacityMw: 100}
                  - {technology: battery_4h, capacityMw: 10}
                  - {technology: gas_engine, capacityMw: 80}
                phases:
                  - {name: all, onlineDate: 2027-01-01, accelerator: nvidia_gb200, acceleratorCount: 10000}
            """;

    /** Hand-set sun: 50 MWh of solar for 30 MWh of demand, then night. */
    @Test
    void surplusChargesTheBatteryWhichCarriesTheNight() {
        World w = new World(TestScenarios.load(OFF_GRID));
        int steps = w.steps;
        double[] zero = new double[steps];
        double[] solar = new double[steps];
        solar[0] = 0.5;
        SiteProfiles profiles = new SiteProfiles(new double[steps], solar, zero);
        Sources sources = new Sources(w);
        EnergyDispatcher d = new EnergyDispatcher(w, sources, new SiteProfiles[] {profiles});
        StepEnergy e = new StepEnergy(sources.size());

        d.dispatch(0, 0, 30, e);
        assertThat(e.variableGeneratedMwh).isEqualTo(50);
        assertThat(e.bySourceMwh[sources.index("solar_pv")]).isEqualTo(30);
        assertThat(e.chargedMwh).isEqualTo(10); // 10 MW for one hour
        assertThat(e.stateOfChargeMwh).isCloseTo(8.5, within(1e-12)); // 85% round trip
        assertThat(e.curtailedMwh).isEqualTo(10); // no grid to export to
        assertThat(e.exportedMwh).isZero();
        assertThat(e.carbonKg).isZero();

        d.dispatch(0, 1, 30, e);
        assertThat(e.bySourceMwh[sources.index("battery_4h")]).isCloseTo(8.5, within(1e-12));
        assertThat(e.bySourceMwh[sources.index("gas_engine")]).isCloseTo(21.5, within(1e-12));
        assertThat(e.carbonKg).isCloseTo(21.5 * 504, within(1e-9));
        assertThat(e.carbonFreeMwh).isCloseTo(8.5, within(1e-12));
        assertThat(e.shortfallMwh).isZero();

        d.dispatch(0, 2, 100, e); // gas gives at most 80 MW × 0.92 availability
        assertThat(e.bySourceMwh[sources.index("gas_engine")]).isCloseTo(73.6, within(1e-9));
        assertThat(e.shortfallMwh).isCloseTo(26.4, within(1e-9));
        assertThat(e.suppliedMwh() + e.shortfallMwh).isCloseTo(100, within(1e-9));
    }

    /** Enough sun by day, too little gas at night: the policy decides whether training or inference slows. */
    static String capped(String policy) {
        return """
                name: capped
                horizon: {start: 2027-01-01, end: 2027-01-03}
                catalogue:
                  accelerators:
                    nvidia_h100_sxm: {failureRatePerDay: 0}
                sites:
                  - name: s1
                    country: US
                    region: ercot
                    latitudeDeg: 32.5
                    longitudeDeg: -99.8
                    cooling: air
                    energy:
                      - {technology: solar_pv, capacityMw: 15}
                      - {technology: gas_engine, capacityMw: 12}
                    phases:
                      - {name: all, onlineDate: 2026-12-01, accelerator: nvidia_h100_sxm, acceleratorCount: 10000}
                training:
                  jobs:
                    - {name: j, acceleratorCount: 6000, durationH: 10000}
                inference:
                  regions:
                    - {name: texas, country: US, latitudeDeg: 32.8, longitudeDeg: -96.8, utcOffsetH: -6}
                  services:
                    - name: chat
                      model: llama70b_class
                      diurnalAmplitude: 0
                      demand:
                        - {region: texas, meanTokensPerSecond: 2.0e6}
                policies: {powerCap: %s}
                """.formatted(policy);
    }

    @Test
    void trainingFirstSlowsTrainingAndKeepsInference() {
        RunResult r = TestScenarios.run(capped("training_first"));
        HourlySites h = r.hourlySites();
        int cappedHours = 0;
        for (int k = 0; k < h.steps(); k++) {
            // capping keeps the site within its supply: no shortfall, ever
            assertThat(h.get("shortfallMwh", k, 0)).isCloseTo(0, within(1e-6));
            assertThat(h.get("inferenceCap", k, 0)).isEqualTo(1);
            if (h.get("trainingCap", k, 0) < 1) cappedHours++;
            if (h.get("solarCf", k, 0) == 0) assertThat(h.get("trainingCap", k, 0)).isLessThan(1);
        }
        assertThat(cappedHours).isGreaterThan(0);
        assertThat(r.summary().inference().sloAttainment()).isCloseTo(1, within(1e-9));
    }

    @Test
    void inferenceFirstDropsTokensBeforeSlowingTraining() {
        RunResult r = TestScenarios.run(capped("inference_first"));
        HourlySites h = r.hourlySites();
        for (int k = 0; k < h.steps(); k++) {
            assertThat(h.get("shortfallMwh", k, 0)).isCloseTo(0, within(1e-6));
            // training slows only once inference is fully capped
            if (h.get("trainingCap", k, 0) < 1) assertThat(h.get("inferenceCap", k, 0)).isZero();
            if (h.get("solarCf", k, 0) == 0) assertThat(h.get("inferenceCap", k, 0)).isLessThan(1);
        }
        assertThat(r.summary().inference().droppedTokens()).isPositive();
        assertThat(r.summary().inference().sloAttainment()).isLessThan(1);
    }
}
