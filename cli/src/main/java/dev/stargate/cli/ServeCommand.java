package dev.stargate.cli;

import dev.stargate.server.ServerConfig;
import dev.stargate.server.StargateServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serve the REST API (/api/docs) and the dashboard (/) until stopped (Ctrl-C).",
                "Scenarios and runs are kept in an embedded database under ~/.stargate/ unless --db names a PostgreSQL database.",
                "The database password, when needed, is read from STARGATE_DB_PASSWORD (never from the command line).",
                "Without --auth the server answers only this machine (loopback) and every request acts as admin."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 shares it on the network).")
    String host;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--auth", description = {"Require API tokens (stargate token create); each token sees only its workspace.",
            "Needed to listen on anything but loopback."})
    boolean auth;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "50",
            description = "API requests per second per token (or per address), bursts of twice that (default: ${DEFAULT-VALUE}).")
    double rateLimit;

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
        ServerConfig c = database.apply(ServerConfig.defaults().withVersion(Version.get()).withHost(host).withPort(port).withAuth(auth));
        if (!(rateLimit > 0)) throw new UserException("--rate-limit must be above 0, got " + rateLimit);
        c = c.withLimits(rateLimit, c.maxHourlyRows());
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
