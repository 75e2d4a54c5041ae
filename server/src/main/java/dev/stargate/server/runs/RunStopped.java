package dev.stargate.server.runs;

/** Thrown from a run's progress callback to stop it: cancelled by a user, or the server is stopping. */
final class RunStopped extends RuntimeException {
    final boolean shutdown;

    RunStopped(boolean shutdown) {
        super(shutdown ? "the server is stopping" : "cancelled", null, false, false);
        this.shutdown = shutdown;
    }
}
