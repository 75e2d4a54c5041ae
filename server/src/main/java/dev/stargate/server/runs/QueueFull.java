package dev.stargate.server.runs;

/** The run queue is full; the client should retry after the given seconds (HTTP 429 with Retry-After). */
public final class QueueFull extends RuntimeException {
    public final long retryAfterSeconds;

    QueueFull(int capacity, long retryAfterSeconds) {
        super("the run queue is full (" + capacity + " runs executing or waiting); retry in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
