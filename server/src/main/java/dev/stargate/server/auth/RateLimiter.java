package dev.stargate.server.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests per second per client (a token, or an address for requests without one): a token
 * bucket of {@code burst} requests refilled at {@code perSecond}. At most {@code maxClients} buckets
 * are kept (the least recently used go first), so memory stays bounded.
 */
public final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final int maxClients;
    private final Map<String, double[]> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > maxClients;
        }
    };

    public RateLimiter(double perSecond, double burst, int maxClients) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxClients = maxClients;
    }

    /** 0 when the request may go ahead; otherwise the seconds until it may (for Retry-After). */
    public synchronized long acquire(String client, long nowNanos) {
        double[] b = buckets.computeIfAbsent(client, k -> new double[] {burst, nowNanos});
        double tokens = Math.min(burst, b[0] + (nowNanos - b[1]) / 1e9 * perSecond);
        b[1] = nowNanos;
        if (tokens >= 1) {
            b[0] = tokens - 1;
            return 0;
        }
        b[0] = tokens;
        return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }
}
