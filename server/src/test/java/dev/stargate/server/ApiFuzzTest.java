package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stargate.model.scenario.ScenarioMutations;
import dev.stargate.server.auth.Role;
import dev.stargate.server.store.Database;
import dev.stargate.server.store.TokenStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property-based fuzzing of every endpoint's inputs (bodies, path and query parameters, headers)
 * on a server with authentication: whatever arrives, the answer is never a 5xx and never a hang
 * (each request has a timeout), every refusal is JSON with a message, and validation without
 * saving agrees with saving. -Dstargate.fuzz.examples=N sets the tries per property (default 150).
 */
class ApiFuzzTest {
    static final int EXAMPLES = Integer.getInteger("stargate.fuzz.examples", 150);
    static final long SEED = 20_261_130L;

    @TempDir
    static Path dir;
    static TestServer server;
    static TestServer planner;
    static long scenarioId;
    static long runId;

    @BeforeAll
    static void start() throws Exception {
        ServerConfig config = TestDatabase.all().get(0).config(dir).withAuth(true).withLimits(1e6, 2_000_000).withWorkers(1, 64);
        String token;
        try (Database d = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword(), config.dataDir())) {
            token = new TokenStore(d.jdbi()).create("fuzz", "fuzz", Role.ADMIN).secret();
        }
        server = TestServer.start(config);
        planner = server.withToken(token);
        scenarioId = planner.createScenario("small.yaml");
        runId = planner.startRun(scenarioId, "simulate", 1L);
        assertThat(planner.awaitFinal(runId, Duration.ofMinutes(2)).get("status").asText()).isEqualTo("succeeded");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A well-behaved refusal or success: no 5xx, and a 4xx says what is wrong. */
    static void sane(String what, TestServer.Response r, Set<Integer> allowed) {
        assertThat(r.status()).as(what + " → " + r.body()).isLessThan(500);
        assertThat(allowed).as(what + " gave " + r.status() + ": " + r.body()).contains(r.status());
        if (r.status() >= 400 && r.status() != 405) {
            JsonNode body = r.json();
            assertThat(body.path("error").asText()).as(what).isNotBlank();
        }
    }

    @Test
    void editedScenariosAreSavedOrRefusedWithProblemsAndValidationAgrees() {
        String original = TestServer.resource("small.yaml");
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(ScenarioMutations.mutations()).checkAssert(ms -> {
            String text = ScenarioMutations.apply(original, ms);
            TestServer.Response v = planner.post("/api/validate", "application/yaml", text);
            TestServer.Response c = planner.post("/api/scenarios", "application/yaml", text);
            sane("POST /api/scenarios " + ms, c, Set.of(201, 400));
            sane("POST /api/validate " + ms, v, Set.of(200, 400)); // 400: not even a body (an empty text)
            boolean valid = v.status() == 200 && v.json().get("valid").asBoolean();
            assertThat(valid).as("validate agrees with create for " + ms).isEqualTo(c.status() == 201);
            if (c.status() == 400 && !text.isBlank()) assertThat(c.json().get("problems")).as("problems of " + ms).isNotEmpty();
            TestServer.Response u = planner.put("/api/scenarios/" + scenarioId, "application/yaml", text, Map.of("If-Match", "*"));
            sane("PUT " + ms, u, Set.of(200, 400));
            if (c.status() == 201) planner.delete("/api/scenarios/" + c.json().get("id").asLong());
        });
        planner.put("/api/scenarios/" + scenarioId, "application/yaml", original, Map.of());
    }

    @Test
    void arbitraryBodiesNeverBreakAnEndpoint() {
        Gen<String> bodies = strings().allPossible().ofLengthBetween(0, 3000)
                .mix(Generate.pick(List.of("{", "[]", "null", "{\"scenarioId\":", "{\"token\": 1}", "{\"scenarioId\": 1e999}", "\u0000",
                        "{\"scenarioId\": \"1\", \"kind\": [\"plan\"]}", "a: *b", "&a [*a, *a]", "{\"a\":".repeat(2000))), 20);
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(bodies).checkAssert(body -> {
            sane("POST /api/scenarios", planner.post("/api/scenarios", "application/yaml", body), Set.of(201, 400, 413));
            sane("POST /api/scenarios (json)", planner.post("/api/scenarios", "application/json", body), Set.of(201, 400, 413));
            sane("POST /api/validate", planner.post("/api/validate", "application/yaml", body), Set.of(200, 400, 413));
            sane("POST /api/runs", planner.post("/api/runs", "application/json", body), Set.of(202, 400, 404, 413));
            sane("POST /api/session", server.post("/api/session", "application/json", body), Set.of(200, 400, 401, 413));
            sane("PUT /api/scenarios/{id}", planner.put("/api/scenarios/" + scenarioId, "text/plain", body, Map.of()), Set.of(200, 400, 413));
        });
        planner.put("/api/scenarios/" + scenarioId, "application/yaml", TestServer.resource("small.yaml"), Map.of());
    }

