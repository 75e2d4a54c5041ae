package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;

/** The bounded queue (429 with Retry-After), cancellation of waiting and executing runs. */
class QueueTest {
    /** The reference scenario: a year of a 9 GW fleet, long enough to be caught running. */
    static final Path REFERENCE = Path.of("../scenarios/stargate-2026.yaml");

    @TempDir
    Path dir;

    static long createReference(TestServer s) throws Exception {
        TestServer.Response r = s.post("/api/scenarios", "application/yaml", Files.readString(REFERENCE));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @OnEachDatabase
    void aFullQueueRefusesWithRetryAfterAndCancelledRunsLeaveNoResults(TestDatabase db) throws Exception {
        try (TestServer s = TestServer.start(db.config(dir).withWorkers(1, 1))) {
            long scenario = createReference(s);
            long first = s.startRun(scenario, "simulate", null);
            long second = s.startRun(scenario, "simulate", null);
            TestServer.Response third = s.post("/api/runs", "application/json", "{\"scenarioId\":" + scenario + "}");
            assertThat(third.status()).as(third.body()).isEqualTo(429);
            OpenApiContract.check("POST", "/api/runs", third);
            assertThat(Long.parseLong(third.header("Retry-After"))).isPositive();
            assertThat(third.json().get("error").asText()).contains("queue is full");
            assertThat(s.get("/api/runs").json().get("items")).as("a refused run is not stored").hasSize(2);

            // the waiting run is cancelled at once and never starts
            TestServer.Response cancelWaiting = s.delete("/api/runs/" + second);
            assertThat(cancelWaiting.status()).isEqualTo(202);
            OpenApiContract.check("DELETE", "/api/runs/{id}", cancelWaiting);
            assertThat(cancelWaiting.json().get("status").asText()).isEqualTo("cancelled");

            // the executing one stops at its next progress report
            s.awaitRunning(first, Duration.ofMinutes(1));
            assertThat(s.delete("/api/runs/" + first).status()).isEqualTo(202);
            JsonNode stopped = s.awaitFinal(first, Duration.ofMinutes(1));
            assertThat(stopped.get("status").asText()).isEqualTo("cancelled");
            assertThat(stopped.get("progressPercent").asDouble()).isLessThan(100);
            TestServer.Response noSummary = s.get("/api/runs/" + first + "/summary");
            assertThat(noSummary.status()).isEqualTo(409);
            OpenApiContract.check("GET", "/api/runs/{id}/summary", noSummary);
            assertThat(noSummary.json().get("error").asText()).contains("cancelled");
            Thread.sleep(500); // a worker that was storing results would have done so by now
            assertThat(s.get("/api/runs/" + first).json().get("status").asText()).isEqualTo("cancelled");
            assertThat(s.get("/api/runs/" + second).json().get("attempts").asInt()).as("never started").isZero();

            // with room again, runs are accepted; a finished run can be deleted
            long fourth = s.startRun(s.createScenario("small.yaml"), "simulate", null);
            assertThat(s.awaitFinal(fourth, Duration.ofMinutes(2)).get("status").asText()).isEqualTo("succeeded");
            assertThat(s.delete("/api/runs/" + fourth).status()).isEqualTo(204);
            assertThat(s.get("/api/runs/" + fourth).status()).isEqualTo(404);
            assertThat(s.delete("/api/runs/" + fourth).status()).isEqualTo(404);

            String metrics = s.get("/metrics").body();
            assertThat(metrics).contains("stargate_runs_rejected_total 1.0");
            assertThat(metrics).containsPattern("stargate_runs_finished_total\\{kind=\"simulate\",status=\"cancelled\"} 2\\.0");
            assertThat(metrics).containsPattern("stargate_runs_finished_total\\{kind=\"simulate\",status=\"succeeded\"} 1\\.0");
        }
    }
}
