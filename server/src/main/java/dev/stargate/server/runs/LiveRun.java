package dev.stargate.server.runs;

/** What the server knows of a run in flight beyond the store: progress between writes, and stop flags. */
final class LiveRun {
    final long id;
    volatile Runnable job;
    volatile boolean started;
    volatile boolean cancelled;
    volatile boolean stopping;
    volatile Double progress;
    volatile String stage;

    LiveRun(long id) {
        this.id = id;
    }

    /** Throws {@link RunStopped} when the run should stop. */
    void checkStop() {
        if (cancelled) throw new RunStopped(false);
        if (stopping || Thread.currentThread().isInterrupted()) throw new RunStopped(true);
    }
}
