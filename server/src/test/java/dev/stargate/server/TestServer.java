package dev.stargate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** A server on a free port with an HTTP client, for the API tests. */
public final class TestServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> FINAL = Set.of("succeeded", "failed", "cancelled", "interrupted");

    /** The server, when it runs in this JVM (null for a client of another process). */
    public final StargateServer server;
    public final ServerConfig config;
    public final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Headers sent with every request (e.g. Authorization), or none. */
    private final Map<String, String> defaults;

    public record Response(int status, HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private TestServer(StargateServer server, ServerConfig config, int port, Map<String, String> defaults) {
        this.config = config;
        this.server = server;
        this.base = "http://127.0.0.1:" + port;
        this.defaults = defaults;
    }

    /** A client of a server in another process (closing it closes nothing). */
    public static TestServer connect(int port) {
        return new TestServer(null, null, port, Map.of());
    }

    public static TestServer start(ServerConfig config) {
        StargateServer s = StargateServer.start(config);
        return new TestServer(s, config, s.port(), Map.of());
    }

    /** A client of the same server that sends these headers with every request (the server is closed by the original). */
    public TestServer as(Map<String, String> headers) {
        return new TestServer(server, config, Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), headers);
    }

    /** A client of the same server that authenticates with this token. */
    public TestServer withToken(String token) {
        return as(Map.of("Authorization", "Bearer " + token));
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
    }

    public Response get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    public Response post(String path, String contentType, String body, Map<String, String> headers) {
        Map<String, String> h = new java.util.HashMap<>(headers);
        h.put("Content-Type", contentType);
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)), h);
    }

    public Response post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)), Map.of("Content-Type", contentType));
    }

    public Response put(String path, String contentType, String body, Map<String, String> headers) {
        Map<String, String> h = new java.util.HashMap<>(headers);
        h.put("Content-Type", contentType);
        return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(body)), h);
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), Map.of());
    }

    public Response delete(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), headers);
    }

    private Response send(HttpRequest.Builder b, Map<String, String> headers) {
        defaults.forEach((k, v) -> {
            if (!headers.containsKey(k)) b.header(k, v);
        });
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Saves a test scenario (a resource of this module) and returns its id. */
    public long createScenario(String resource) {
        Response r = post("/api/scenarios", "application/yaml", resource(resource));
        if (r.status() != 201) throw new IllegalStateException("creating " + resource + ": " + r.status() + " " + r.body());
        return r.json().get("id").asLong();
    }

    /** Starts a run and returns its id. */
    public long startRun(long scenarioId, String kind, Long seed) {
        String body = "{\"scenarioId\":" + scenarioId + ",\"kind\":\"" + kind + "\"" + (seed != null ? ",\"seed\":" + seed : "") + "}";
        Response r = post("/api/runs", "application/json", body);
        if (r.status() != 202) throw new IllegalStateException("starting a run: " + r.status() + " " + r.body());
        return r.json().get("id").asLong();
    }

    /** Polls the run until it reaches a final status (or the timeout passes) and returns it. */
    public JsonNode awaitFinal(long runId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        JsonNode run;
        do {
            run = get("/api/runs/" + runId).json();
            if (FINAL.contains(run.get("status").asText())) return run;
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        throw new AssertionError("run " + runId + " did not finish in " + timeout + ": " + run);
    }

    /** Polls until the run is running with some progress. */
    public JsonNode awaitRunning(long runId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        JsonNode run;
        do {
            run = get("/api/runs/" + runId).json();
            if (run.get("status").asText().equals("running") && run.get("progressPercent").asDouble() > 0) return run;
            Thread.sleep(20);
        } while (System.nanoTime() < end);
        throw new AssertionError("run " + runId + " was not seen running in " + timeout + ": " + run);
    }

    /**
     * Follows the live run events (as this client), adding each run to {@code seen}; the future
     * completes when a run has succeeded (if {@code untilDone}) or the stream ends.
     */
    public java.util.concurrent.CompletableFuture<Void> follow(java.util.List<JsonNode> seen, boolean untilDone)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/runs/events")).header("Accept", "text/event-stream").GET();
        defaults.forEach(b::header);
        HttpResponse<InputStream> stream = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (stream.statusCode() != 200) throw new IllegalStateException("events: " + stream.statusCode());
        if (!stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) throw new IllegalStateException("not an event stream");
        return java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.startsWith("data: ")) continue;
                    JsonNode run = JSON.readTree(line.substring(6));
                    synchronized (seen) {
                        seen.add(run);
                    }
                    if (untilDone && run.get("status").asText().equals("succeeded")) return;
                }
            } catch (IOException e) {
                if (untilDone) throw new UncheckedIOException(e);
            }
        });
    }

    public static String resource(String name) {
        try (InputStream in = TestServer.class.getResourceAsStream("/" + name)) {
            if (in == null) throw new IllegalStateException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) server.close();
    }
}
