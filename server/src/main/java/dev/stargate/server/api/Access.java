package dev.stargate.server.api;

import dev.stargate.server.auth.Principal;
import dev.stargate.server.auth.RateLimiter;
import dev.stargate.server.auth.Role;
import dev.stargate.server.auth.Sessions;
import dev.stargate.server.store.TokenStore;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what. Every /api request (but the public ones) is authenticated — an
 * {@code Authorization: Bearer} token, or the dashboard's session cookie — then rate-limited per
 * token, and a state-changing request on a session must echo its CSRF token. Handlers declare
 * the role they need ({@link #guard}). Without authentication (loopback only) every request
 * acts as admin of the default workspace, still rate-limited per address.
 */
final class Access {
    static final String SESSION_COOKIE = "stargate_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "stargate.principal";
    private static final String SESSION = "stargate.session";
    /** Requests answered without authentication: the API's own documentation and logging in. */
    private static final Set<String> PUBLIC = Set.of("GET /api/docs", "POST /api/session");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final boolean enabled;
    private final TokenStore tokens;
    private final Sessions sessions;
    private final RateLimiter limiter;
    private final Principal local;

    Access(boolean enabled, TokenStore tokens, Sessions sessions, RateLimiter limiter, long defaultWorkspaceId) {
        this.enabled = enabled;
        this.tokens = tokens;
        this.sessions = sessions;
        this.limiter = limiter;
        this.local = Principal.local(defaultWorkspaceId);
    }

    boolean enabled() {
        return enabled;
    }

    /** The before-handler of /api/*. */
    void check(Context ctx) {
        String method = ctx.method().name();
        if (method.equals("OPTIONS") || PUBLIC.contains(method + " " + ctx.path())) {
            limit(ctx, "address " + ctx.ip());
            return;
        }
        Principal p = authenticate(ctx);
        limit(ctx, p.tokenId() != null ? "token " + p.tokenId() : "address " + ctx.ip());
        Sessions.Session s = ctx.attribute(SESSION);
        if (s != null && !SAFE_METHODS.contains(method) && !s.csrf().equals(ctx.header(CSRF_HEADER))) {
            throw new ApiException(403, "missing or wrong " + CSRF_HEADER + " header: send the csrfToken of GET /api/session with every change");
        }
        ctx.attribute(PRINCIPAL, p);
    }

    private Principal authenticate(Context ctx) {
        if (!enabled) return local;
        String auth = ctx.header("Authorization");
        if (auth != null) {
            if (!auth.startsWith("Bearer ")) throw unauthorized(ctx, "the Authorization header must be: Bearer TOKEN");
            return tokens.authenticate(auth.substring(7).strip()).orElseThrow(() -> unauthorized(ctx, "unknown or revoked token"));
        }
        Optional<Sessions.Session> s = sessions.get(ctx.cookie(SESSION_COOKIE));
        if (s.isPresent()) {
            Optional<Principal> p = tokens.active(s.get().tokenId());
            if (p.isPresent()) {
                ctx.attribute(SESSION, s.get());
                return p.get();
            }
            sessions.remove(s.get().id()); // its token was revoked
        }
        throw unauthorized(ctx, "authentication required: send Authorization: Bearer TOKEN (made by stargate token create), "
                + "or log in to the dashboard");
    }

    private ApiException unauthorized(Context ctx, String message) {
        limit(ctx, "address " + ctx.ip()); // failed attempts count against the address
        return new ApiException(401, message, Map.of("WWW-Authenticate", "Bearer realm=\"stargate\""));
    }

    private void limit(Context ctx, String client) {
        long wait = limiter.acquire(client, System.nanoTime());
        if (wait > 0) {
            throw new ApiException(429, "too many requests from this " + client.substring(0, client.indexOf(' '))
                    + "; retry in " + wait + " s", Map.of("Retry-After", Long.toString(wait)));
        }
    }

    /** The principal of a request that passed {@link #check}. */
    static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) throw new IllegalStateException("no principal on " + ctx.path() + ": the route is not behind Access.check");
        return p;
    }

    /** The session of a request made with the dashboard's cookie, if any. */
    static Sessions.Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    /** The handler, answering 403 unless the principal's role allows {@code needed}. */
    static Handler guard(Role needed, Handler h) {
        return ctx -> {
            Principal p = principal(ctx);
            if (!p.role().allows(needed)) {
                throw new ApiException(403, "this needs the " + needed.wire() + " role; your token is " + p.role().wire()
                        + " in workspace " + p.workspace());
            }
            h.handle(ctx);
        };
    }

    Sessions sessions() {
        return sessions;
    }

    TokenStore tokens() {
        return tokens;
    }
}
