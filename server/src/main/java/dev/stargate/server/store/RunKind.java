package dev.stargate.server.store;

/** What a run does: simulate the scenario, or plan its buildout and simulate the planned fleet's last year. */
public enum RunKind {
    SIMULATE, PLAN;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The kind named in a request, or null for an unknown name. */
    public static RunKind fromWire(String s) {
        for (RunKind v : values()) if (v.wire().equals(s)) return v;
        return null;
    }
}
