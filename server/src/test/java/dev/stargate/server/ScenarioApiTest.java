package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Problem;
import dev.stargate.model.scenario.ScenarioLoader;
import dev.stargate.server.store.Database;
import dev.stargate.server.store.ScenarioStore;
import dev.stargate.server.store.TokenStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios through the API, on the embedded database and on PostgreSQL. */
class ScenarioApiTest {
    @TempDir
    Path dir;

    @OnEachDatabase
    void createReadUpdateDeleteWithVersions(TestDatabase db) {
        try (TestServer s = TestServer.start(db.config(dir))) {
            String yaml = TestServer.resource("small.yaml");
            TestServer.Response created = s.post("/api/scenarios", "application/yaml", yaml);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            OpenApiContract.check("POST", "/api/scenarios", created);
            long id = created.json().get("id").asLong();
            assertThat(created.header("Location")).isEqualTo("/api/scenarios/" + id);
            assertThat(created.header("ETag")).isEqualTo("\"1\"");
            assertThat(created.json().get("name").asText()).isEqualTo("Small fleet");
            assertThat(created.json().get("sites").asInt()).isEqualTo(2);
            assertThat(created.json().get("planning").asBoolean()).isFalse();

            TestServer.Response got = s.get("/api/scenarios/" + id);
            OpenApiContract.check("GET", "/api/scenarios/{id}", got);
            assertThat(got.json().get("source").asText()).isEqualTo(yaml);

            String renamed = yaml.replace("name: Small fleet", "name: Small fleet, renamed");
            TestServer.Response updated = s.put("/api/scenarios/" + id, "application/yaml", renamed, Map.of("If-Match", "\"1\""));
            assertThat(updated.status()).as(updated.body()).isEqualTo(200);
            OpenApiContract.check("PUT", "/api/scenarios/{id}", updated);
            assertThat(updated.json().get("version").asInt()).isEqualTo(2);
            assertThat(updated.json().get("name").asText()).isEqualTo("Small fleet, renamed");

            TestServer.Response stale = s.put("/api/scenarios/" + id, "application/yaml", yaml, Map.of("If-Match", "\"1\""));
            assertThat(stale.status()).isEqualTo(412);
            OpenApiContract.check("PUT", "/api/scenarios/{id}", stale);
            assertThat(stale.json().get("error").asText()).contains("version 2");
            assertThat(s.get("/api/scenarios/" + id).json().get("version").asInt()).as("a refused update changes nothing").isEqualTo(2);

            s.createScenario("plan.yaml");
            TestServer.Response list = s.get("/api/scenarios");
            OpenApiContract.check("GET", "/api/scenarios", list);
            assertThat(list.json().get("total").asInt()).isEqualTo(2);
            assertThat(list.json().get("items").get(0).get("name").asText()).as("newest first").isEqualTo("Small plan");
            assertThat(list.json().get("items").get(0).has("source")).as("listings carry no text").isFalse();
            assertThat(s.get("/api/scenarios?limit=1&offset=1").json().get("items").get(0).get("id").asLong()).isEqualTo(id);

            TestServer.Response map = s.get("/api/scenarios/" + id + "/map.svg");
            assertThat(map.status()).isEqualTo(200);
            assertThat(map.header("Content-Type")).startsWith("image/svg+xml");
            assertThat(map.body()).startsWith("<svg").contains("texas").contains("north");

            TestServer.Response deleted = s.delete("/api/scenarios/" + id);
            assertThat(deleted.status()).isEqualTo(204);
            TestServer.Response gone = s.get("/api/scenarios/" + id);
            assertThat(gone.status()).isEqualTo(404);
            OpenApiContract.check("GET", "/api/scenarios/{id}", gone);
            assertThat(s.delete("/api/scenarios/" + id).status()).isEqualTo(404);
        }
    }

    @OnEachDatabase
    void invalidScenariosAreRefusedWithTheCliMessages(TestDatabase db) throws Exception {
        try (TestServer s = TestServer.start(db.config(dir))) {
            String broken = TestServer.resource("small.yaml")
                    .replace("acceleratorCount: 60000", "acceleratorCount: -5")
                    .replace("accelerator: nvidia_gb200, acceleratorCount: 30000", "accelerator: nvidia_gb20, acceleratorCount: 30000")
                    .replace("region: ercot", "regoin: ercot");
            TestServer.Response r = s.post("/api/scenarios", "application/yaml", broken);
            assertThat(r.status()).isEqualTo(400);
            OpenApiContract.check("POST", "/api/scenarios", r);
            JsonNode problems = r.json().get("problems");

            // the CLI reading the same text from a file reports the same problems, at the same places
            Path file = dir.resolve("broken.yaml");
            Files.writeString(file, broken);
            List<Problem> cli = new ArrayList<>();
            try {
                ScenarioLoader.load(file);
            } catch (InvalidInputException e) {
                cli.addAll(e.problems());
            }
            assertThat(cli).isNotEmpty();
            assertThat(problems.size()).isEqualTo(cli.size());
            for (int i = 0; i < cli.size(); i++) {
                Problem p = cli.get(i);
                JsonNode q = problems.get(i);
                assertThat(q.get("path").asText()).isEqualTo(p.path());
                assertThat(q.get("message").asText()).isEqualTo(p.message());
                assertThat(q.path("line").asInt()).isEqualTo(p.location().line());
                assertThat(q.path("column").asInt()).isEqualTo(p.location().column());
                assertThat(q.get("text").asText()).isEqualTo(p.toString().replace(file.toString(), "request body"));
            }
            assertThat(problems.toString()).contains("sites[0].phases[0].acceleratorCount").contains("did you mean 'region'");

            TestServer.Response v = s.post("/api/validate", "application/yaml", broken);
            assertThat(v.status()).isEqualTo(200);
            OpenApiContract.check("POST", "/api/validate", v);
            assertThat(v.json().get("valid").asBoolean()).isFalse();
            assertThat(v.json().get("errors").size()).isEqualTo(cli.stream().filter(Problem::isError).count());
            assertThat(s.post("/api/validate", "application/yaml", TestServer.resource("small.yaml")).json().get("valid").asBoolean()).isTrue();

            assertThat(s.get("/api/scenarios").json().get("total").asInt()).as("nothing invalid was stored").isZero();
        }
    }

