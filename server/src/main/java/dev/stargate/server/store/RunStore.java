package dev.stargate.server.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Runs and their files. Status changes are conditional updates (a cancelled run cannot later be
 * marked succeeded), and a run's files and its success are written in one transaction: readers
 * see either no results or all of them.
 */
public final class RunStore {
    private static final String COLUMNS = "id, workspace_id, scenario_id, scenario_name, scenario_version, kind, seed, time_limit_seconds, status, "
            + "progress, stage, error, attempts, created_at, started_at, finished_at";
    /** Longest stage text kept (the column's width). */
    private static final int STAGE_CHARS = 500;

    private static final List<String> IN_FLIGHT = List.of("queued", "running");

    /** One stored file of a run. */
    public record FileInfo(String name, long sizeBytes) {}

    /**
     * Called inside the transaction that stores a run's results, after its files are written and
     * before the commit: a seam for fault-injection tests (kill the process there and no result may
     * become visible). The server passes {@link #NO_HOOK}.
     */
    @FunctionalInterface
    public interface BeforeCommit {
        void filesWritten(long runId);
    }

    public static final BeforeCommit NO_HOOK = id -> { };

    private final Jdbi jdbi;
    private final BeforeCommit beforeCommit;

    public RunStore(Jdbi jdbi) {
        this(jdbi, NO_HOOK);
    }

    public RunStore(Jdbi jdbi, BeforeCommit beforeCommit) {
        this.jdbi = jdbi;
        this.beforeCommit = beforeCommit;
    }

