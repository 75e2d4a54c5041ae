package dev.stargate.server.load;

import dev.stargate.server.ServerConfig;
import dev.stargate.server.Trees;
import dev.stargate.server.auth.Role;
import dev.stargate.server.store.Database;
import dev.stargate.server.store.TokenStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under load on loopback: a server in its own JVM (embedded database, authentication
 * on, default limits), {@code readers} clients reading results as fast as they are answered and
 * {@code submitters} clients starting runs and following them, each client with its own token,
 * for {@code seconds}. Counts every answer; an error is anything but a success or an intended 429
 * (a failed connection, a timeout, a 5xx, any other 4xx).
 */
public final class LoadTest {
    /** Each request's timeout: a slower answer counts as an error. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** How often a submitter looks at its run. */
    private static final long POLL_MS = 250;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    /** Rows of the result table besides the read endpoints. */
    public static final String ALL_READS = "all reads by readers";
    public static final String POLL = "GET /api/runs/{id} (submitters following runs)";
    public static final String SUBMIT = "POST /api/runs";

    /** What to run. */
    public record Settings(int seconds, int readers, int submitters, String serverHeap) {
        public Settings {
            if (seconds < 1 || readers < 0 || submitters < 0 || readers + submitters < 1) {
                throw new IllegalArgumentException("need at least 1 second and 1 client");
            }
        }
    }

    /** Latencies of one kind of request. */
    public record Latency(String kind, long answered, double perSecond, double p50Ms, double p99Ms, double maxMs) {}

    /** The outcome. */
    public record Result(Settings settings, List<Latency> latencies, long refused429, long errors, List<String> errorSamples,
                         long runsSucceeded, double peakHeapMb) {
        public void print(PrintWriter out) {
            out.printf(Locale.ROOT, "Server load: %d readers and %d submitters for %d s on loopback; server heap -Xmx%s%n%n",
                    settings.readers(), settings.submitters(), settings.seconds(), settings.serverHeap());
            out.println("| requests | answered | per second | p50 ms | p99 ms | max ms |");
            out.println("|---|---:|---:|---:|---:|---:|");
            for (Latency l : latencies) {
                out.printf(Locale.ROOT, "| %s | %,d | %,.0f | %.1f | %.1f | %.1f |%n", l.kind(), l.answered(), l.perSecond(), l.p50Ms(), l.p99Ms(), l.maxMs());
            }
            out.printf(Locale.ROOT, "%nRefused with 429 (rate limit or full queue, intended): %,d; errors: %,d; runs completed: %,d; "
                    + "server peak heap: %.0f MB%n", refused429, errors, runsSucceeded, peakHeapMb);
            for (String e : errorSamples) out.println("  error: " + e);
            out.flush();
        }
    }

    private final Settings settings;
    private final PrintWriter log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong runsSucceeded = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    /** Latencies (ns) by kind of request: the read endpoints, run polls, run submissions. */
    private final java.util.Map<String, ConcurrentLinkedQueue<long[]>> latencies = new java.util.concurrent.ConcurrentHashMap<>();
    private String base;

