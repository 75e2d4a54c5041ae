package dev.stargate.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Scenarios of a workspace: create, list, read, update (optionally only from an expected version),
 * delete. Every statement names the workspace, so no call reaches another workspace's scenarios.
 */
public final class ScenarioStore {
    private static final String COLUMNS = "id, workspace_id, name, format, version, created_at, updated_at";

    /** An update that named a version other than the stored one. */
    public static final class VersionConflict extends RuntimeException {
        public final int current;

        VersionConflict(int current) {
            super("the scenario was changed meanwhile (now at version " + current + ")");
            this.current = current;
        }
    }

    private final Jdbi jdbi;

    public ScenarioStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public StoredScenario create(long workspaceId, String name, String format, String source) {
        Instant now = Instant.now();
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO scenarios (workspace_id, name, format, source, version, created_at, "
                        + "updated_at) VALUES (:ws, :name, :format, :source, 1, :now, :now)")
                .bind("ws", workspaceId).bind("name", name).bind("format", format).bind("source", source).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return get(workspaceId, id).orElseThrow();
    }

    /** Newest first, without their text. */
    public List<StoredScenario> list(long workspaceId, int limit, int offset) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM scenarios WHERE workspace_id = :ws "
                        + "ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .bind("ws", workspaceId).bind("limit", limit).bind("offset", offset).map((rs, ctx) -> row(rs, false)).list());
    }

    public int count(long workspaceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM scenarios WHERE workspace_id = :ws").bind("ws", workspaceId)
                .mapTo(Integer.class).one());
    }

    public Optional<StoredScenario> get(long workspaceId, long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", source FROM scenarios WHERE id = :id AND workspace_id = :ws")
                .bind("id", id).bind("ws", workspaceId).map((rs, ctx) -> row(rs, true)).findOne());
    }

    /**
     * Replaces the scenario's text; empty when there is no such scenario. With an expected
     * version, throws {@link VersionConflict} when the stored one differs.
     */
    public Optional<StoredScenario> update(long workspaceId, long id, String name, String format, String source, Integer expectedVersion) {
        boolean found = jdbi.inTransaction(h -> {
            Optional<Integer> current = h.createQuery("SELECT version FROM scenarios WHERE id = :id AND workspace_id = :ws FOR UPDATE")
                    .bind("id", id).bind("ws", workspaceId).mapTo(Integer.class).findOne();
            if (current.isEmpty()) return false;
            if (expectedVersion != null && !expectedVersion.equals(current.get())) throw new VersionConflict(current.get());
            h.createUpdate("UPDATE scenarios SET name = :name, format = :format, source = :source, version = version + 1, "
                            + "updated_at = :now WHERE id = :id")
                    .bind("name", name).bind("format", format).bind("source", source).bind("now", Instant.now()).bind("id", id).execute();
            return true;
        });
        return found ? get(workspaceId, id) : Optional.empty();
    }

    public boolean delete(long workspaceId, long id) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM scenarios WHERE id = :id AND workspace_id = :ws").bind("id", id)
                .bind("ws", workspaceId).execute()) == 1;
    }

    private static StoredScenario row(ResultSet rs, boolean withSource) throws SQLException {
        return new StoredScenario(rs.getLong("id"), rs.getLong("workspace_id"), rs.getString("name"), rs.getString("format"),
                withSource ? rs.getString("source") : null, rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
