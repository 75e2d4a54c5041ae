package dev.stargate.engine.core;

/** Event kinds of the engine's queue. */
public final class Events {
    public static final int TICK = 0;
    public static final int PHASE_ONLINE = 1;
    public static final int JOB_ARRIVAL = 2;
    public static final int JOB_RESTARTED = 3;
    public static final int JOB_COMPLETE = 4;
    public static final int POOL_FAILURE = 5;
    public static final int REPAIR = 6;
    public static final int SITE_DOWN = 7;
    public static final int SITE_UP = 8;
    public static final int INJECTED_FAILURE = 9;

    private Events() {}
}