    private LoadTest(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    public static Result run(Settings settings, PrintWriter log) throws Exception {
        return new LoadTest(settings, log).run();
    }

    private Result run() throws Exception {
        Path tmp = Files.createTempDirectory("stargate-load");
        Path data = tmp.resolve("data");
        try {
            List<String> readerTokens = new ArrayList<>();
            List<String> submitterTokens = new ArrayList<>();
            String admin;
            ServerConfig c = ServerConfig.defaults().withDataDir(data, true);
            try (Database db = Database.open(c.databaseUrl(), null, null, data)) {
                TokenStore tokens = new TokenStore(db.jdbi());
                admin = tokens.create("load admin", "load", Role.ADMIN).secret();
                for (int i = 0; i < settings.readers(); i++) readerTokens.add(tokens.create("reader " + i, "load", Role.VIEWER).secret());
                for (int i = 0; i < settings.submitters(); i++) submitterTokens.add(tokens.create("submitter " + i, "load", Role.PLANNER).secret());
            }
            String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process server = new ProcessBuilder(javaBin, "-Xmx" + settings.serverHeap(), "-cp", System.getProperty("java.class.path"),
                    LoadServer.class.getName(), data.toString()).redirectErrorStream(true).start();
            BlockingQueue<String> lines = follow(server.getInputStream(), tmp.resolve("server.log"));
            try {
                base = "http://127.0.0.1:" + Integer.parseInt(await(lines, server, "PORT "));
                return load(admin, readerTokens, submitterTokens, server, lines);
            } finally {
                server.destroyForcibly();
                server.waitFor(30, TimeUnit.SECONDS);
            }
        } finally {
            Trees.delete(tmp);
        }
    }

    private Result load(String admin, List<String> readers, List<String> submitters, Process server, BlockingQueue<String> lines)
            throws Exception {
        String scenarioText = resource("/load/scenario.yaml");
        HttpResponse<String> created = send(admin, HttpRequest.newBuilder(uri("/api/scenarios")).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(scenarioText)));
        if (created.statusCode() != 201) throw new IllegalStateException("creating the load scenario: " + created.body());
        long scenario = id(created.body());
        long seed = id(send(admin, HttpRequest.newBuilder(uri("/api/runs")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"scenarioId\":" + scenario + "}"))).body());
        while (!status(send(admin, HttpRequest.newBuilder(uri("/api/runs/" + seed)).GET()).body()).equals("succeeded")) Thread.sleep(POLL_MS);
        log.printf(Locale.ROOT, "load: server on %s, run %d ready; %d readers and %d submitters for %d s%n", base, seed, readers.size(),
                submitters.size(), settings.seconds());
        log.flush();

