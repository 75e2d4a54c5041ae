package dev.stargate.server;

import dev.stargate.server.api.Api;
import dev.stargate.server.runs.RunEvents;
import dev.stargate.server.runs.RunService;
import dev.stargate.server.store.Database;
import dev.stargate.server.store.RunStore;
import dev.stargate.server.store.ScenarioStore;
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

    private StargateServer(ServerConfig config) {
        this.db = Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword(), config.dataDir());
        Metrics metrics = new Metrics();
        RunStore runStore = new RunStore(db.jdbi());
        ScenarioStore scenarioStore = new ScenarioStore(db.jdbi());
        this.events = new RunEvents(dev.stargate.server.api.Json.mapper(), config.maxEventClients());
        metrics.eventClients(events::clients);
        this.runs = new RunService(runStore, config, metrics, events::publish);
        this.api = new Api(config, db, scenarioStore, runStore, runs, events, metrics);
        this.app = api.create();
        app.start(config.host(), config.port());
        runs.recover();
        LOG.info("Stargate {} serving http://{}:{}/ (database {}, {} workers, {} waiting runs at most)", config.version(), config.host(),
                app.port(), db.describe(), config.workers(), config.queueCapacity());
    }

    /** Starts a server; the store is migrated and interrupted runs are recovered before it returns. */
    public static StargateServer start(ServerConfig config) {
        return new StargateServer(config);
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
        runs.close();
        db.close();
    }
}