    public RunRecord insert(StoredScenario s, RunKind kind, Long seed, Double timeLimitSeconds) {
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO runs (workspace_id, scenario_id, scenario_name, scenario_version, "
                        + "scenario_source, kind, seed, time_limit_seconds, status, progress, attempts, created_at) VALUES (:ws, :sid, :name, "
                        + ":version, :source, :kind, :seed, :limit, :status, 0, 0, :now)")
                .bind("ws", s.workspaceId()).bind("sid", s.id()).bind("name", s.name()).bind("version", s.version()).bind("source", s.source())
                .bind("kind", kind.wire()).bind("seed", seed).bind("limit", timeLimitSeconds).bind("status", RunStatus.QUEUED.wire())
                .bind("now", Instant.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return get(id).orElseThrow();
    }

    /** The run with its scenario snapshot, whatever its workspace (for the workers; requests use {@link #get(long, long)}). */
    public Optional<RunRecord> get(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", scenario_source FROM runs WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs, true)).findOne());
    }

    /** The run if it belongs to the workspace. */
    public Optional<RunRecord> get(long workspaceId, long id) {
        return get(id).filter(r -> r.workspaceId() == workspaceId);
    }

    /** A workspace's runs, newest first, optionally of one status and one scenario, without scenario text. */
    public List<RunRecord> list(long workspaceId, RunStatus status, Long scenarioId, int limit, int offset) {
        String where = (status == null ? "" : " AND status = :status") + (scenarioId == null ? "" : " AND scenario_id = :sid");
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT " + COLUMNS + " FROM runs WHERE workspace_id = :ws" + where
                            + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                    .bind("ws", workspaceId).bind("limit", limit).bind("offset", offset);
            if (status != null) q.bind("status", status.wire());
            if (scenarioId != null) q.bind("sid", scenarioId);
            return q.map((rs, ctx) -> row(rs, false)).list();
        });
    }

    /** Runs left queued or running, oldest first (for recovery at start-up). */
    public List<RunRecord> inFlight() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM runs WHERE status IN ('queued', 'running') ORDER BY id")
                .map((rs, ctx) -> row(rs, false)).list());
    }

    public Map<RunStatus, Integer> countByStatus() {
        Map<RunStatus, Integer> out = new LinkedHashMap<>();
        for (RunStatus s : RunStatus.values()) out.put(s, 0);
        jdbi.useHandle(h -> h.createQuery("SELECT status, COUNT(*) AS n FROM runs GROUP BY status")
                .map((rs, ctx) -> Map.entry(rs.getString("status"), rs.getInt("n")))
                .forEach(e -> out.put(RunStatus.fromWire(e.getKey()), e.getValue())));
        return out;
    }

    /** queued → running; false when the run is no longer queued (cancelled meanwhile). */
    public boolean start(long id) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE runs SET status = 'running', started_at = :now, attempts = attempts + 1, "
                + "progress = 0 WHERE id = :id AND status = 'queued'").bind("now", Instant.now()).bind("id", id).execute()) == 1;
    }

    public void progress(long id, double fraction, String stage) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE runs SET progress = :p, stage = :stage WHERE id = :id AND status = 'running'")
                .bind("p", fraction).bind("stage", clip(stage)).bind("id", id).execute());
    }

    /**
     * running → succeeded with its files, in one transaction. False (and nothing written) when the
     * run is no longer running, e.g. cancelled while its results were being prepared.
     */
    public boolean succeed(long id, Map<String, byte[]> files, String stage) {
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("UPDATE runs SET status = 'succeeded', progress = 1, stage = :stage, finished_at = :now "
                    + "WHERE id = :id AND status = 'running'").bind("stage", clip(stage)).bind("now", Instant.now()).bind("id", id).execute();
            if (updated != 1) return false;
            insertFiles(h, id, files);
            beforeCommit.filesWritten(id);
            return true;
        });
    }

    private static void insertFiles(Handle h, long id, Map<String, byte[]> files) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO run_files (run_id, name, size_bytes, gzip) VALUES (:id, :name, :size, :gzip)");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            batch.bind("id", id).bind("name", f.getKey()).bind("size", (long) f.getValue().length).bind("gzip", gzip(f.getValue())).add();
        }
        if (!files.isEmpty()) batch.execute();
    }

    /** running → failed with the error; false when the run is no longer running. */
    public boolean fail(long id, String error) {
        return finish(id, RunStatus.FAILED, error, List.of("running"));
    }

    /** queued or running → cancelled; false when the run had already finished. */
    public boolean cancel(long id) {
        return finish(id, RunStatus.CANCELLED, "cancelled by request", IN_FLIGHT);
    }

    /** queued or running → interrupted (the server stopped during the run). */
    public boolean interrupt(long id, String why) {
        return finish(id, RunStatus.INTERRUPTED, why, IN_FLIGHT);
    }

    private boolean finish(long id, RunStatus to, String error, List<String> from) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE runs SET status = :to, error = :error, finished_at = :now "
                        + "WHERE id = :id AND status IN (<from>)")
                .bind("to", to.wire()).bind("error", error).bind("now", Instant.now()).bind("id", id).bindList("from", from).execute()) == 1;
    }

    /** queued or running → queued again from the start (recovery after a restart). */
    public boolean requeue(long id, String stage) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE runs SET status = 'queued', progress = 0, stage = :stage, started_at = NULL "
                + "WHERE id = :id AND status IN ('queued', 'running')").bind("stage", clip(stage)).bind("id", id).execute()) == 1;
    }

    /** Deletes a finished run and its files; false when there is no such run or it has not finished. */
    public boolean delete(long id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM runs WHERE id = :id AND status NOT IN ('queued', 'running')")
                .bind("id", id).execute()) == 1;
    }

    public List<FileInfo> files(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, size_bytes FROM run_files WHERE run_id = :id ORDER BY name")
                .bind("id", id).map((rs, ctx) -> new FileInfo(rs.getString("name"), rs.getLong("size_bytes"))).list());
    }

    /** One file's bytes, uncompressed. */
    public Optional<byte[]> file(long id, String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT gzip FROM run_files WHERE run_id = :id AND name = :name")
                .bind("id", id).bind("name", name).map((rs, ctx) -> gunzip(rs.getBytes("gzip"))).findOne());
    }

    /** The run's file as its gzip-compressed bytes (served as is to clients that accept gzip). */
    public Optional<byte[]> fileGzip(long id, String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT gzip FROM run_files WHERE run_id = :id AND name = :name")
                .bind("id", id).bind("name", name).map((rs, ctx) -> rs.getBytes("gzip")).findOne());
    }

    private static RunRecord row(ResultSet rs, boolean withSource) throws SQLException {
        long sid = rs.getLong("scenario_id");
        Long scenarioId = rs.wasNull() ? null : sid;
        long seed = rs.getLong("seed");
        Long seedOrNull = rs.wasNull() ? null : seed;
        double limit = rs.getDouble("time_limit_seconds");
        Double limitOrNull = rs.wasNull() ? null : limit;
        return new RunRecord(rs.getLong("id"), rs.getLong("workspace_id"), scenarioId, rs.getString("scenario_name"), rs.getInt("scenario_version"),
                withSource ? rs.getString("scenario_source") : null, RunKind.fromWire(rs.getString("kind")), seedOrNull, limitOrNull,
                RunStatus.fromWire(rs.getString("status")), rs.getDouble("progress"), rs.getString("stage"), rs.getString("error"),
                rs.getInt("attempts"), ScenarioStore.instant(rs, "created_at"), ScenarioStore.instant(rs, "started_at"),
                ScenarioStore.instant(rs, "finished_at"));
    }

    private static String clip(String s) {
        return s == null || s.length() <= STAGE_CHARS ? s : s.substring(0, STAGE_CHARS - 1) + "…";
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
        try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16)) {
            z.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] data) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data), 1 << 16)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a stored run file is corrupt", e);
        }
    }
}
