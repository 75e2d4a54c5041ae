package dev.stargate.planner;

import com.google.ortools.Loader;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;

/** Small planning cases written inline (shared with the sweep module's tests through the test jar). */
public final class PlanCases {
    static {
        Loader.loadNativeLibraries();
    }

    private PlanCases() {}

    static LoadedScenario load(String yaml) {
        return ScenarioLoader.parse(yaml, "plan-test.yaml", null);
    }

    static Planner.Outcome plan(String yaml) {
        return Planner.plan(load(yaml), 60.0, 2, false, line -> { });
    }

    /**
     * Two new candidates over three years: Norway (cheap clean grid, 300 MW interconnect, needs a
     * site cost) and Texas (dearer grid, bigger interconnect, gas on site), both 100 MW blocks.
     */
    public static String twoSites(String targets, String extra) {
        return """
                name: two sites
                horizon: {start: 2027-01-01, end: 2028-01-01}
                sites:
                  - name: seed
                    country: US
                    region: ercot
                    latitudeDeg: 32.5
                    longitudeDeg: -99.8
                    cooling: liquid_dtc
                    grid: {interconnectMw: 50}
                    phases:
                      - {name: p, onlineDate: 2025-01-01, accelerator: nvidia_gb200, acceleratorCount: 10000}
                planning:
                  startYear: 2026
                  years: 3
                  targets:
                %s
                  roadmap:
                    - {year: 2026, accelerator: nvidia_gb200}
                    - {year: 2027, accelerator: nvidia_gb300}
                  representativeDays: 4
                %s
                  candidates:
                    - {name: seed, site: seed, maxItMw: 19, leadTimeYears: 1}
                    - {name: north, country: "NO", region: norway_no4, latitudeDeg: 68.3, longitudeDeg: 17.5, maxItMw: 300,
                       interconnectMw: 320, coolingOptions: [liquid_dtc_closed_loop], leadTimeYears: 1, siteCostUsd: 4.0e8}
                    - {name: texas, country: US, region: ercot, latitudeDeg: 31.9, longitudeDeg: -102.4, maxItMw: 300,
                       interconnectMw: 200, coolingOptions: [liquid_dtc], energyOptions: [gas_engine, solar_pv], leadTimeYears: 1,
                       siteCostUsd: 1.0e8}
                """.formatted(targets, extra);
    }
}
