package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stargate.server.auth.Role;
import dev.stargate.server.store.Database;
import dev.stargate.server.store.TokenStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens, workspaces and roles; sessions with CSRF; security headers; rate limits; no open servers without authentication. */
class AuthTest {
    @TempDir
    Path dir;

    /** Tokens made before the server starts, as an operator would with stargate token create. */
    record Tokens(String alphaAdmin, String alphaPlanner, String alphaViewer, String betaPlanner, String revoked) {}

    static Tokens tokens(ServerConfig c) {
        try (Database d = Database.open(c.databaseUrl(), c.databaseUser(), c.databasePassword(), c.dataDir())) {
            TokenStore t = new TokenStore(d.jdbi());
            Tokens out = new Tokens(t.create("alpha admin", "alpha", Role.ADMIN).secret(), t.create("alpha planner", "alpha", Role.PLANNER).secret(),
                    t.create("alpha viewer", "alpha", Role.VIEWER).secret(), t.create("beta planner", "beta", Role.PLANNER).secret(),
                    t.create("gone", "alpha", Role.ADMIN).secret());
            assertThat(t.revoke("gone")).isTrue();
            assertThat(t.revoke("gone")).as("already revoked").isFalse();
            assertThat(t.list()).hasSize(5).allSatisfy(i -> assertThat(i.name()).isNotBlank());
            return out;
        }
    }

    @OnEachDatabase
    void aTokenSeesOnlyItsWorkspaceAndDoesOnlyWhatItsRoleAllows(TestDatabase db) throws Exception {
        ServerConfig config = db.config(dir).withAuth(true);
        Tokens tk = tokens(config);
        try (TestServer server = TestServer.start(config)) {
            TestServer anonymous = server;
            TestServer admin = server.withToken(tk.alphaAdmin());
            TestServer planner = server.withToken(tk.alphaPlanner());
            TestServer viewer = server.withToken(tk.alphaViewer());
            TestServer beta = server.withToken(tk.betaPlanner());

            TestServer.Response none = anonymous.get("/api/scenarios");
            assertThat(none.status()).isEqualTo(401);
            OpenApiContract.check("GET", "/api/scenarios", none);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(none.json().get("error").asText()).contains("stargate token create");
            assertThat(server.withToken(tk.revoked()).get("/api/scenarios").status()).as("revoked").isEqualTo(401);
            assertThat(server.withToken("sgt_guess").get("/api/scenarios").status()).isEqualTo(401);
            assertThat(server.as(Map.of("Authorization", "Basic YTpi")).get("/api/scenarios").json().get("error").asText()).contains("Bearer");
            assertThat(anonymous.get("/health").status()).as("public").isEqualTo(200);
            assertThat(anonymous.get("/api/docs").status()).as("public").isEqualTo(200);
            assertThat(anonymous.get("/").status()).as("the dashboard's files are public; its data is not").isEqualTo(200);

            long id = planner.createScenario("small.yaml");
            assertThat(viewer.get("/api/scenarios/" + id).status()).isEqualTo(200);
            TestServer.Response viewerWrites = viewer.post("/api/scenarios", "application/yaml", TestServer.resource("small.yaml"));
            assertThat(viewerWrites.status()).isEqualTo(403);
            OpenApiContract.check("POST", "/api/scenarios", viewerWrites);
            assertThat(viewerWrites.json().get("error").asText()).contains("planner role").contains("viewer");
            assertThat(viewer.post("/api/runs", "application/json", "{\"scenarioId\":" + id + "}").status()).isEqualTo(403);

            // another workspace: as if nothing were there
            assertThat(beta.get("/api/scenarios/" + id).status()).isEqualTo(404);
            assertThat(beta.get("/api/scenarios/" + id + "/map.svg").status()).isEqualTo(404);
            assertThat(beta.get("/api/scenarios").json().get("total").asInt()).isZero();
            assertThat(beta.put("/api/scenarios/" + id, "application/yaml", TestServer.resource("small.yaml"), Map.of()).status()).isEqualTo(404);
            assertThat(beta.post("/api/runs", "application/json", "{\"scenarioId\":" + id + "}").status()).isEqualTo(404);

            long run = planner.startRun(id, "simulate", 3L);
            assertThat(planner.awaitFinal(run, Duration.ofMinutes(2)).get("status").asText()).isEqualTo("succeeded");
            for (String path : List.of("", "/summary", "/report", "/hourly", "/jobs", "/files", "/files/summary.json")) {
                assertThat(beta.get("/api/runs/" + run + path).status()).as(path).isEqualTo(404);
            }
            assertThat(beta.get("/api/runs").json().get("items")).isEmpty();
            assertThat(beta.delete("/api/runs/" + run).status()).isEqualTo(404);
            assertThat(beta.get("/api/compare?a=" + run + "&b=" + run).status()).isEqualTo(404);
            assertThat(viewer.get("/api/runs/" + run + "/summary").status()).isEqualTo(200);

            TestServer.Response plannerDeletes = planner.delete("/api/runs/" + run);
            assertThat(plannerDeletes.status()).as("deleting a finished run is for admins").isEqualTo(403);
            OpenApiContract.check("DELETE", "/api/runs/{id}", plannerDeletes);
            assertThat(planner.delete("/api/scenarios/" + id).status()).isEqualTo(403);
            assertThat(admin.delete("/api/runs/" + run).status()).isEqualTo(204);
            assertThat(admin.delete("/api/scenarios/" + id).status()).isEqualTo(204);

            TestServer.Response who = viewer.get("/api/session");
            OpenApiContract.check("GET", "/api/session", who);
            assertThat(who.json().get("workspace").asText()).isEqualTo("alpha");
            assertThat(who.json().get("role").asText()).isEqualTo("viewer");
            assertThat(who.json().has("csrfToken")).as("no CSRF token without a cookie session").isFalse();
        }
    }

