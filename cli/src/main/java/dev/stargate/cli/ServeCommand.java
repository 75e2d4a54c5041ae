package dev.stargate.cli;

import dev.stargate.server.ServerConfig;
import dev.stargate.server.StargateServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serve the REST API (/api/docs) and the dashboard (/) until stopped (Ctrl-C).",
                "Scenarios and runs are kept in an embedded database under ~/.stargate/ unless --db names a PostgreSQL database.",
                "The database password, when needed, is read from STARGATE_DB_PASSWORD (never from the command line)."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 shares it on the network).")
    String host;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = {"Database, e.g. jdbc:postgresql://localhost:5432/stargate",
            "(default: the embedded database in the data directory)."})
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (PostgreSQL).")
    String dbUser;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Embedded database, scratch and cache files (default: ~/.stargate).")
    Path dataDir;

    @Option(names = "--workers", paramLabel = "N", description = "Runs executed at once (default: one per two cores).")
    Integer workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "16",
            description = "Runs that may wait beyond those executing; more are refused with 429 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--on-restart", paramLabel = "POLICY", defaultValue = "requeue",
            description = "Runs left queued or running by a stopped server: requeue or interrupt (default: ${DEFAULT-VALUE}).")
    String onRestart;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig c = ServerConfig.defaults().withVersion(Version.get()).withHost(host).withPort(port);
        if (dataDir != null) c = c.withDataDir(dataDir, true);
        if (db != null) c = c.withDatabase(db, dbUser, System.getenv("STARGATE_DB_PASSWORD"));
        if (workers != null || queue != c.queueCapacity()) c = c.withWorkers(workers != null ? workers : c.workers(), queue);
        c = c.withOnRestart(switch (onRestart) {
            case "requeue" -> ServerConfig.RestartPolicy.REQUEUE;
            case "interrupt" -> ServerConfig.RestartPolicy.INTERRUPT;
            default -> throw new UserException("--on-restart " + onRestart + " is not requeue or interrupt");
        });
        StargateServer server;
        try {
            server = StargateServer.start(c);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        String shown = host.equals("0.0.0.0") ? "localhost" : host;
        out.printf("Stargate %s: dashboard http://%s:%d/  API docs http://%s:%d/api/docs  (Ctrl-C stops)%n", Version.get(), shown, server.port(),
                shown, server.port());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stargate-shutdown"));
        stopped.await();
        return Main.OK;
    }
}
