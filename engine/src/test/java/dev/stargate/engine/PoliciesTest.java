package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stargate.engine.results.RunResult;
import dev.stargate.engine.results.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Placement policies, the inference reserve, site power events, rack failures and job traces. */
class PoliciesTest {
    /** Three sites: texas (cheap, dirty), norway (clean), wisconsin (dearest); 1,000 H100 each except norway's 2,000. */
    static String fleet(String policies, String failures, String jobs) {
        return """
                name: policies
                horizon: {start: 2027-01-01, end: 2027-01-08}
                catalogue:
                  accelerators:
                    nvidia_h100_sxm: {failureRatePerDay: 0}
                policies: %s
                failures: %s
                sites:
                  - {name: wisconsin, country: US, region: miso_wisconsin, latitudeDeg: 43.4, longitudeDeg: -87.9, cooling: air,
                     grid: {interconnectMw: 10}, phases: [{name: a, onlineDate: 2026-12-01, accelerator: nvidia_h100_sxm, acceleratorCount: 1000}]}
                  - {name: texas, country: US, region: ercot, latitudeDeg: 32.5, longitudeDeg: -99.8, cooling: air,
                     grid: {interconnectMw: 10}, phases: [{name: a, onlineDate: 2026-12-01, accelerator: nvidia_h100_sxm, acceleratorCount: 1000}]}
                  - {name: norway, country: "NO", region: norway_no4, latitudeDeg: 68.3, longitudeDeg: 17.5, cooling: air,
                     grid: {interconnectMw: 10}, phases: [{name: a, onlineDate: 2026-12-01, accelerator: nvidia_h100_sxm, acceleratorCount: 2000}]}
                training:
                  jobs:
                %s
                """.formatted(policies, failures, jobs);
    }

    private static String site(RunResult r, String job) {
        return r.summary().training().jobsDetail().stream().filter(j -> j.name().equals(job)).findFirst().orElseThrow().site();
    }

    private static final String ONE_JOB = "    - {name: j, acceleratorCount: 600, durationH: 10}";

    @Test
    void placementPoliciesChooseTheirSite() {
        assertThat(site(TestScenarios.run(fleet("{placement: first_fit}", "{}", ONE_JOB)), "j")).isEqualTo("wisconsin");
        assertThat(site(TestScenarios.run(fleet("{placement: cheapest}", "{}", ONE_JOB)), "j")).isEqualTo("norway"); // $45 < $66 < $86.8
        assertThat(site(TestScenarios.run(fleet("{placement: greenest}", "{}", ONE_JOB)), "j")).isEqualTo("norway");
        // best fit: the pool with the least room left over, among those that fit
        String two = "    - {name: big, acceleratorCount: 1500, durationH: 10}\n    - {name: j, acceleratorCount: 600, durationH: 10}";
        RunResult r = TestScenarios.run(fleet("{placement: best_fit}", "{}", two));
        assertThat(site(r, "big")).isEqualTo("norway");
        assertThat(site(r, "j")).isEqualTo("wisconsin");
    }

    @Test
    void theInferenceReserveLimitsTraining() {
        // with 50% kept for inference, a 600-accelerator job fits only Norway's 2,000
        RunResult r = TestScenarios.run(fleet("{placement: first_fit, inferenceReserveFraction: 0.5}", "{}", ONE_JOB));
        assertThat(site(r, "j")).isEqualTo("norway");
    }

    @Test
    void higherPriorityJobsArePlacedFirst() {
        String jobs = """
                    - {name: low, acceleratorCount: 1800, durationH: 10, priority: 0}
                    - {name: high, acceleratorCount: 1800, durationH: 10, priority: 5}
                """;
        RunResult r = TestScenarios.run(fleet("{}", "{}", jobs));
        RunSummary.JobDetail high = r.summary().training().jobsDetail().get(1);
        RunSummary.JobDetail low = r.summary().training().jobsDetail().get(0);
        assertThat(high.start()).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(low.start()).isEqualTo(high.end()); // waits for Norway to free up
    }

    @Test
    void aSitePowerEventStopsTheSiteAndInterruptsItsJobs() {
        RunResult r = TestScenarios.run(fleet("{placement: greenest}", "{sitePowerEventsPerYear: 300, sitePowerEventHours: 3}",
                "    - {name: j, acceleratorCount: 600, durationH: 100}"));
        assertThat(r.summary().training().interruptions()).isPositive();
        var h = r.hourlySites();
        int dark = 0;
        for (int k = 0; k < h.steps(); k++) if (h.get("itMw", k, 2) < 0.5 * h.get("itMw", 0, 2)) dark++;
        assertThat(dark).isPositive(); // hours in which Norway drew (almost) nothing
    }

    @Test
    void rackFailuresTakeDownWholeRacks() {
        RunResult r = TestScenarios.run(fleet("{}", "{rackFailureRatePerDay: 0.5, repairHours: 1000, repairDistribution: fixed}", ""
                .isEmpty() ? "    - {name: j, acceleratorCount: 10, durationH: 1, earliestStart: 2027-01-07}" : ""));
        // 1000/32 racks × 0.5 per day × ~7 days ≈ 109 rack failures at Wisconsin, 32 accelerators each, none repaired:
        // its idle power falls by whole racks
        var h = r.hourlySites();
        double start = h.get("itMw", 0, 0);
        double end = h.get("itMw", h.steps() - 1, 0);
        double perAcceleratorMw = 1454 * 0.3 / 1e6;
        double lost = (start - end) / perAcceleratorMw;
        assertThat(lost).isGreaterThan(32);
        assertThat(lost % 32).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-3));
    }

    @Test
    void jobsCanComeFromATrace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("jobs.csv"), """
                name,arrival,accelerators,durationH,site,priority
                a,2027-01-01T06:00,500,5,texas,0
                b,2027-01-02,900,2.5,,1
                c,2027-01-03T12:30,100,1,norway;wisconsin,0
                """);
        String yaml = fleet("{}", "{}", "    - {name: own, acceleratorCount: 8, durationH: 1}").replace("training:\n  jobs:", "training:\n  traceFile: jobs.csv\n  jobs:");
        Files.writeString(dir.resolve("s.yaml"), yaml);
        RunResult r = Simulation.run(dev.stargate.model.scenario.ScenarioLoader.load(dir.resolve("s.yaml")),
                RunOptions.defaults().withInvariantChecks());
        List<RunSummary.JobDetail> jobs = r.summary().training().jobsDetail();
        assertThat(jobs).extracting(RunSummary.JobDetail::name).containsExactly("own", "a", "b", "c");
        assertThat(jobs.get(1).site()).isEqualTo("texas");
        assertThat(jobs.get(1).start()).isEqualTo("2027-01-01T06:00:00Z");
        assertThat(jobs.get(1).end()).isEqualTo("2027-01-01T11:00:00Z"); // 5 h, no failures, Young/Daly with no failures: no writes
        assertThat(jobs.get(3).start()).isEqualTo("2027-01-03T12:30:00Z");
        assertThat(r.summary().training().completed()).isEqualTo(4);
    }
}
