package dev.stargate.server;

import dev.stargate.server.api.Api;
import dev.stargate.server.runs.RunEvents;
import dev.stargate.server.runs.RunService;
import dev.stargate.server.store.Database;
import dev.stargate.server.store.RunStore;
import dev.stargate.server.store.ScenarioStore;
import dev.stargate.server.store.TokenStore;
import io.javalin.Javalin;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Stargate server: the store (migrated at start), the run queue (with runs left in
 * flight by a previous server recovered), live events and the HTTP API and dashboard.
 */
public final class StargateServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StargateServer.class);

    private final Database db;
    private final RunEvents events;
    private final RunService runs;
    private final Api api;
    private final Javalin app;

    private StargateServer(ServerConfig config, RunStore.BeforeCommit beforeCommit) {
        if (!config.auth() && !config.loopbackOnly()) {
            throw new IllegalArgumentException("refusing to listen on " + config.host() + " without authentication: anyone who can reach it "
                    + "could read and change every scenario; add --auth (and make tokens with stargate token create), or listen on 127.0.0.1");
        }
        this.db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword(), config.dataDir());
        Metrics metrics = new Metrics();
        RunStore runStore = new RunStore(db.jdbi(), beforeCommit);
        ScenarioStore scenarioStore = new ScenarioStore(db.jdbi());
        this.events = new RunEvents(dev.stargate.server.api.Json.mapper(), config.maxEventClients());
        metrics.eventClients(events::clients);
        this.runs = new RunService(runStore, config, metrics, events::publish);
        TokenStore tokens = new TokenStore(db.jdbi());
        this.api = new Api(config, db, scenarioStore, runStore, tokens, runs, events, metrics);
        if (config.auth() && tokens.list().stream().noneMatch(t -> t.revokedAt() == null)) {
            LOG.warn("authentication is on but there is no active token: make one with stargate token create --workspace W --role admin");
        }
        this.app = api.create();
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            api.close();
            events.close();
            runs.close();
            db.close();
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + " (" + e.getMessage()
                    + "); is another server using the port? choose another with --port", e);
        }
        runs.recover();
        LOG.info("Stargate {} serving http://{}:{}/ (database {}, {} workers, {} waiting runs at most, authentication {})", config.version(),
                config.host(), app.port(), db.describe(), config.workers(), config.queueCapacity(), config.auth() ? "on" : "off");
    }

    /** Starts a server; the store is migrated and interrupted runs are recovered before it returns. */
    public static StargateServer start(ServerConfig config) {
        return new StargateServer(config, RunStore.NO_HOOK);
    }

    /** A server whose result transactions call {@code beforeCommit} (fault-injection tests only). */
    public static StargateServer start(ServerConfig config, RunStore.BeforeCommit beforeCommit) {
        return new StargateServer(config, beforeCommit);
    }

    public int port() {
        return app.port();
    }

    /** Every route the server answers, as "METHOD /path" (for the OpenAPI completeness test). */
    public List<String> routes() {
        return api.routes();
    }

    /**
     * Ends the live-event streams, stops taking requests, stops the workers (runs in flight are
     * recovered at the next start) and closes the store.
     */
    @Override
    public void close() {
        events.close(); // while the HTTP server still runs, so that the streams end cleanly
        app.stop();
        api.close();
        runs.close();
        db.close();
    }
}
