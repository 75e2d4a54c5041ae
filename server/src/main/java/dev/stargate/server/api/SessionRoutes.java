package dev.stargate.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stargate.server.auth.Principal;
import dev.stargate.server.auth.Role;
import dev.stargate.server.auth.Sessions;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * Logging in to the dashboard: a token is exchanged for a session cookie (HttpOnly,
 * SameSite=Strict, Secure over HTTPS) and a CSRF token that the dashboard sends with every change.
 */
final class SessionRoutes {
    /** POST /api/session body. */
    record Login(String token) {}

    /** Who is logged in; {@code csrfToken} only for cookie sessions. */
    record SessionView(boolean authRequired, String workspace, String role, String tokenName, String csrfToken) {}

    private final Access access;
    private final ObjectMapper json;

    SessionRoutes(Access access, ObjectMapper json) {
        this.access = access;
        this.json = json;
    }

    void register(JavalinDefaultRoutingApi r) {
        r.post("/api/session", this::login);
        r.get("/api/session", Access.guard(Role.VIEWER, this::current));
        r.delete("/api/session", Access.guard(Role.VIEWER, this::logout));
    }

    private void login(Context ctx) {
        Login login;
        try {
            login = json.readValue(ctx.body(), Login.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body must be JSON like {\"token\": \"sgt_…\"}: " + e.getOriginalMessage());
        }
        if (!access.enabled()) {
            ctx.json(new SessionView(false, "default", Role.ADMIN.wire(), null, null));
            return;
        }
        if (login == null || login.token() == null) throw ApiException.badRequest("token is required");
        Principal p = access.tokens().authenticate(login.token().strip())
                .orElseThrow(() -> new ApiException(401, "unknown or revoked token"));
        Sessions.Session s = access.sessions().create(p.tokenId());
        ctx.cookie(new Cookie(Access.SESSION_COOKIE, s.id(), "/", (int) access.sessions().ttl().toSeconds(), secure(ctx), true, null, SameSite.STRICT));
        ctx.json(view(p, s));
    }

    private void current(Context ctx) {
        ctx.json(view(Access.principal(ctx), Access.session(ctx)));
    }

    private void logout(Context ctx) {
        Sessions.Session s = Access.session(ctx);
        if (s != null) access.sessions().remove(s.id());
        ctx.cookie(new Cookie(Access.SESSION_COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.STRICT));
        ctx.status(204);
    }

    private SessionView view(Principal p, Sessions.Session s) {
        return new SessionView(access.enabled(), p.workspace(), p.role().wire(), p.tokenName(), s == null ? null : s.csrf());
    }

    /** HTTPS, directly or behind a proxy that says so. */
    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
