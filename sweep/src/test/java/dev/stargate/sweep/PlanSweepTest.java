package dev.stargate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planning sweep: each sample is a plan, and a dearer site makes the plan dearer or moves it elsewhere. */
class PlanSweepTest {
    /** Two candidate sites over two years; the sweep varies the cost of the Norwegian one. */
    private static final String SCENARIO = """
            name: two candidates
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
              years: 2
              targets:
                - {year: 2027, itMw: 219}
              roadmap:
                - {year: 2026, accelerator: nvidia_gb200}
              representativeDays: 4
              candidates:
                - {name: seed, site: seed, maxItMw: 19, leadTimeYears: 1}
                - {name: north, country: "NO", region: norway_no4, latitudeDeg: 68.3, longitudeDeg: 17.5, maxItMw: 300,
                   interconnectMw: 320, coolingOptions: [liquid_dtc_closed_loop], leadTimeYears: 1, siteCostUsd: 4.0e8}
                - {name: texas, country: US, region: ercot, latitudeDeg: 31.9, longitudeDeg: -102.4, maxItMw: 300,
                   interconnectMw: 200, coolingOptions: [liquid_dtc], energyOptions: [gas_engine, solar_pv], leadTimeYears: 1,
                   siteCostUsd: 1.0e8}
            """;

    @Test
    void eachSampleIsAPlanAndTheSiteCostDrivesTheObjective(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("two.yaml"), SCENARIO);
        Files.writeString(dir.resolve("sweep.yaml"), """
                sweep:
                  scenario: two.yaml
                  kind: plan
                  samples: 5
                  seed: 3
                  parameters:
                    - path: planning.candidates.north.siteCostUsd
                      distribution: {type: uniform, min: 1.0e8, max: 2.0e9}
                """);
        LoadedSweep s = SweepLoader.load(dir.resolve("sweep.yaml"));
        SweepRun two = Sweeps.run(s, null, new LocalExecutor(2), 1, n -> { });
        assertThat(two.results()).allSatisfy(r -> assertThat(r.ok()).as(String.valueOf(r.error())).isTrue());
        assertThat(two.results().get(0).outputs()).containsKeys("plan.objectiveUsd", "plan.capexUsd", "plan.itMwByYear.2027")
                .doesNotContainKey("plan.solveSeconds");
        assertThat(two.sensitivity().get("plan.objectiveUsd").spearman()[0]).isEqualTo(1.0); // a dearer site never makes the optimum cheaper
        SweepRun one = Sweeps.run(s, null, new LocalExecutor(1), 1, n -> { });
        assertThat(SweepFixtures.outcomes(one)).isEqualTo(SweepFixtures.outcomes(two));
        // where the capacity goes: every candidate's IT in the last year, adding up to the year's total
        for (SampleResult r : two.results()) {
            double sites = r.outputs().get("plan.itMwBySite.seed") + r.outputs().get("plan.itMwBySite.north") + r.outputs().get("plan.itMwBySite.texas");
            assertThat(sites).isCloseTo(r.outputs().get("plan.itMwByYear.2027"), within(1e-6));
        }
        SweepFiles.write(two, dir.resolve("out"), "test");
        assertThat(Files.readString(dir.resolve("out").resolve(SweepFiles.REPORT))).contains("Where the capacity goes").contains("<td>north</td>");
    }
}