    @Test
    void liveEventsGoOnlyToTheRunsWorkspace() throws Exception {
        ServerConfig config = TestDatabase.all().get(0).config(dir).withAuth(true);
        Tokens tk = tokens(config);
        try (TestServer server = TestServer.start(config)) {
            List<JsonNode> alphaSaw = new ArrayList<>();
            List<JsonNode> betaSaw = new ArrayList<>();
            CompletableFuture<Void> alpha = server.withToken(tk.alphaViewer()).follow(alphaSaw, true);
            CompletableFuture<Void> beta = server.withToken(tk.betaPlanner()).follow(betaSaw, false);
            TestServer planner = server.withToken(tk.alphaPlanner());
            long run = planner.startRun(planner.createScenario("small.yaml"), "simulate", null);
            alpha.get(2, java.util.concurrent.TimeUnit.MINUTES);
            Thread.sleep(3 * 200); // beta would have been sent the same changes by now
            synchronized (alphaSaw) {
                assertThat(alphaSaw).isNotEmpty().allSatisfy(r -> assertThat(r.get("id").asLong()).isEqualTo(run));
            }
            synchronized (betaSaw) {
                assertThat(betaSaw).isEmpty();
            }
            beta.cancel(true);
            assertThat(server.get("/api/runs/events", Map.of("Accept", "text/event-stream")).status()).as("anonymous").isEqualTo(401);
        }
    }

    @Test
    void dashboardSessionsUseHttpOnlyCookiesAndCsrfTokens() {
        ServerConfig config = TestDatabase.all().get(0).config(dir).withAuth(true);
        Tokens tk = tokens(config);
        try (TestServer server = TestServer.start(config)) {
            TestServer.Response bad = server.post("/api/session", "application/json", "{\"token\":\"sgt_nope\"}");
            assertThat(bad.status()).isEqualTo(401);
            OpenApiContract.check("POST", "/api/session", bad);

            TestServer.Response login = server.post("/api/session", "application/json", "{\"token\":\"" + tk.alphaPlanner() + "\"}");
            assertThat(login.status()).isEqualTo(200);
            OpenApiContract.check("POST", "/api/session", login);
            String setCookie = login.header("Set-Cookie");
            assertThat(setCookie).startsWith("stargate_session=").contains("HttpOnly").contains("SameSite=Strict").contains("Path=/")
                    .doesNotContain(tk.alphaPlanner());
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            String csrf = login.json().get("csrfToken").asText();
            assertThat(csrf).hasSizeGreaterThan(20);
            TestServer browser = server.as(Map.of("Cookie", cookie));

            assertThat(browser.get("/api/session").json().get("csrfToken").asText()).isEqualTo(csrf);
            assertThat(browser.get("/api/scenarios").status()).isEqualTo(200);
            TestServer.Response forged = browser.post("/api/scenarios", "application/yaml", TestServer.resource("small.yaml"));
            assertThat(forged.status()).as("a change without the CSRF token").isEqualTo(403);
            assertThat(forged.json().get("error").asText()).contains("X-CSRF-Token");
            assertThat(browser.post("/api/scenarios", "application/yaml", TestServer.resource("small.yaml"), Map.of("X-CSRF-Token", "wrong")).status())
                    .isEqualTo(403);
            assertThat(browser.post("/api/scenarios", "application/yaml", TestServer.resource("small.yaml"), Map.of("X-CSRF-Token", csrf)).status())
                    .isEqualTo(201);

            TestServer.Response logout = browser.delete("/api/session", Map.of("X-CSRF-Token", csrf));
            assertThat(logout.status()).isEqualTo(204);
            assertThat(logout.header("Set-Cookie")).as("the cookie expires").startsWith("stargate_session=;").contains("Expires=Thu, 01 Jan 1970");
            assertThat(browser.get("/api/scenarios").status()).as("the session is over").isEqualTo(401);
        }
    }

