package dev.stargate.server;

import java.nio.file.Path;

/**
 * A server in its own JVM, for the crash tests: {@code ServerProcess DATA_DIR MODE}, with the
 * database from STARGATE_CRASH_DB_URL / _USER / _PASSWORD (embedded H2 in DATA_DIR when unset).
 * Prints "PORT n" when serving. In MODE "pause-before-commit" every result transaction prints
 * "COMMITTING id" with its files written but not committed, then waits to be killed.
 */
public final class ServerProcess {
    private ServerProcess() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        boolean pause = args.length > 1 && args[1].equals("pause-before-commit");
        ServerConfig c = ServerConfig.defaults().withPort(0).withDataDir(dataDir, true).withVersion("crash-test").withWorkers(1, 8);
        String url = System.getenv("STARGATE_CRASH_DB_URL");
        if (url != null) c = c.withDatabase(url, System.getenv("STARGATE_CRASH_DB_USER"), System.getenv("STARGATE_CRASH_DB_PASSWORD"));
        StargateServer server = StargateServer.start(c, runId -> {
            if (!pause) return;
            System.out.println("COMMITTING " + runId);
            System.out.flush();
            try {
                Thread.sleep(600_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("PORT " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