        String[] reads = {"/api/runs/" + seed + "/summary", "/api/runs/" + seed + "/hourly?points=200&columns=itMw,facilityMw,carbonKg",
                "/api/runs?limit=20", "/api/scenarios/" + scenario, "/api/runs/" + seed + "/jobs", "/api/catalogue/accelerators",
                "/api/runs/" + seed, "/api/compare?a=" + seed + "&b=" + seed};
        String[] kinds = {"GET /api/runs/{id}/summary", "GET /api/runs/{id}/hourly?points=200", "GET /api/runs?limit=20", "GET /api/scenarios/{id}",
                "GET /api/runs/{id}/jobs", "GET /api/catalogue/accelerators", "GET /api/runs/{id}", "GET /api/compare"};
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(settings.seconds());
        CountDownLatch done = new CountDownLatch(readers.size() + submitters.size());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            String token = readers.get(i);
            int offset = i;
            threads.add(new Thread(() -> {
                LongList[] lat = new LongList[reads.length];
                for (int k = 0; k < lat.length; k++) lat[k] = new LongList();
                try {
                    for (int k = offset; System.nanoTime() < deadline; k++) {
                        timed(token, HttpRequest.newBuilder(uri(reads[k % reads.length])).GET(), lat[k % reads.length], deadline);
                    }
                } finally {
                    for (int k = 0; k < lat.length; k++) record(kinds[k], lat[k]);
                    done.countDown();
                }
            }, "reader-" + i));
        }
        for (int i = 0; i < submitters.size(); i++) {
            String token = submitters.get(i);
            threads.add(new Thread(() -> {
                LongList lat = new LongList();
                LongList polls = new LongList();
                try {
                    submit(token, scenario, deadline, lat, polls);
                } finally {
                    record(SUBMIT, lat);
                    record(POLL, polls);
                    done.countDown();
                }
            }, "submitter-" + i));
        }
        threads.forEach(Thread::start);
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;

        OutputStream stdin = server.getOutputStream();
        stdin.write("STOP\n".getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        double peak = Double.parseDouble(await(lines, server, "PEAK_HEAP_MB "));
        List<Latency> table = new ArrayList<>();
        ConcurrentLinkedQueue<long[]> allReads = new ConcurrentLinkedQueue<>();
        for (String k : kinds) {
            table.add(stats(k, latencies.getOrDefault(k, new ConcurrentLinkedQueue<>()), seconds));
            allReads.addAll(latencies.getOrDefault(k, new ConcurrentLinkedQueue<>()));
        }
        table.add(0, stats(ALL_READS, allReads, seconds));
        table.add(stats(POLL, latencies.getOrDefault(POLL, new ConcurrentLinkedQueue<>()), seconds));
        table.add(stats(SUBMIT, latencies.getOrDefault(SUBMIT, new ConcurrentLinkedQueue<>()), seconds));
        return new Result(settings, table, refused.get(), errors.get(), errorSamples.stream().limit(5).toList(), runsSucceeded.get(), peak);
    }

    private void record(String kind, LongList lat) {
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(lat.toArray());
    }

    /** Starts runs one after another, following each to its end; on 429 waits as told. */
    private void submit(String token, long scenario, long deadline, LongList lat, LongList polls) {
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = timed(token, HttpRequest.newBuilder(uri("/api/runs")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"scenarioId\":" + scenario + "}")), lat, deadline);
            if (r == null) continue;
            if (r.statusCode() == 429) {
                long wait = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                sleepUntil(Math.min(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(wait)));
                continue;
            }
            if (r.statusCode() != 202) continue;
            long run = id(r.body());
            while (System.nanoTime() < deadline) {
                sleepUntil(Math.min(deadline, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(POLL_MS)));
                HttpResponse<String> s = timed(token, HttpRequest.newBuilder(uri("/api/runs/" + run)).GET(), polls, deadline);
                if (s == null || s.statusCode() != 200) continue;
                String status = status(s.body());
                if (status.equals("succeeded")) runsSucceeded.incrementAndGet();
                if (!status.equals("queued") && !status.equals("running")) break;
            }
        }
    }

    /** Sends and records the latency and outcome; null when it failed (counted as an error) or was refused with 429. */
    private HttpResponse<String> timed(String token, HttpRequest.Builder b, LongList lat, long deadline) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = send(token, b);
            lat.add(System.nanoTime() - t0);
            int code = r.statusCode();
            if (code == 429) {
                refused.incrementAndGet();
                String wait = r.headers().firstValue("Retry-After").orElse("1");
                if (!b.build().method().equals("POST")) sleepUntil(Math.min(deadline, System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(wait))));
                return r;
            }
            if (code >= 400) error(b.build().method() + " " + b.build().uri().getPath() + " → " + code + " " + r.body());
            return r;
        } catch (IOException e) {
            error(b.build().method() + " " + b.build().uri().getPath() + " → " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void error(String what) {
        errors.incrementAndGet();
        if (errorSamples.size() < 20) errorSamples.add(what);
    }

    private HttpResponse<String> send(String token, HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.header("Authorization", "Bearer " + token).timeout(REQUEST_TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static Latency stats(String kind, ConcurrentLinkedQueue<long[]> parts, double seconds) {
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length == 0) return new Latency(kind, 0, 0, 0, 0, 0);
        return new Latency(kind, all.length, all.length / seconds, all[(int) (0.50 * (all.length - 1))] / 1e6,
                all[(int) (0.99 * (all.length - 1))] / 1e6, all[all.length - 1] / 1e6);
    }

    private static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) throw new IllegalStateException("no id in " + json);
        return Long.parseLong(m.group(1));
    }

    private static String status(String json) {
        Matcher m = STATUS.matcher(json);
        return m.find() ? m.group(1) : "";
    }

    private static void sleepUntil(long nanos) {
        long ms = TimeUnit.NANOSECONDS.toMillis(nanos - System.nanoTime());
        if (ms <= 0) return;
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LoadTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The server's output lines, also written to {@code file}. */
    private static BlockingQueue<String> follow(InputStream in, Path file) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                 PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                    w.println(line);
                }
            } catch (IOException e) {
                // the server exited
            }
        }, "load-server-output");
        t.setDaemon(true);
        t.start();
        return lines;
    }

    private static String await(BlockingQueue<String> lines, Process p, String prefix) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) return line.substring(prefix.length()).strip();
            if (line == null && !p.isAlive()) throw new IllegalStateException("the load server exited with " + p.exitValue());
        }
        throw new IllegalStateException("the load server did not print " + prefix);
    }

    /** A growable list of longs (latencies in ns), one per client thread. */
    private static final class LongList {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
