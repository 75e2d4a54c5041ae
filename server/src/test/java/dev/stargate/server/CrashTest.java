package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server process killed with SIGKILL while a run executes, and again while its results are
 * being written (files inserted, transaction not committed): after each restart no partial result
 * is visible, the run's state is consistent (queued again, then succeeded), and a result completed
 * before the crashes is intact, byte for byte.
 */
class CrashTest {
    @TempDir
    Path dir;

    /** A server JVM and the lines it prints. */
    private record Child(Process process, BlockingQueue<String> lines, TestServer client) {
        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no cleanup
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        void await(String prefix) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < end) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith(prefix)) return;
                if (line == null && !process.isAlive()) throw new AssertionError("the server process exited with " + process.exitValue());
            }
            throw new AssertionError("the server never printed " + prefix);
        }
    }

    @OnEachDatabase
    void killedMidRunAndMidCommitTheStoreStaysConsistent(TestDatabase db) throws Exception {
        ServerConfig config = db.config(dir);
        Map<String, String> env = new HashMap<>();
        if (config.postgres()) {
            env.put("STARGATE_CRASH_DB_URL", config.databaseUrl());
            env.put("STARGATE_CRASH_DB_USER", config.databaseUser());
            env.put("STARGATE_CRASH_DB_PASSWORD", config.databasePassword());
        }
        Child a = start(env, "normal");
        long small;
        long reference;
        long late;
        String completedSummary;
        List<String> completedFiles;
        try {
            long smallScenario = a.client().createScenario("small.yaml");
            small = a.client().startRun(smallScenario, "simulate", 8L);
            assertThat(a.client().awaitFinal(small, Duration.ofMinutes(2)).get("status").asText()).isEqualTo("succeeded");
            completedSummary = a.client().get("/api/runs/" + small + "/summary").body();
            completedFiles = a.client().get("/api/runs/" + small + "/files").json().findValuesAsText("name");
            TestServer.Response created = a.client().post("/api/scenarios", "application/yaml", Files.readString(QueueTest.REFERENCE));
            reference = a.client().startRun(created.json().get("id").asLong(), "simulate", null);
            a.client().awaitRunning(reference, Duration.ofMinutes(1));
            late = a.client().startRun(smallScenario, "simulate", 9L); // accepted a moment before the kill: it must survive
        } finally {
            a.kill(); // mid-run
        }

        Child b = start(env, "pause-before-commit");
        try {
            b.await("COMMITTING " + reference); // the re-queued run wrote its files and waits to commit
            JsonNode run = b.client().get("/api/runs/" + reference).json();
            assertThat(run.get("status").asText()).isEqualTo("running");
            assertThat(b.client().get("/api/runs/" + reference + "/files").status()).as("uncommitted files are not visible").isEqualTo(409);
        } finally {
            b.kill(); // mid-commit
        }

        Child c = start(env, "normal");
        try {
            JsonNode after = c.client().get("/api/runs/" + reference).json();
            assertThat(after.get("status").asText()).as("queued again, not half-succeeded").isIn("queued", "running");
            assertThat(c.client().get("/api/runs/" + reference + "/summary").status()).isEqualTo(409);
            assertThat(c.client().get("/api/runs/" + small + "/summary").body()).as("a completed result is intact").isEqualTo(completedSummary);
            assertThat(c.client().get("/api/runs/" + small + "/files").json().findValuesAsText("name")).isEqualTo(completedFiles);

            JsonNode done = c.client().awaitFinal(reference, Duration.ofMinutes(3));
            assertThat(done.get("status").asText()).isEqualTo("succeeded");
            assertThat(done.get("attempts").asInt()).as("started by each of the three servers").isEqualTo(3);
            assertThat(c.client().get("/api/runs/" + reference + "/summary").json().at("/fleet/sites").asInt()).isEqualTo(12);
            assertThat(c.client().get("/api/runs/" + reference + "/files").json().findValuesAsText("name")).containsAll(completedFiles);
            JsonNode accepted = c.client().awaitFinal(late, Duration.ofMinutes(3));
            assertThat(accepted.get("status").asText()).as("a run accepted just before the kill is not lost").isEqualTo("succeeded");
        } finally {
            c.kill();
        }
    }

    private Child start(Map<String, String> env, String mode) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx1g", "-cp", System.getProperty("java.class.path"), ServerProcess.class.getName(),
                dir.resolve("data").toString(), mode).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Path logs = Path.of("target", "crash-logs");
        Files.createDirectories(logs);
        Path log = logs.resolve("server-" + mode + "-" + p.pid() + ".log"); // kept for the build's artefacts
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                }
            } catch (IOException e) {
                // the process was killed
            }
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("PORT ")) {
                int port = Integer.parseInt(line.substring(5).strip());
                return new Child(p, lines, TestServer.connect(port));
            }
            if (line == null && !p.isAlive()) throw new AssertionError("the server process exited: " + Files.readString(log));
        }
        p.destroyForcibly();
        throw new AssertionError("the server process did not start");
    }
}
