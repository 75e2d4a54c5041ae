package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Health, metrics, the OpenAPI document against the routes, the docs page, errors, live events. */
class OpsTest {
    @TempDir
    Path dir;

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedPathIsServed() {
        try (TestServer s = TestServer.start(TestDatabase.all().get(0).config(dir))) {
            Set<String> served = new TreeSet<>(s.server.routes());
            Set<String> documented = new TreeSet<>();
            for (Iterator<String> paths = OpenApiContract.DOC.path("paths").fieldNames(); paths.hasNext(); ) {
                String p = paths.next();
                OpenApiContract.DOC.path("paths").path(p).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p));
            }
            // server-sent events are registered as GET routes by Javalin
            assertThat(served).isEqualTo(documented);

            TestServer.Response doc = s.get("/openapi.json");
            assertThat(doc.json().get("openapi").asText()).isEqualTo("3.1.0");
            assertThat(doc.json().at("/info/version").asText()).isEqualTo("test");
            String page = s.get("/api/docs").body();
            for (String route : documented) assertThat(page).contains(route.substring(route.indexOf(' ') + 1).replace("{", "{"));
            assertThat(page).doesNotContain("<script");
        }
    }

    @Test
    void healthMetricsAndJsonErrors() {
        try (TestServer s = TestServer.start(TestDatabase.all().get(0).config(dir))) {
            TestServer.Response health = s.get("/health");
            assertThat(health.status()).isEqualTo(200);
            OpenApiContract.check("GET", "/health", health);
            assertThat(health.json().get("status").asText()).isEqualTo("up");
            assertThat(health.json().at("/database/kind").asText()).isEqualTo("h2");

            s.get("/api/scenarios");
            s.get("/api/scenarios/77");
            TestServer.Response metrics = s.get("/metrics");
            assertThat(metrics.header("Content-Type")).startsWith("text/plain");
            assertThat(metrics.body()).contains("stargate_http_requests_total{method=\"GET\",route=\"/api/scenarios\",status=\"200\"} 1.0")
                    .contains("stargate_http_requests_total{method=\"GET\",route=\"/api/scenarios/{id}\",status=\"404\"} 1.0")
                    .contains("stargate_http_request_duration_seconds_bucket").contains("stargate_runs_queued 0.0")
                    .contains("stargate_event_clients");

            TestServer.Response missing = s.get("/api/nothing-here");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.json().get("error").asText()).isNotBlank();
            TestServer.Response badJson = s.post("/api/runs", "application/json", "{scenarioId: 1");
            assertThat(badJson.status()).isEqualTo(400);
            assertThat(badJson.json().get("error").asText()).contains("must be JSON");
            TestServer.Response unknownField = s.post("/api/runs", "application/json", "{\"scenario\": 1}");
            assertThat(unknownField.status()).isEqualTo(400);
            assertThat(s.post("/api/runs", "application/json", "{\"scenarioId\": 1, \"kind\": \"train\"}").json().get("error").asText())
                    .contains("not simulate or plan");

            TestServer.Response cat = s.get("/api/catalogue");
            assertThat(cat.json().get("accelerators").toString()).contains("nvidia_gb200");
            JsonNode gb200 = s.get("/api/catalogue/accelerators/nvidia_gb200").json();
            assertThat(gb200.get("systemPowerW").asDouble()).isPositive();
            assertThat(gb200.get("source").size()).isPositive();
            assertThat(s.get("/api/catalogue/accelerators/nvidia_gb20").json().get("error").asText()).contains("did you mean 'nvidia_gb200'");
            assertThat(s.get("/api/catalogue/acelerators").status()).isEqualTo(404);

            TestServer.Response dashboard = s.get("/");
            assertThat(dashboard.status()).isEqualTo(200);
            assertThat(dashboard.body()).contains("<title>Stargate</title>").doesNotContain("http://").doesNotContain("https://");
        }
    }

    @Test
    void liveEventsFollowARunToTheEnd() throws Exception {
        try (TestServer s = TestServer.start(TestDatabase.all().get(0).config(dir))) {
            long scenario = s.createScenario("small.yaml");
            TestServer.Response plain = s.get("/api/runs/events");
            assertThat(plain.status()).isEqualTo(406);
            OpenApiContract.check("GET", "/api/runs/events", plain);
            List<JsonNode> seen = new ArrayList<>();
            CompletableFuture<Void> reader = s.follow(seen, true);
            long id = s.startRun(scenario, "simulate", null);
            reader.get(2, TimeUnit.MINUTES);
            synchronized (seen) {
                assertThat(seen).allSatisfy(r -> assertThat(r.get("id").asLong()).isEqualTo(id));
                assertThat(seen.get(seen.size() - 1).get("progressPercent").asDouble()).isEqualTo(100.0);
                List<String> statuses = seen.stream().map(r -> r.get("status").asText()).distinct().toList();
                assertThat(statuses).endsWith("succeeded");
                assertThat(statuses).contains("running");
            }
            assertThat(s.awaitFinal(id, Duration.ofSeconds(5)).get("status").asText()).isEqualTo("succeeded");
        }
    }
}
