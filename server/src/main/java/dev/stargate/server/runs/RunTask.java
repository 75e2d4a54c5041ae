package dev.stargate.server.runs;

import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.planner.Planner;
import dev.stargate.report.RunPipeline;
import dev.stargate.server.ScenarioText;
import dev.stargate.server.ServerConfig;
import dev.stargate.server.Trees;
import dev.stargate.server.store.RunKind;
import dev.stargate.server.store.RunRecord;
import dev.stargate.server.store.RunStatus;
import dev.stargate.server.store.RunStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes one run on a worker: the same pipeline as the CLI (simulate, or plan then simulate the
 * planned fleet's last year) into a scratch directory, then every file of that directory into the
 * store with the run's success, in one transaction.
 */
final class RunTask {
    private static final Logger LOG = LoggerFactory.getLogger(RunTask.class);
    /** Share of a plan run's progress bar given to planning; the planned fleet's simulation takes the rest. */
    private static final double PLAN_SHARE = 0.5;
    /** Share of the progress bar before the results are stored (the store's commit makes it 100 %). */
    private static final double BEFORE_STORING = 0.97;
    /** Progress is written to the store at most this often (it is live in memory in between). */
    private static final long STORE_EVERY_NANOS = 1_000_000_000L;
    /** Change events at most this often per run. */
    private static final long EVENT_EVERY_NANOS = 250_000_000L;

    record Outcome(String kind, RunStatus status, double seconds) {}

    private final RunStore store;
    private final ServerConfig config;
    private final LongConsumer changed;

    RunTask(RunStore store, ServerConfig config, LongConsumer changed) {
        this.store = store;
        this.config = config;
        this.changed = changed;
    }

    /** Runs it; null when it never started (cancelled while waiting). */
    Outcome execute(long id, LiveRun l) {
        if (l.cancelled || !store.start(id)) return null;
        l.started = true;
        changed.accept(id);
        long t0 = System.nanoTime();
        RunRecord r = store.get(id).orElseThrow();
        Path dir = null;
        try {
            dir = Files.createTempDirectory(scratch(), "run-" + id + "-");
            Reporter rep = new Reporter(id, l);
            LoadedScenario ls = ScenarioText.load(r.scenarioSource(), "run " + id + " (scenario " + r.scenarioName() + " v" + r.scenarioVersion() + ")");
            if (r.kind() == RunKind.SIMULATE) {
                RunPipeline.simulate(ls, r.seed(), rep::update, dir, config.version());
            } else {
                double limit = r.timeLimitSeconds() != null ? r.timeLimitSeconds() : ls.scenario().planning().timeLimitSeconds();
                rep.stage("planning");
                long p0 = System.nanoTime();
                Planner.Outcome o = RunPipeline.plan(ls, r.timeLimitSeconds(), config.planThreads(), false,
                        line -> rep.update(PLAN_SHARE * Math.min(1, (System.nanoTime() - p0) / 1e9 / limit), line));
                RunPipeline.simulatePlan(ls, o, (p, stage) -> rep.update(PLAN_SHARE + (1 - PLAN_SHARE) * p, "planned fleet: " + stage),
                        dir, config.version());
            }
            l.checkStop();
            rep.update(1, "storing results");
            Map<String, byte[]> files = readAll(dir);
            double seconds = (System.nanoTime() - t0) / 1e9;
            String done = String.format(Locale.ROOT, "done in %.1f s", seconds);
            if (!store.succeed(id, files, done)) return new Outcome(r.kind().wire(), RunStatus.CANCELLED, seconds);
            LOG.info("run {} ({} of {}) {}", id, r.kind().wire(), r.scenarioName(), done);
            return new Outcome(r.kind().wire(), RunStatus.SUCCEEDED, seconds);
        } catch (RunStopped e) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (e.shutdown) {
                LOG.info("run {} stopped by the server's shutdown; it will be recovered at the next start", id);
                return null;
            }
            return new Outcome(r.kind().wire(), RunStatus.CANCELLED, seconds);
        } catch (InvalidInputException e) {
            // the scenario no longer loads (e.g. the catalogue changed since it was saved)
            store.fail(id, "the scenario is not valid: " + String.join("; ", e.problems().stream().map(Object::toString).toList()));
            return new Outcome(r.kind().wire(), RunStatus.FAILED, (System.nanoTime() - t0) / 1e9);
        } catch (Throwable e) {
            LOG.error("run {} failed", id, e);
            store.fail(id, "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage() + "; the server log has the details");
            if (e instanceof Error err && !(e instanceof OutOfMemoryError)) throw err;
            return new Outcome(r.kind().wire(), RunStatus.FAILED, (System.nanoTime() - t0) / 1e9);
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    /** Throttled progress: live in memory always, to events four times a second, to the store once a second. */
    private final class Reporter {
        private final long id;
        private final LiveRun l;
        private long lastStore;
        private long lastEvent;

        Reporter(long id, LiveRun l) {
            this.id = id;
            this.l = l;
        }

        void stage(String s) {
            l.checkStop();
            l.stage = s;
            publish(true);
        }

        void update(double fraction, String stage) {
            l.checkStop();
            l.progress = BEFORE_STORING * Math.max(0, Math.min(1, fraction));
            boolean newStage = !stage.equals(l.stage);
            l.stage = stage;
            publish(newStage);
        }

        private void publish(boolean force) {
            long now = System.nanoTime();
            if (force || now - lastStore >= STORE_EVERY_NANOS) {
                store.progress(id, l.progress == null ? 0 : l.progress, l.stage);
                lastStore = now;
            }
            if (force || now - lastEvent >= EVENT_EVERY_NANOS) {
                changed.accept(id);
                lastEvent = now;
            }
        }
    }

    private Path scratch() throws IOException {
        Path d = config.dataDir().resolve("scratch");
        Files.createDirectories(d);
        return d;
    }

    static Map<String, byte[]> readAll(Path dir) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                if (Files.isRegularFile(f)) out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static void deleteQuietly(Path dir) {
        try {
            Trees.delete(dir);
        } catch (IOException e) {
            LOG.warn("could not delete scratch directory {}: {}", dir, e.getMessage());
        }
    }
}
