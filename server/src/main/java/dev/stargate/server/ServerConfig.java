package dev.stargate.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * How a server runs. {@link #defaults()} gives a single-user server on loopback with an embedded
 * database under ~/.stargate/ and no authentication; every field is a {@code stargate serve} option.
 *
 * @param host interface to listen on (loopback by default; another needs {@code auth})
 * @param port TCP port (0 picks a free one)
 * @param databaseUrl JDBC URL: jdbc:h2:file:… (embedded) or jdbc:postgresql://…
 * @param databaseUser user for PostgreSQL (may be null when the URL carries it)
 * @param databasePassword password for PostgreSQL (may be null)
 * @param dataDir where the embedded database, scratch space and the run-file cache live
 * @param workers runs executed at once
 * @param queueCapacity runs waiting beyond those executing; more are refused with 429
 * @param planThreads site LPs a plan run solves at once
 * @param onRestart what happens to runs that were queued or running when the server stopped
 * @param maxRequestBytes largest request body accepted (413 beyond)
 * @param maxEventClients live-progress (server-sent events) connections at once (503 beyond)
 * @param auth API tokens and workspaces required (stargate token create); off only on loopback
 * @param requestsPerSecond API requests per second per token (or per address), with bursts of twice that
 * @param maxHourlyRows largest hourly table (steps × sites) a run may record, bounding a run's memory
 * @param version the Stargate version shown in reports and /health
 */
public record ServerConfig(String host, int port, String databaseUrl, String databaseUser, String databasePassword, Path dataDir,
                           int workers, int queueCapacity, int planThreads, RestartPolicy onRestart, long maxRequestBytes,
                           int maxEventClients, boolean auth, double requestsPerSecond, long maxHourlyRows, String version) {

    /** What to do at start-up with runs left queued or running by a server that stopped. */
    public enum RestartPolicy {
        /** Queue them again (from the start: runs are deterministic, so the result is the same). */
        REQUEUE,
        /** Mark them interrupted, with a message saying so; the user starts them again. */
        INTERRUPT
    }

    public ServerConfig {
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        if (queueCapacity < 0) throw new IllegalArgumentException("queue capacity must be at least 0, got " + queueCapacity);
        if (planThreads < 1) throw new IllegalArgumentException("plan threads must be at least 1, got " + planThreads);
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        if (!(requestsPerSecond > 0)) throw new IllegalArgumentException("requests per second must be above 0, got " + requestsPerSecond);
        if (maxHourlyRows < 1) throw new IllegalArgumentException("max hourly rows must be at least 1, got " + maxHourlyRows);
    }

    /**
     * Loopback, port 8080, embedded database in ~/.stargate/, one worker per two cores, 16 waiting
     * runs, no authentication, 50 requests per second, hourly tables up to 2 million rows.
     */
    public static ServerConfig defaults() {
        Path dir = Path.of(System.getProperty("user.home"), ".stargate");
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = Math.max(1, cores / 2);
        return new ServerConfig("127.0.0.1", 8080, embeddedUrl(dir), null, null, dir, workers, 16, Math.max(1, cores / workers),
                RestartPolicy.REQUEUE, 8L << 20, 64, false, 50, 2_000_000, "unknown");
    }

    /**
     * The embedded database's URL for a data directory. One process at a time opens it (H2's
     * file lock); sharing it would need H2's TCP server, which Stargate does not open. Every commit
     * is written out at once (WRITE_DELAY=0; H2 would otherwise wait up to 0.5 s), so a killed
     * server loses no committed change.
     */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("stargate") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** True when {@code host} only accepts connections from this machine. */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public boolean postgres() {
        return databaseUrl.startsWith("jdbc:postgresql:");
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, databaseUrl, databaseUser, databasePassword, dataDir, workers, queueCapacity, planThreads,
                onRestart, maxRequestBytes, maxEventClients, auth, requestsPerSecond, maxHourlyRows, version);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, databaseUrl, databaseUser, databasePassword, dataDir, workers, queueCapacity, planThreads,
                onRestart, maxRequestBytes, maxEventClients, auth, requestsPerSecond, maxHourlyRows, version);
    }

    public ServerConfig withDatabase(String url, String user, String password) {
        return new ServerConfig(host, port, url, user, password, dataDir, workers, queueCapacity, planThreads, onRestart,
                maxRequestBytes, maxEventClients, auth, requestsPerSecond, maxHourlyRows, version);
    }

    public ServerConfig withDataDir(Path dir, boolean embeddedDatabase) {
        return new ServerConfig(host, port, embeddedDatabase ? embeddedUrl(dir) : databaseUrl, databaseUser, databasePassword, dir,
                workers, queueCapacity, planThreads, onRestart, maxRequestBytes, maxEventClients, auth, requestsPerSecond, maxHourlyRows,
                version);
    }

    public ServerConfig withWorkers(int w, int queue) {
        return new ServerConfig(host, port, databaseUrl, databaseUser, databasePassword, dataDir, w, queue, planThreads, onRestart,
                maxRequestBytes, maxEventClients, auth, requestsPerSecond, maxHourlyRows, version);
    }

    public ServerConfig withOnRestart(RestartPolicy p) {
        return new ServerConfig(host, port, databaseUrl, databaseUser, databasePassword, dataDir, workers, queueCapacity, planThreads,
                p, maxRequestBytes, maxEventClients, auth, requestsPerSecond, maxHourlyRows, version);
    }

    public ServerConfig withAuth(boolean a) {
        return new ServerConfig(host, port, databaseUrl, databaseUser, databasePassword, dataDir, workers, queueCapacity, planThreads,
                onRestart, maxRequestBytes, maxEventClients, a, requestsPerSecond, maxHourlyRows, version);
    }

    public ServerConfig withLimits(double perSecond, long hourlyRows) {
        return new ServerConfig(host, port, databaseUrl, databaseUser, databasePassword, dataDir, workers, queueCapacity, planThreads,
                onRestart, maxRequestBytes, maxEventClients, auth, perSecond, hourlyRows, version);
    }

    public ServerConfig withVersion(String v) {
        return new ServerConfig(host, port, databaseUrl, databaseUser, databasePassword, dataDir, workers, queueCapacity, planThreads,
                onRestart, maxRequestBytes, maxEventClients, auth, requestsPerSecond, maxHourlyRows, v);
    }
}
