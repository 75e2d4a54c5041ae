package dev.stargate.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stargate.model.input.InvalidInputException;
import dev.stargate.server.Metrics;
import dev.stargate.server.ServerConfig;
import dev.stargate.server.runs.QueueFull;
import dev.stargate.server.runs.RunEvents;
import dev.stargate.server.runs.RunService;
import dev.stargate.server.store.Database;
import dev.stargate.server.store.RunStore;
import dev.stargate.server.store.ScenarioStore;
import dev.stargate.server.store.TokenStore;
import dev.stargate.server.auth.RateLimiter;
import dev.stargate.server.auth.Sessions;
import java.sql.SQLException;
import java.time.Duration;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP surface: JSON API, live events, operations endpoints and the dashboard's static files.
 * Errors are JSON {"error": …} (plus "problems" for scenario input, each with file, line, column,
 * path and the CLI's exact text); nothing answers with a stack trace.
 */
public final class Api implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    /** Request threads, and open connections (which bound the requests waiting for a thread). */
    private static final int MAX_THREADS = 64;
    private static final int MIN_THREADS = 4;
    private static final int MAX_CONNECTIONS = 512;
    /** Dashboard sessions kept, and how long one lasts. */
    private static final int MAX_SESSIONS = 10_000;
    private static final Duration SESSION_TTL = Duration.ofHours(12);
    /** Clients (tokens or addresses) whose request rates are tracked. */
    private static final int MAX_RATE_CLIENTS = 10_000;
    /** Run directories kept on local disk for file queries. */
    private static final int CACHED_RUNS = 8;
    /**
     * The dashboard's content policy: its own scripts, styles and images only (inline style
     * attributes for bar widths), framed only by itself, nothing fetched from elsewhere.
     */
    static final String DASHBOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'; object-src 'none'";
    /** Headers on every response. */
    static final Map<String, String> SECURITY_HEADERS = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "SAMEORIGIN",
            "Referrer-Policy", "no-referrer", "Content-Security-Policy", DASHBOARD_CSP, "Cache-Control", "no-store");

    private final ServerConfig config;
    private final ObjectMapper json = Json.mapper();
    private final Metrics metrics;
    private final ScenarioRoutes scenarioRoutes;
    private final RunRoutes runRoutes;
    private final CatalogueRoutes catalogueRoutes = new CatalogueRoutes();
    private final OpsRoutes opsRoutes;
    private final SessionRoutes sessionRoutes;
    private final Access access;
    private final List<String> routes = new CopyOnWriteArrayList<>();
    private final HourlyQuery hourlyQuery;

    public Api(ServerConfig config, Database db, ScenarioStore scenarios, RunStore runStore, TokenStore tokens, RunService runs,
               RunEvents events, Metrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.access = new Access(config.auth(), tokens, new Sessions(MAX_SESSIONS, SESSION_TTL),
                new RateLimiter(config.requestsPerSecond(), 2 * config.requestsPerSecond(), MAX_RATE_CLIENTS), tokens.workspace("default"));
        this.sessionRoutes = new SessionRoutes(access, json);
        this.scenarioRoutes = new ScenarioRoutes(scenarios);
        RunFilesCache cache = new RunFilesCache(config.dataDir().resolve("cache"), runStore, CACHED_RUNS);
        try {
            this.hourlyQuery = new HourlyQuery();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB for the hourly queries: " + e.getMessage(), e);
        }
        this.runRoutes = new RunRoutes(runs, runStore, scenarios, events, cache, hourlyQuery, json);
        this.opsRoutes = new OpsRoutes(db, runs, metrics, config, json);
    }

    public Javalin create() {
        return Javalin.create(this::configure);
    }

    public List<String> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        try {
            hourlyQuery.close();
        } catch (SQLException e) {
            LOG.warn("closing DuckDB: {}", e.getMessage());
        }
    }

    private void configure(JavalinConfig c) {
        c.startup.showJavalinBanner = false;
        c.jsonMapper(new JavalinJackson(json, false));
        c.http.maxRequestSize = config.maxRequestBytes();
        c.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
        c.jetty.modifyServer(server -> server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server)));
        c.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            sf.directory = "/public";
            sf.location = Location.CLASSPATH;
            sf.headers = SECURITY_HEADERS;
        });
        c.events.handlerAdded(h -> {
            if (h.getHttpMethod() != HandlerType.BEFORE && h.getHttpMethod() != HandlerType.AFTER) routes.add(h.getHttpMethod() + " " + h.getPath());
        });
        c.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), route(ctx), ctx.status().getCode(), ms / 1000.0));
        c.routes.before("/api/*", access::check);
        c.routes.after(ctx -> SECURITY_HEADERS.forEach((k, v) -> {
            if (ctx.res().getHeader(k) == null) ctx.header(k, v);
        }));
        sessionRoutes.register(c.routes);
        scenarioRoutes.register(c.routes);
        runRoutes.register(c.routes);
        catalogueRoutes.register(c.routes);
        opsRoutes.register(c.routes);
        c.routes.exception(InvalidInputException.class, (e, ctx) -> ctx.status(400).json(
                ScenarioRoutes.problemsBody("the scenario has " + e.problems().stream().filter(p -> p.isError()).count()
                        + " problems; fix them and send it again", e.problems())));
        c.routes.exception(ApiException.class, (e, ctx) -> {
            e.headers.forEach(ctx::header);
            ctx.status(e.status).json(Map.of("error", e.getMessage()));
        });
        c.routes.exception(QueueFull.class, (e, ctx) -> ctx.status(429).header("Retry-After", Long.toString(e.retryAfterSeconds))
                .json(Map.of("error", e.getMessage())));
        c.routes.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(400).json(Map.of("error", e.getMessage())));
        c.routes.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus()).json(Map.of("error", e.getMessage())));
        c.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} failed", describe(ctx), e);
            ctx.status(500).json(Map.of("error", "internal error (" + e.getClass().getSimpleName() + "); the server log has the details"));
        });
    }

    private static String describe(Context ctx) {
        try {
            return ctx.method() + " " + ctx.path();
        } catch (RuntimeException e) {
            return "a request";
        }
    }

    /** The matched route's path template (a bounded set of label values), or "unmatched". */
    private static String route(Context ctx) {
        try {
            var e = ctx.endpoints().matchedHttpEndpoint();
            return e == null ? "unmatched" : e.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
