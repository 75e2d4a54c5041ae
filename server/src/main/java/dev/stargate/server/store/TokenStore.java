package dev.stargate.server.store;

import dev.stargate.server.auth.Principal;
import dev.stargate.server.auth.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Workspaces and API tokens. A token is 32 random bytes shown once at creation; only its SHA-256
 * is stored (a token has full entropy, so a plain hash suffices), and revoked tokens stop working
 * at once.
 */
public final class TokenStore {
    /** Prefix of every token, so that leaked ones are easy to recognise in logs and scanners. */
    public static final String PREFIX = "sgt_";
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as listed (never its secret). */
    public record TokenInfo(long id, String name, String workspace, Role role, Instant createdAt, Instant revokedAt) {}

    /** A token just made: its secret, shown once. */
    public record NewToken(TokenInfo info, String secret) {}

    private final Jdbi jdbi;

    public TokenStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The id of the workspace named, created if it does not exist. */
    public long workspace(String name) {
        return jdbi.inTransaction(h -> {
            Optional<Long> id = h.createQuery("SELECT id FROM workspaces WHERE name = :n").bind("n", name).mapTo(Long.class).findOne();
            if (id.isPresent()) return id.get();
            return h.createUpdate("INSERT INTO workspaces (name, created_at) VALUES (:n, :now)").bind("n", name).bind("now", Instant.now())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    public NewToken create(String name, String workspace, Role role) {
        long ws = workspace(workspace);
        byte[] raw = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(raw);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO tokens (name, sha256, workspace_id, role, created_at) "
                        + "VALUES (:name, :hash, :ws, :role, :now)")
                .bind("name", name).bind("hash", sha256(secret)).bind("ws", ws).bind("role", role.wire()).bind("now", Instant.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new NewToken(list().stream().filter(t -> t.id() == id).findFirst().orElseThrow(), secret);
    }

    /** The principal of a valid (known, not revoked) token. */
    public Optional<Principal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT t.id, t.name, t.role, w.id AS ws, w.name AS wsname FROM tokens t "
                        + "JOIN workspaces w ON w.id = t.workspace_id WHERE t.sha256 = :hash AND t.revoked_at IS NULL")
                .bind("hash", sha256(secret))
                .map((rs, ctx) -> new Principal(rs.getLong("ws"), rs.getString("wsname"), Role.fromWire(rs.getString("role")),
                        rs.getLong("id"), rs.getString("name")))
                .findOne());
    }

    /** The principal of an active token by id (a dashboard session stands for its token until it is revoked). */
    public Optional<Principal> active(long tokenId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT t.id, t.name, t.role, w.id AS ws, w.name AS wsname FROM tokens t "
                        + "JOIN workspaces w ON w.id = t.workspace_id WHERE t.id = :id AND t.revoked_at IS NULL")
                .bind("id", tokenId)
                .map((rs, ctx) -> new Principal(rs.getLong("ws"), rs.getString("wsname"), Role.fromWire(rs.getString("role")),
                        rs.getLong("id"), rs.getString("name")))
                .findOne());
    }

    /** Revokes the token with this id or name; false if none is active. */
    public boolean revoke(String idOrName) {
        Instant now = Instant.now();
        boolean byId = idOrName.matches("[0-9]{1,18}");
        return jdbi.withHandle(h -> {
            var update = h.createUpdate("UPDATE tokens SET revoked_at = :now WHERE revoked_at IS NULL AND (name = :name"
                    + (byId ? " OR id = :id" : "") + ")").bind("now", now).bind("name", idOrName);
            if (byId) update.bind("id", Long.parseLong(idOrName));
            return update.execute() > 0;
        });
    }

    public List<TokenInfo> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT t.id, t.name, w.name AS wsname, t.role, t.created_at, t.revoked_at FROM tokens t "
                        + "JOIN workspaces w ON w.id = t.workspace_id ORDER BY t.id")
                .map((rs, ctx) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), rs.getString("wsname"), Role.fromWire(rs.getString("role")),
                        ScenarioStore.instant(rs, "created_at"), ScenarioStore.instant(rs, "revoked_at")))
                .list());
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
