package dev.stargate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.planner.PlanCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planning sweep: each sample is a plan, and a dearer site makes the plan dearer or moves it elsewhere. */
class PlanSweepTest {
    /** The planner's two-candidate case (seed site, Norway, Texas; 2026-2028) with one target; the sweep varies Norway's site cost. */
    private static final String SCENARIO = PlanCases.twoSites("""
                - {year: 2027, itMw: 219}
            """, "");

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
            assertThat(sites).isCloseTo(r.outputs().get("plan.itMwByYear.2028"), within(1e-6));
        }
        SweepFiles.write(two, dir.resolve("out"), "test");
        assertThat(Files.readString(dir.resolve("out").resolve(SweepFiles.REPORT))).contains("Where the capacity goes").contains("<td>north</td>");
    }
}
