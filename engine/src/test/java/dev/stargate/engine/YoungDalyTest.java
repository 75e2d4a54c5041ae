package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.engine.results.RunResult;
import org.junit.jupiter.api.Test;

/** The Young/Daly interval is √(2 δ M) with M the job's mean time between failures. */
class YoungDalyTest {
    @Test
    void intervalFollowsTheJobsFailureRate() {
        RunResult r = TestScenarios.run("""
                name: young daly
                horizon: {start: 2026-01-01, end: 2026-01-03}
                failures: {rackFailureRatePerDay: 2.0e-3}
                sites:
                  - name: s1
                    country: US
                    region: ercot
                    latitudeDeg: 32.5
                    longitudeDeg: -99.8
                    cooling: air
                    grid: {interconnectMw: 100}
                    phases:
                      - {name: all, onlineDate: 2025-12-01, accelerator: nvidia_h100_sxm, acceleratorCount: 4096}
                training:
                  jobs:
                    - {name: j, acceleratorCount: 2048, durationH: 1000, checkpoint: {writeSeconds: 60}}
                """);
        // H100: 4.7e-4 failures per accelerator-day; racks of 32 at 2e-3 per rack-day
        double perDay = 2048 * 4.7e-4 + 2048 / 32.0 * 2.0e-3;
        double mtbfSeconds = 86400 / perDay;
        double tauMinutes = Math.sqrt(2 * 60 * mtbfSeconds) / 60;
        assertThat(r.summary().training().jobsDetail().get(0).checkpointIntervalMinutes()).isCloseTo(tauMinutes, within(1e-9));
    }
}
