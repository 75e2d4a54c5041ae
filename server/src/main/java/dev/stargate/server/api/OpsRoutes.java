package dev.stargate.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stargate.server.Metrics;
import dev.stargate.server.ServerConfig;
import dev.stargate.server.runs.RunService;
import dev.stargate.server.store.Database;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Operations: health, Prometheus metrics, the OpenAPI document and its human-readable page. */
final class OpsRoutes {
    static final String OPENAPI_RESOURCE = "/openapi.json";

    private final Database db;
    private final RunService runs;
    private final Metrics metrics;
    private final ServerConfig config;
    private final String openApi;
    private final String docsPage;

    OpsRoutes(Database db, RunService runs, Metrics metrics, ServerConfig config, ObjectMapper json) {
        this.db = db;
        this.runs = runs;
        this.metrics = metrics;
        this.config = config;
        this.openApi = resource(OPENAPI_RESOURCE).replace("${version}", config.version());
        try {
            JsonNode doc = json.readTree(openApi);
            this.docsPage = ApiDocsPage.render(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled OpenAPI document does not parse", e);
        }
    }

    void register(JavalinDefaultRoutingApi r) {
        r.get("/health", this::health);
        r.get("/metrics", ctx -> ctx.contentType(metrics.contentType()).result(metrics.scrape()));
        r.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        r.get("/api/docs", ctx -> ctx.html(docsPage));
    }

    private void health(Context ctx) {
        boolean dbUp = db.healthy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", dbUp ? "up" : "down");
        body.put("version", config.version());
        body.put("database", Map.of("kind", config.postgres() ? "postgresql" : "h2", "url", db.describe(), "up", dbUp));
        body.put("runs", Map.of("queued", runs.queuedCount(), "running", runs.runningCount(), "workers", config.workers(),
                "queueCapacity", config.queueCapacity()));
        ctx.status(dbUp ? 200 : 503).json(body);
    }

    static String resource(String name) {
        try (InputStream in = OpsRoutes.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the jar");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
