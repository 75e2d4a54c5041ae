package dev.stargate.server.load;

import dev.stargate.server.ServerConfig;
import dev.stargate.server.StargateServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server under load, in its own JVM so that its memory is measured alone:
 * {@code LoadServer DATA_DIR}. Prints "PORT n" when serving; on "STOP" from standard input prints
 * "PEAK_HEAP_MB x" (the most heap in use, sampled every 10 ms) and exits.
 */
public final class LoadServer {
    private static final long SAMPLE_MS = 10;

    private LoadServer() {}

    public static void main(String[] args) throws Exception {
        ServerConfig c = ServerConfig.defaults().withPort(0).withDataDir(Path.of(args[0]), true).withAuth(true).withVersion("load-test");
        AtomicLong peak = new AtomicLong();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try (StargateServer server = StargateServer.start(c)) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("STOP")) {
                // wait for STOP
            }
            System.out.printf("PEAK_HEAP_MB %.1f%n", peak.get() / 1048576.0);
            System.out.flush();
        }
    }
}
