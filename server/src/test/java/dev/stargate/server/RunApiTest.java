package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stargate.engine.RunOptions;
import dev.stargate.engine.Simulation;
import dev.stargate.model.scenario.ScenarioLoader;
import dev.stargate.report.RunFiles;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;

/** Runs through the API: results equal the engine's, tables query correctly, plan runs, comparison. */
class RunApiTest {
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @OnEachDatabase
    void simulateRunsGiveTheEnginesResults(TestDatabase db) throws Exception {
        try (TestServer s = TestServer.start(db.config(dir))) {
            long scenario = s.createScenario("small.yaml");
            TestServer.Response started = s.post("/api/runs", "application/json", "{\"scenarioId\":" + scenario + ",\"kind\":\"simulate\",\"seed\":5}");
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            OpenApiContract.check("POST", "/api/runs", started);
            long id = started.json().get("id").asLong();
            assertThat(started.header("Location")).isEqualTo("/api/runs/" + id);
            assertThat(started.json().get("status").asText()).isIn("queued", "running");

            JsonNode run = s.awaitFinal(id, RUN_TIMEOUT);
            assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("succeeded");
            assertThat(run.get("progressPercent").asDouble()).isEqualTo(100.0);
            assertThat(run.get("attempts").asInt()).isEqualTo(1);
            OpenApiContract.check("GET", "/api/runs/{id}", s.get("/api/runs/" + id));

            // the stored summary is exactly what the engine gives for this scenario and seed
            TestServer.Response summary = s.get("/api/runs/" + id + "/summary");
            OpenApiContract.check("GET", "/api/runs/{id}/summary", summary);
            var ls = ScenarioLoader.parseWithoutFiles(TestServer.resource("small.yaml"), "small.yaml");
            JsonNode direct = TestServer.JSON.readTree(RunFiles.summaryJson(Simulation.run(ls, RunOptions.defaults().withSeed(5L)).summary()));
            assertThat(withoutWallTime(summary.json())).isEqualTo(withoutWallTime(direct));

            JsonNode jobs = s.get("/api/runs/" + id + "/jobs").json();
            OpenApiContract.check("GET", "/api/runs/{id}/jobs", s.get("/api/runs/" + id + "/jobs"));
            assertThat(jobs.get("items")).hasSize(2);
            assertThat(jobs.get("items").get(0).get("name").asText()).isEqualTo("run-1");
            assertThat(jobs.get("items").get(0).get("interruptions").asLong())
                    .isEqualTo(summary.json().at("/training/jobsDetail/0/interruptions").asLong());

            TestServer.Response files = s.get("/api/runs/" + id + "/files");
            OpenApiContract.check("GET", "/api/runs/{id}/files", files);
            assertThat(files.json().findValuesAsText("name")).contains("summary.json", "scenario.yaml", "hourly_sites.csv",
                    "hourly_sites.parquet", "jobs.csv", "report.html");
            TestServer.Response report = s.get("/api/runs/" + id + "/report");
            assertThat(report.header("Content-Type")).startsWith("text/html");
            assertThat(report.body()).contains("Small fleet").contains("<svg").doesNotContain("<script");
            TestServer.Response csv = s.get("/api/runs/" + id + "/files/jobs.csv");
            assertThat(csv.body()).startsWith("name,accelerators");
            assertThat(csv.header("Content-Disposition")).contains("run-" + id + "-jobs.csv");
            assertThat(s.get("/api/runs/" + id + "/files/nope.csv").status()).isEqualTo(404);
            assertThat(s.get("/api/runs/" + id + "/plan").status()).as("a simulate run has no plan").isEqualTo(404);

            TestServer.Response list = s.get("/api/runs?status=succeeded");
            OpenApiContract.check("GET", "/api/runs", list);
            assertThat(list.json().get("items").get(0).get("id").asLong()).isEqualTo(id);
            assertThat(s.get("/api/runs?status=failed").json().get("items")).isEmpty();
            assertThat(s.get("/api/runs?status=done").status()).isEqualTo(400);
        }
    }