    @OnEachDatabase
    void jsonBodiesAreLocatedInTheirOwnLines(TestDatabase db) throws Exception {
        try (TestServer s = TestServer.start(db.config(dir))) {
            JsonNode tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(TestServer.resource("small.yaml"));
            String json = TestServer.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            TestServer.Response ok = s.post("/api/scenarios", "application/json", json);
            assertThat(ok.status()).as(ok.body()).isEqualTo(201);
            assertThat(ok.json().get("format").asText()).isEqualTo("json");

            String bad = json.replace("\"durationH\" : 500", "\"durationH\" : \"long\"");
            int line = lineOf(bad, "\"long\"");
            TestServer.Response r = s.post("/api/scenarios", "application/json", bad);
            assertThat(r.status()).isEqualTo(400);
            JsonNode p = r.json().get("problems").get(0);
            assertThat(p.get("path").asText()).isEqualTo("training.jobs[0].durationH");
            assertThat(p.get("line").asInt()).isEqualTo(line);
        }
    }

    @OnEachDatabase
    void scenariosCannotReadServerFilesAndBodiesAreBounded(TestDatabase db) {
        try (TestServer s = TestServer.start(db.config(dir))) {
            String withTrace = TestServer.resource("small.yaml").replace("training:\n", "training:\n  traceFile: /etc/passwd\n");
            TestServer.Response r = s.post("/api/scenarios", "application/yaml", withTrace);
            assertThat(r.status()).isEqualTo(400);
            JsonNode p = r.json().get("problems").get(0);
            assertThat(p.get("path").asText()).isEqualTo("training.traceFile");
            assertThat(p.get("message").asText()).contains("files cannot be read here");
            assertThat(r.body()).doesNotContain("root:");

            String huge = "name: x\n# " + "x".repeat((int) s.config.maxRequestBytes()) + "\n";
            TestServer.Response tooBig = s.post("/api/scenarios", "application/yaml", huge);
            assertThat(tooBig.status()).isEqualTo(413);
            OpenApiContract.check("POST", "/api/scenarios", tooBig);

            TestServer.Response empty = s.post("/api/scenarios", "application/yaml", "  ");
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.json().get("error").asText()).contains("empty");
            assertThat(s.get("/api/scenarios/abc").status()).isEqualTo(404);
            assertThat(s.get("/api/scenarios?limit=0").status()).isEqualTo(400);
        }
    }

    @OnEachDatabase
    void hostileScenarioTextIsRefusedWithTheLimitItBroke(TestDatabase db) {
        try (TestServer s = TestServer.start(db.config(dir))) {
            String small = TestServer.resource("small.yaml");
            String aliases = small.replace("description: ", "description: &d ").replace("training:\n", "notes: [*d, *d]\ntraining:\n");
            assertThat(problemText(s.post("/api/scenarios", "application/yaml", aliases))).contains("aliases");
            String deep = small + "deep: " + "[".repeat(200) + "]".repeat(200) + "\n";
            assertThat(problemText(s.post("/api/scenarios", "application/yaml", deep))).contains("nesting deeper than 64");
            String long_ = small.replace("horizon: {start: 2028-01-01, end: 2028-03-01}", "horizon: {start: 2028-01-01, end: 2068-01-01}");
            assertThat(problemText(s.post("/api/scenarios", "application/yaml", long_))).contains("horizon.end").contains("at most 30 years");
            String many = small + "sources: [" + "\"x\", ".repeat(2_000_000) + "\"x\"]\n";
            assertThat(s.post("/api/scenarios", "application/yaml", many).status()).as("beyond the body limit").isEqualTo(413);
            assertThat(s.get("/api/scenarios").json().get("total").asInt()).isZero();
        }
    }

    private static String problemText(TestServer.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        return r.json().get("problems").toString();
    }

    @OnEachDatabase
    void aStoredScenarioThatNoLongerValidatesIsReadableButNotRunnable(TestDatabase db) {
        ServerConfig c = db.config(dir);
        try (TestServer s = TestServer.start(c);
             Database d = Database.open(c.databaseUrl(), c.databaseUser(), c.databasePassword(), c.dataDir())) {
            // as if the catalogue had lost an accelerator since the scenario was saved
            String stale = TestServer.resource("small.yaml").replace("nvidia_gb200", "retired_accelerator");
            long id = new ScenarioStore(d.jdbi()).create(new TokenStore(d.jdbi()).workspace("default"), "Small fleet", "yaml", stale).id();
            TestServer.Response got = s.get("/api/scenarios/" + id);
            assertThat(got.status()).isEqualTo(200);
            OpenApiContract.check("GET", "/api/scenarios/{id}", got);
            assertThat(got.json().get("errors").get(0).get("message").asText()).contains("retired_accelerator");
            TestServer.Response run = s.post("/api/runs", "application/json", "{\"scenarioId\":" + id + "}");
            assertThat(run.status()).isEqualTo(400);
            OpenApiContract.check("POST", "/api/runs", run);
            assertThat(run.json().get("problems").get(0).get("file").asText()).isEqualTo("scenario " + id);
            assertThat(s.get("/api/runs").json().get("items")).isEmpty();
        }
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
