package dev.stargate.cli;

import dev.stargate.server.load.LoadTest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load-test", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Load the server on loopback: a server in its own JVM (embedded database, authentication on), clients",
                "reading results and clients starting runs, each with its own token. Prints latencies, 429s, errors and the",
                "server's peak heap (docs/performance.md). Exit code 1 when any request failed."})
final class LoadTestCommand implements Callable<Integer> {
    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "How long (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--readers", paramLabel = "N", defaultValue = "200", description = "Clients reading results (default: ${DEFAULT-VALUE}).")
    int readers;

    @Option(names = "--submitters", paramLabel = "N", defaultValue = "10", description = "Clients starting runs (default: ${DEFAULT-VALUE}).")
    int submitters;

    @Option(names = "--server-heap", paramLabel = "SIZE", defaultValue = "2g", description = "The server's -Xmx (default: ${DEFAULT-VALUE}).")
    String heap;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadTest.Settings settings;
        try {
            settings = new LoadTest.Settings(seconds, readers, submitters, heap);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        LoadTest.Result r = LoadTest.run(settings, spec.commandLine().getErr());
        r.print(out);
        return r.errors() == 0 ? Main.OK : Main.INTERNAL_ERROR;
    }
}
