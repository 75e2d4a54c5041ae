package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;

/** Runs in flight when a server stops are queued again or marked interrupted at the next start: none is lost. */
class RestartTest {
    @TempDir
    Path dir;

    @OnEachDatabase
    void runsInFlightAreRequeuedAfterARestart(TestDatabase db) throws Exception {
        ServerConfig config = db.config(dir).withWorkers(1, 4);
        long running;
        long waiting;
        try (TestServer s = TestServer.start(config)) {
            long scenario = QueueTest.createReference(s);
            running = s.startRun(scenario, "simulate", null);
            waiting = s.startRun(s.createScenario("small.yaml"), "simulate", 4L);
            s.awaitRunning(running, Duration.ofMinutes(1));
        } // stopped mid-run
        try (TestServer s = TestServer.start(config)) {
            JsonNode first = s.awaitFinal(running, Duration.ofMinutes(3));
            assertThat(first.get("status").asText()).as(first.toString()).isEqualTo("succeeded");
            assertThat(first.get("attempts").asInt()).as("started twice").isEqualTo(2);
            JsonNode second = s.awaitFinal(waiting, Duration.ofMinutes(3));
            assertThat(second.get("status").asText()).isEqualTo("succeeded");
            assertThat(second.get("attempts").asInt()).isEqualTo(1);
            assertThat(s.get("/api/runs/" + running + "/summary").json().at("/fleet/sites").asInt()).isEqualTo(12);
        }
    }

    @OnEachDatabase
    void orMarkedInterruptedWhenSoConfigured(TestDatabase db) throws Exception {
        ServerConfig config = db.config(dir).withWorkers(1, 4).withOnRestart(ServerConfig.RestartPolicy.INTERRUPT);
        long running;
        long waiting;
        try (TestServer s = TestServer.start(config)) {
            long scenario = QueueTest.createReference(s);
            running = s.startRun(scenario, "simulate", null);
            waiting = s.startRun(scenario, "simulate", null);
            s.awaitRunning(running, Duration.ofMinutes(1));
        }
        try (TestServer s = TestServer.start(config)) {
            for (long id : new long[] {running, waiting}) {
                JsonNode r = s.get("/api/runs/" + id).json();
                assertThat(r.get("status").asText()).isEqualTo("interrupted");
                assertThat(r.get("error").asText()).contains("server stopped").contains("start it again");
            }
            assertThat(s.get("/health").json().at("/runs/queued").asInt()).isZero();
        }
    }
}
