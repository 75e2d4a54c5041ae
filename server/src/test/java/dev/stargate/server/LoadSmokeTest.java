package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stargate.server.load.LoadTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The load test itself works (a short run with few clients); the full one is stargate load-test (docs/performance.md). */
class LoadSmokeTest {
    @Test
    void aShortLoadRunAnswersEveryRequest() throws Exception {
        StringWriter log = new StringWriter();
        LoadTest.Result r = LoadTest.run(new LoadTest.Settings(4, 6, 2, "1g"), new PrintWriter(log));
        StringWriter table = new StringWriter();
        r.print(new PrintWriter(table));
        assertThat(r.errors()).as(table.toString()).isZero();
        assertThat(r.latencies().get(0).answered()).as("reads").isGreaterThan(20);
        assertThat(r.latencies().get(r.latencies().size() - 1).answered()).as("submissions").isPositive();
        assertThat(r.latencies().get(0).p99Ms()).isGreaterThanOrEqualTo(r.latencies().get(0).p50Ms());
        assertThat(r.peakHeapMb()).isPositive();
        assertThat(table.toString()).contains("| all reads by readers").contains("| POST /api/runs").contains("server peak heap");
    }
}
