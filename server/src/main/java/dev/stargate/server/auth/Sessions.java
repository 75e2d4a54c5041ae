package dev.stargate.server.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Dashboard sessions: a random id (the cookie) → the token that logged in and a CSRF token that
 * state-changing requests must echo. In memory, at most {@code max} (the least recently used go
 * first), each for a fixed time; a server restart logs everyone out.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_BYTES = 32;

    /** A session: which token it stands for, its CSRF token, when it ends (epoch ms). */
    public record Session(String id, long tokenId, String csrf, long expiresAtMs) {}

    private final int max;
    private final Duration ttl;
    private final Map<String, Session> byId;

    public Sessions(int max, Duration ttl) {
        this.max = max;
        this.ttl = ttl;
        this.byId = new LinkedHashMap<>(16, 0.75f, true);
    }

    public synchronized Session create(long tokenId) {
        Session s = new Session(random(), tokenId, random(), System.currentTimeMillis() + ttl.toMillis());
        byId.put(s.id(), s);
        Iterator<Session> oldest = byId.values().iterator();
        while (byId.size() > max && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
        return s;
    }

    public synchronized Optional<Session> get(String id) {
        if (id == null) return Optional.empty();
        Session s = byId.get(id);
        if (s == null) return Optional.empty();
        if (s.expiresAtMs() < System.currentTimeMillis()) {
            byId.remove(id);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    public synchronized void remove(String id) {
        if (id != null) byId.remove(id);
    }

    public synchronized int size() {
        return byId.size();
    }

    public Duration ttl() {
        return ttl;
    }

    private static String random() {
        byte[] b = new byte[ID_BYTES];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