    @Test
    void securityHeadersOnEveryKindOfResponse() throws Exception {
        try (TestServer s = TestServer.start(TestDatabase.all().get(0).config(dir))) {
            long run = s.startRun(s.createScenario("small.yaml"), "simulate", null);
            s.awaitFinal(run, Duration.ofMinutes(2));
            for (String path : List.of("/", "/app.js", "/api/scenarios", "/api/nothing", "/health", "/api/runs/" + run + "/report")) {
                TestServer.Response r = s.get(path);
                assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
                assertThat(r.header("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
                assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
                assertThat(r.header("Content-Security-Policy")).as(path).contains("default-src").doesNotContain("unsafe-eval");
            }
            assertThat(s.get("/").header("Content-Security-Policy")).contains("script-src 'self'");
            assertThat(s.get("/api/runs/" + run + "/report").header("Content-Security-Policy")).as("reports run no scripts")
                    .startsWith("default-src 'none'").contains("sandbox");
        }
    }

    @Test
    void requestsBeyondTheRateAreRefusedWithRetryAfter() throws Exception {
        try (TestServer s = TestServer.start(TestDatabase.all().get(0).config(dir).withLimits(5, 2_000_000))) {
            int refused = 0;
            String retryAfter = null;
            for (int i = 0; i < 30; i++) {
                TestServer.Response r = s.get("/api/scenarios");
                if (r.status() == 429) {
                    refused++;
                    retryAfter = r.header("Retry-After");
                    OpenApiContract.check("GET", "/api/scenarios", r);
                } else {
                    assertThat(r.status()).isEqualTo(200);
                }
            }
            assertThat(refused).as("a burst of 10, then 5 a second").isBetween(15, 20);
            assertThat(Long.parseLong(retryAfter)).isPositive();
            Thread.sleep(1200);
            assertThat(s.get("/api/scenarios").status()).as("tokens refill").isEqualTo(200);
            assertThat(s.get("/health").status()).as("operations endpoints are not limited").isEqualTo(200);
        }
    }

    @Test
    void anOpenAddressNeedsAuthentication() {
        ServerConfig open = TestDatabase.all().get(0).config(dir).withHost("0.0.0.0");
        assertThatThrownBy(() -> StargateServer.start(open)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refusing to listen on 0.0.0.0 without authentication").hasMessageContaining("--auth");
        try (StargateServer s = StargateServer.start(open.withAuth(true))) {
            assertThat(s.port()).isPositive();
        }
    }

    @Test
    void runsTooLargeForTheServerAreRefusedBeforeTheyStart() {
        try (TestServer s = TestServer.start(TestDatabase.all().get(0).config(dir).withLimits(50, 1000))) {
            long id = s.createScenario("small.yaml");
            TestServer.Response r = s.post("/api/runs", "application/json", "{\"scenarioId\":" + id + "}");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).contains("2,880 hourly rows").contains("limit of 1,000").contains("stepMinutes");
            assertThat(s.get("/api/runs").json().get("items")).isEmpty();
        }
    }
}
