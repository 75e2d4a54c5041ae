package dev.stargate.server.store;

/** Where a run is in its life; the last four are final. */
public enum RunStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, INTERRUPTED;

    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The status named in a query (queued, running, …), or null for an unknown name. */
    public static RunStatus fromWire(String s) {
        for (RunStatus v : values()) if (v.wire().equals(s)) return v;
        return null;
    }
}
