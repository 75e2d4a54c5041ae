package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.engine.results.RunResult;
import dev.stargate.engine.results.RunSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A job with a known failure schedule has a goodput computable by hand. The job needs 100 h of
 * compute on 512 H100, checkpoints every 60 min (writes take 60 s) and restarts in 10 min.
 */
class InjectedFailureGoodputTest {
    static String scenario(int installed, int spares, String repair) {
        return """
                name: injected failures
                horizon: {start: 2026-01-01, end: 2026-01-11}
                catalogue:
                  accelerators:
                    nvidia_h100_sxm: {failureRatePerDay: 0}
                failures: %s
                sites:
                  - name: s1
                    country: US
                    region: ercot
                    latitudeDeg: 32.5
                    longitudeDeg: -99.8
                    cooling: air
                    grid: {interconnectMw: 100}
                    phases:
                      - {name: all, onlineDate: 2025-12-01, accelerator: nvidia_h100_sxm, acceleratorCount: %d}
                training:
                  jobs:
                    - name: j
                      acceleratorCount: 512
                      hotSpares: %d
                      durationH: 100
                      checkpoint: {policy: fixed, intervalMinutes: 60, writeSeconds: 60, restartMinutes: 10}
                """.formatted(repair, installed, spares);
    }

    private static RunSummary.JobDetail job(RunResult r) {
        return r.summary().training().jobsDetail().get(0);
    }

    private static RunResult run(String yaml, long at, long position) {
        return Simulation.run(TestScenarios.load(yaml), RunOptions.defaults().withInvariantChecks()
                .withInjectedFailures(List.of(new RunOptions.InjectedFailure(at, "s1", "nvidia_h100_sxm", 1, position))));
    }

    @Test
    void withoutFailuresOnlyCheckpointWritesCost() {
        RunResult r = TestScenarios.run(scenario(1000, 0, "{}"));
        // 100 chunks of 3,600 s: 99 followed by a 60-s write, the last without
        long end = 99 * 3660 + 3600;
        assertThat(end).isEqualTo(365940);
        assertThat(job(r).end()).isEqualTo("2026-01-05T05:39:00Z");
        assertThat(job(r).goodput()).isCloseTo(360000.0 / end, within(1e-12));
        assertThat(job(r).interruptions()).isZero();
    }

    @Test
    void aFailureRollsBackToTheLastCheckpointAndRestarts() {
        // fails 9,000 s in: two cycles saved (7,200 s of work), 1,680 s of work lost;
        // a free accelerator replaces the failed one; restart ends at 9,600 s; 98 h of work remain:
        // 97 cycles of 3,660 s plus a last chunk of 3,600 s
        RunResult r = run(scenario(1000, 0, "{}"), 9000, 0);
        long end = 9600 + 97 * 3660 + 3600;
        assertThat(end).isEqualTo(368220);
        assertThat(job(r).interruptions()).isEqualTo(1);
        assertThat(job(r).end()).isEqualTo("2026-01-05T06:17:00Z");
        assertThat(job(r).goodput()).isCloseTo(360000.0 / end, within(1e-12));
        assertThat(job(r).lostAcceleratorHours()).isCloseTo(512.0 * (end - 360000) / 3600, within(1e-6));
        assertThat(r.summary().training().interruptions()).isEqualTo(1);
    }

    @Test
    void aFailedSpareDoesNotInterrupt() {
        // position 512 is the job's one hot spare: it is replaced from the free pool, the job runs on
        RunResult r = run(scenario(1000, 1, "{}"), 9000, 512);
        assertThat(job(r).interruptions()).isZero();
        assertThat(job(r).end()).isEqualTo("2026-01-05T05:39:00Z");
        // 513 held throughout: goodput counts the spare as allocated
        assertThat(job(r).goodput()).isCloseTo(360000.0 * 512 / (365940.0 * 513), within(1e-12));
    }

    @Test
    void withoutAFreeAcceleratorTheJobWaitsForTheRepair() {
        // the pool is exactly the job: the failed accelerator must be repaired (fixed 5 h) first
        RunResult r = run(scenario(512, 0, "{repairHours: 5, repairDistribution: fixed}"), 9000, 0);
        long restart = 9000 + 5 * 3600 + 600;
        long end = restart + 97 * 3660 + 3600;
        assertThat(job(r).interruptions()).isEqualTo(1);
        assertThat(end).isEqualTo(9000 + 18000 + 600 + 358620);
        assertThat(job(r).end()).isEqualTo("2026-01-05T11:17:00Z"); // 386,220 s
        // held 512 until the failure, 511 while waiting for the repair, 512 after
        double allocated = 512.0 * 9000 + 511.0 * (5 * 3600) + 512.0 * (end - 9000 - 5 * 3600);
        assertThat(job(r).goodput()).isCloseTo(360000.0 * 512 / allocated, within(1e-12));
    }
}
