package dev.stargate.server.runs;

import dev.stargate.server.Metrics;
import dev.stargate.server.ScenarioText;
import dev.stargate.server.ServerConfig;
import dev.stargate.server.store.RunKind;
import dev.stargate.server.store.RunRecord;
import dev.stargate.server.store.RunStatus;
import dev.stargate.server.store.RunStore;
import dev.stargate.server.store.StoredScenario;
import dev.stargate.model.scenario.LoadedScenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run queue: a fixed pool of workers and a bounded number of waiting runs. A submission
 * beyond {@code workers + queueCapacity} runs in flight is refused ({@link QueueFull}, HTTP 429)
 * rather than queued without bound. Cancellation stops a waiting run at once and an executing one
 * at its next progress report (at most a simulated day, or a planner iteration, later).
 */
public final class RunService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);
    /** Retry-After when no run has finished yet to estimate from. */
    private static final long DEFAULT_RETRY_AFTER_S = 30;
    private static final long MAX_RETRY_AFTER_S = 3600;
    /** A leap year: the most days of the planned fleet's simulated year. */
    private static final long DAYS_PER_YEAR = 366;

    private final RunStore store;
    private final ServerConfig config;
    private final Metrics metrics;
    private final Listener onChange;
    private final ThreadPoolExecutor pool;
    private final Map<Long, LiveRun> live = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final RunTask task;
    private volatile double meanRunSeconds = Double.NaN;

    /** Told of every change of a run, with the run's workspace (live events go to that workspace only). */
    @FunctionalInterface
    public interface Listener {
        void changed(long workspaceId, RunView run);
    }

    public RunService(RunStore store, ServerConfig config, Metrics metrics, Listener onChange) {
        this.store = store;
        this.config = config;
        this.metrics = metrics;
        this.onChange = onChange;
        int capacity = Math.max(1, config.queueCapacity() + config.workers());
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(config.workers(), config.workers(), 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity), r -> {
            Thread t = new Thread(r, "stargate-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.task = new RunTask(store, config, this::changed);
        metrics.gauges(this::queuedCount, this::runningCount);
    }

    /** Validates the scenario snapshot, stores the run as queued and queues it. */
    public RunView submit(StoredScenario s, RunKind kind, Long seed, Double timeLimitSeconds) {
        LoadedScenario ls = ScenarioText.load(s.source(), "scenario " + s.id());
        if (kind == RunKind.PLAN && ls.scenario().planning() == null) {
            throw new IllegalArgumentException("scenario " + s.id() + " has no planning: section, so it cannot be planned; "
                    + "add one (see docs/scenario-reference.md, Planning) or start a simulate run");
        }
        long rows = hourlyRows(ls, kind);
        if (rows > config.maxHourlyRows()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the run would record %,d hourly rows (steps × sites), "
                    + "more than this server's limit of %,d; use a longer horizon.stepMinutes or a shorter horizon, or run it with "
                    + "stargate simulate", rows, config.maxHourlyRows()));
        }
        synchronized (this) {
            int capacity = config.workers() + config.queueCapacity();
            if (inFlight.get() >= capacity) {
                metrics.runRejected();
                throw new QueueFull(capacity, retryAfterSeconds());
            }
            RunRecord r = store.insert(s, kind, seed, timeLimitSeconds);
            enqueue(r.id());
            metrics.runSubmitted(kind.wire());
            RunView v = RunView.of(r, null, null);
            onChange.changed(r.workspaceId(), v);
            return v;
        }
    }

    /** Rows of the hourly table a run records: steps × sites (a plan run simulates a year of every site it may build). */
    static long hourlyRows(LoadedScenario ls, RunKind kind) {
        var sc = ls.scenario();
        long stepsPerDay = 1440L / sc.horizon().stepMinutes();
        if (kind == RunKind.SIMULATE) return sc.horizon().days() * stepsPerDay * sc.sites().size();
        return DAYS_PER_YEAR * stepsPerDay * (sc.sites().size() + sc.planning().candidates().size());
    }

    private void enqueue(long id) {
        LiveRun l = new LiveRun(id);
        live.put(id, l);
        inFlight.incrementAndGet();
        l.job = () -> {
            try {
                RunTask.Outcome o = task.execute(id, l);
                if (o != null) {
                    metrics.runFinished(o.kind(), o.status().wire(), o.seconds());
                    if (o.status() == RunStatus.SUCCEEDED) {
                        meanRunSeconds = Double.isNaN(meanRunSeconds) ? o.seconds() : 0.8 * meanRunSeconds + 0.2 * o.seconds();
                    }
                }
            } finally {
                live.remove(id);
                inFlight.decrementAndGet();
                changed(id);
            }
        };
        pool.execute(l.job);
    }

    /** Seconds until a slot is likely free: the mean run time times the runs ahead per worker. */
    private long retryAfterSeconds() {
        if (Double.isNaN(meanRunSeconds)) return DEFAULT_RETRY_AFTER_S;
        double ahead = Math.max(1, (double) (inFlight.get() - config.workers() + 1) / config.workers());
        return Math.max(1, Math.min(MAX_RETRY_AFTER_S, (long) Math.ceil(meanRunSeconds * ahead)));
    }

    /** The run, if it is in the workspace. */
    public Optional<RunView> get(long workspaceId, long id) {
        return store.get(workspaceId, id).map(this::view);
    }

    public List<RunView> list(long workspaceId, RunStatus status, Long scenarioId, int limit, int offset) {
        return store.list(workspaceId, status, scenarioId, limit, offset).stream().map(this::view).toList();
    }

    private RunView view(RunRecord r) {
        LiveRun l = r.status() == RunStatus.RUNNING ? live.get(r.id()) : null;
        return l == null ? RunView.of(r, null, null) : RunView.of(r, l.progress, l.stage);
    }

    private void changed(long id) {
        store.get(id).ifPresent(r -> onChange.changed(r.workspaceId(), view(r)));
    }

    /** What a cancel request found. */
    public enum Cancel { CANCELLED, ALREADY_FINISHED, NOT_FOUND }

    /** Cancels a queued or running run of the workspace. */
    public Cancel cancel(long workspaceId, long id) {
        if (store.get(workspaceId, id).isEmpty()) return Cancel.NOT_FOUND;
        if (!store.cancel(id)) return Cancel.ALREADY_FINISHED;
        LiveRun l = live.get(id);
        if (l != null) {
            l.cancelled = true;
            if (pool.remove(l.job)) { // still waiting: it will never start
                live.remove(id);
                inFlight.decrementAndGet();
                metrics.runFinished(store.get(id).map(r -> r.kind().wire()).orElse("unknown"), RunStatus.CANCELLED.wire(), 0);
            }
        }
        changed(id);
        return Cancel.CANCELLED;
    }

    /**
     * Start-up: runs a previous server left queued or running are queued again or marked
     * interrupted, as configured. Runs beyond the queue's capacity are marked interrupted with a
     * message saying so. Every one is logged.
     */
    public void recover() {
        List<RunRecord> left = store.inFlight();
        for (RunRecord r : left) {
            if (config.onRestart() == ServerConfig.RestartPolicy.REQUEUE && inFlight.get() < config.workers() + config.queueCapacity()) {
                if (store.requeue(r.id(), "queued again after a server restart (was " + r.status().wire() + ")")) {
                    LOG.info("run {} ({}) was {} when the server stopped: queued again", r.id(), r.scenarioName(), r.status().wire());
                    enqueue(r.id());
                }
            } else {
                String why = config.onRestart() == ServerConfig.RestartPolicy.REQUEUE
                        ? "the server restarted with more runs in flight than its queue holds; start this run again"
                        : "the server stopped while this run was " + r.status().wire() + "; start it again";
                if (store.interrupt(r.id(), why)) LOG.warn("run {} ({}) marked interrupted: {}", r.id(), r.scenarioName(), why);
            }
        }
    }

    public int queuedCount() {
        return (int) live.values().stream().filter(l -> !l.started).count();
    }

    public int runningCount() {
        return (int) live.values().stream().filter(l -> l.started).count();
    }

    /** Stops the workers; runs still executing stay "running" in the store and are recovered at the next start. */
    @Override
    public void close() {
        for (LiveRun l : live.values()) l.stopping = true;
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) LOG.warn("runs still executing after 30 s; leaving them to recovery");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
