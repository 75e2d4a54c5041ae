package dev.stargate.server.auth;

/**
 * Who makes a request: a token's workspace and role (token null for a server without
 * authentication, where every request acts as admin of the default workspace).
 */
public record Principal(long workspaceId, String workspace, Role role, Long tokenId, String tokenName) {
    /** Requests to a server without authentication. */
    public static Principal local(long defaultWorkspaceId) {
        return new Principal(defaultWorkspaceId, "default", Role.ADMIN, null, null);
    }
}