    @Test
    void runRequestsWithAnyFieldsAreQueuedOrRefused() {
        Gen<String> ids = Generate.pick(List.of(Long.toString(scenarioId), "0", "-1", "999999", "9223372036854775807", "1.5", "\"1\"",
                "null", "true", "[]", "{}", "1e3"));
        Gen<String> kinds = Generate.pick(List.of("\"simulate\"", "\"plan\"", "\"SIMULATE\"", "\"train\"", "\"\"", "null", "3", "[\"plan\"]"));
        Gen<String> numbers = Generate.pick(List.of("1", "-5", "0", "1e308", "-0.0", "null", "\"x\"", "9223372036854775808", "0.001"));
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(ids, kinds, numbers, numbers).checkAssert((id, kind, seed, limit) -> {
            String body = "{\"scenarioId\": " + id + ", \"kind\": " + kind + ", \"seed\": " + seed + ", \"timeLimitSeconds\": " + limit + "}";
            TestServer.Response r = planner.post("/api/runs", "application/json", body);
            sane("POST /api/runs " + body, r, Set.of(202, 400, 404, 429));
            if (r.status() == 202) {
                TestServer.Response cancel = planner.delete("/api/runs/" + r.json().get("id").asLong());
                sane("DELETE " + body, cancel, Set.of(202, 204));
            }
        });
    }

    @Test
    void anyPathOrQueryParameterIsAnsweredSanely() {
        Gen<String> values = strings().allPossible().ofLengthBetween(0, 60).mix(Generate.pick(List.of("0", "-1", "1", "99999999999999999999",
                "..", "../..", "%00", "%2e%2e", "north", "texas", "itMw", "itMw,pue", ",,", "2028-01-01", "2028-01-01T00:00:00Z",
                "2028-13-01", "1e9", "NaN", "-0", " ", "", "<script>", "'; DROP TABLE runs; --")), 50);
        Gen<String> keys = Generate.pick(List.of("site", "from", "to", "points", "columns", "offset", "limit", "status", "scenarioId", "a", "b", "x"));
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(values, keys, values, integers().between(0, 7)).checkAssert((v, key, qv, which) -> {
            String seg = URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
            String q = "?" + key + "=" + URLEncoder.encode(qv, StandardCharsets.UTF_8);
            String path = switch (which) {
                case 0 -> "/api/scenarios/" + seg;
                case 1 -> "/api/runs/" + seg;
                case 2 -> "/api/runs/" + runId + "/files/" + seg;
                case 3 -> "/api/catalogue/" + seg + "/" + seg;
                case 4 -> "/api/runs/" + runId + "/hourly" + q + "&" + key + "=" + seg;
                case 5 -> "/api/runs" + q;
                case 6 -> "/api/compare" + q + "&b=" + seg;
                default -> "/api/scenarios" + q;
            };
            TestServer.Response r = planner.get(path);
            sane("GET " + path, r, Set.of(200, 400, 404, 409));
        });
    }

    @Test
    void anyCredentialsOrHeadersAreRefusedSanely() {
        // header values are Latin-1 on the wire: the HTTP client sends nothing else
        Gen<String> values = strings().basicLatinAlphabet().ofLengthBetween(0, 200).mix(Generate.pick(List.of("Bearer ", "Bearer sgt_", "bearer x",
                "Basic YTpi", "Bearer " + "a".repeat(5000), "\"1\"", "W/\"2\"", "*", "stargate_session=x", "stargate_session=")), 30);
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(values).checkAssert(v -> {
            String clean = v.replaceAll("[\\r\\n\\x00-\\x1f\\x7f]", " ").strip(); // a header value the HTTP client accepts
            if (clean.isEmpty()) return;
            sane("Authorization " + clean, server.get("/api/scenarios", Map.of("Authorization", clean)), Set.of(401));
            sane("Cookie " + clean, server.get("/api/scenarios", Map.of("Cookie", clean)), Set.of(401));
            sane("If-Match " + clean, planner.put("/api/scenarios/" + scenarioId, "application/yaml", TestServer.resource("small.yaml"),
                    Map.of("If-Match", clean)), Set.of(200, 400, 412));
        });
    }
}