    @OnEachDatabase
    void hourlyTablesAreFilteredDownsampledAndPaged(TestDatabase db) throws Exception {
        try (TestServer s = TestServer.start(db.config(dir))) {
            long id = s.startRun(s.createScenario("small.yaml"), "simulate", 3L);
            assertThat(s.awaitFinal(id, RUN_TIMEOUT).get("status").asText()).isEqualTo("succeeded");
            JsonNode summary = s.get("/api/runs/" + id + "/summary").json();
            int hours = (31 + 29) * 24;

            // every step of the fleet: IT energy adds up to the summary's
            TestServer.Response all = s.get("/api/runs/" + id + "/hourly?columns=itMw,facilityMw,pue&limit=10000");
            OpenApiContract.check("GET", "/api/runs/{id}/hourly", all);
            JsonNode rows = all.json().get("rows");
            assertThat(all.json().get("total").asInt()).isEqualTo(hours);
            assertThat(rows).hasSize(hours);
            double itMwh = 0;
            for (JsonNode r : rows) {
                itMwh += r.get(2).asDouble();
                assertThat(r.get(1).asInt()).isEqualTo(1);
                assertThat(r.get(4).asDouble()).as("fleet PUE is facility ÷ IT").isCloseTo(r.get(3).asDouble() / r.get(2).asDouble(), org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(itMwh).isCloseTo(summary.at("/energy/itMwh").asDouble(), org.assertj.core.data.Percentage.withPercentage(1e-6));

            // downsampled: whole-step buckets whose step-weighted means keep the total
            JsonNode daily = s.get("/api/runs/" + id + "/hourly?columns=itMw&points=60").json();
            assertThat(daily.get("bucketSeconds").asLong()).isEqualTo(86_400);
            assertThat(daily.get("rows")).hasSize(60);
            double fromBuckets = 0;
            for (JsonNode r : daily.get("rows")) fromBuckets += r.get(1).asInt() * r.get(2).asDouble();
            assertThat(fromBuckets).isCloseTo(itMwh, org.assertj.core.data.Percentage.withPercentage(1e-9));

            // one site, a time window, pages that chain
            JsonNode page = s.get("/api/runs/" + id + "/hourly?site=north&from=2028-02-01&to=2028-02-02&limit=10").json();
            assertThat(page.get("site").asText()).isEqualTo("north");
            assertThat(page.get("total").asInt()).isEqualTo(24);
            assertThat(page.get("rows")).hasSize(10);
            assertThat(page.get("rows").get(0).get(0).asText()).isEqualTo("2028-02-01T00:00:00Z");
            JsonNode next = s.get(page.get("next").asText()).json();
            assertThat(next.get("offset").asInt()).isEqualTo(10);
            assertThat(next.get("rows").get(0).get(0).asText()).isEqualTo("2028-02-01T10:00:00Z");
            JsonNode last = s.get(next.get("next").asText()).json();
            assertThat(last.get("rows")).hasSize(4);
            assertThat(last.has("next")).isFalse();

            TestServer.Response badSite = s.get("/api/runs/" + id + "/hourly?site=nort");
            assertThat(badSite.status()).isEqualTo(400);
            OpenApiContract.check("GET", "/api/runs/{id}/hourly", badSite);
            assertThat(badSite.json().get("error").asText()).contains("did you mean 'north'");
            assertThat(s.get("/api/runs/" + id + "/hourly?columns=itMW").json().get("error").asText()).contains("did you mean 'itMw'");
            assertThat(s.get("/api/runs/" + id + "/hourly?from=yesterday").status()).isEqualTo(400);
            assertThat(s.get("/api/runs/" + id + "/hourly?from=2028-02-02&to=2028-02-01").status()).isEqualTo(400);
        }
    }

    @OnEachDatabase
    void planRunsAndComparisons(TestDatabase db) throws Exception {
        try (TestServer s = TestServer.start(db.config(dir))) {
            long small = s.createScenario("small.yaml");
            TestServer.Response refused = s.post("/api/runs", "application/json", "{\"scenarioId\":" + small + ",\"kind\":\"plan\"}");
            assertThat(refused.status()).isEqualTo(400);
            OpenApiContract.check("POST", "/api/runs", refused);
            assertThat(refused.json().get("error").asText()).contains("no planning: section");

            long plan = s.startRun(s.createScenario("plan.yaml"), "plan", null);
            JsonNode run = s.awaitFinal(plan, RUN_TIMEOUT);
            assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("succeeded");
            TestServer.Response doc = s.get("/api/runs/" + plan + "/plan");
            OpenApiContract.check("GET", "/api/runs/{id}/plan", doc);
            assertThat(doc.json().at("/plan/status").asText()).isIn("optimal", "feasible");
            assertThat(doc.json().at("/plan/itMwByYear/2028").asDouble()).isGreaterThanOrEqualTo(350 - 1e-6);
            assertThat(s.get("/api/runs/" + plan + "/files").json().findValuesAsText("name")).contains("planned-scenario.yaml", "plan.json");

            long a = s.startRun(small, "simulate", 1L);
            long b = s.startRun(small, "simulate", 2L);
            s.awaitFinal(a, RUN_TIMEOUT);
            s.awaitFinal(b, RUN_TIMEOUT);
            TestServer.Response cmp = s.get("/api/compare?a=" + a + "&b=" + b);
            OpenApiContract.check("GET", "/api/compare", cmp);
            JsonNode sa = s.get("/api/runs/" + a + "/summary").json();
            JsonNode sb = s.get("/api/runs/" + b + "/summary").json();
            for (JsonNode f : cmp.json().get("figures")) {
                String pointer = "/" + f.get("key").asText().replace('.', '/');
                assertThat(f.get("a").asDouble()).as(f.get("key").asText()).isEqualTo(sa.at(pointer).asDouble());
                assertThat(f.get("b").asDouble()).as(f.get("key").asText()).isEqualTo(sb.at(pointer).asDouble());
                assertThat(f.get("difference").asDouble()).isEqualTo(sb.at(pointer).asDouble() - sa.at(pointer).asDouble());
            }
            assertThat(s.get("/api/compare?a=" + a).status()).isEqualTo(400);
            assertThat(s.get("/api/compare?a=" + a + "&b=999").status()).isEqualTo(404);
        }
    }

    static JsonNode withoutWallTime(JsonNode summary) {
        JsonNode copy = summary.deepCopy();
        ((ObjectNode) copy.get("engine")).remove("wallSeconds");
        return copy;
    }
}
