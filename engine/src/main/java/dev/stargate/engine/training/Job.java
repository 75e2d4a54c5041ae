package dev.stargate.engine.training;

import dev.stargate.model.scenario.TrainingJob;

/** A training job's state during a run. Gang-scheduled: it computes only while it holds all its accelerators. */
public final class Job {
    public enum State { NOT_ARRIVED, PENDING, RUNNING, RESTARTING, WAITING, SITE_DOWN, DONE }

    public final int index;
    public final TrainingJob spec;
    public final long arrival;
    /** Accelerators that compute, and the spares held beside them. */
    public final int count;
    public final int spares;
    /** Pools the job may run on (site, type and residency allow it). */
    public final int[] eligiblePools;

    public State state = State.NOT_ARRIVED;
    public int pool = -1;
    /** Healthy accelerators held (computing + spares). */
    public int held;
    /** Full-power rate at the pool it runs on (FLOP/s), and the work to do (FLOP). */
    public double rateFull;
    public double work;
    public JobProgress progress;
    /** Incremented on every change that invalidates scheduled completion or restart events. */
    public int version;
    /** Time the running segment started (progress is advanced lazily from here). */
    public long segmentStart;
    public double capFactor = 1.0;

    public long start = -1;
    public long end = -1;
    public int interruptions;
    public double lostWorkFlop;
    /** Accelerator-seconds held, integrated up to {@code accountedTo}. */
    public double heldAcceleratorSeconds;
    public long accountedTo;

    public Job(int index, TrainingJob spec, long arrival, int[] eligiblePools) {
        this.index = index;
        this.spec = spec;
        this.arrival = arrival;
        this.count = spec.acceleratorCount();
        this.spares = spec.hotSpares();
        this.eligiblePools = eligiblePools;
    }

    public int need() {
        return count + spares;
    }

    public boolean computing() {
        return state == State.RUNNING;
    }

    /** Integrates held accelerator-seconds up to {@code t}. */
    public void account(long t) {
        if (pool >= 0 && t > accountedTo) heldAcceleratorSeconds += (double) held * (t - accountedTo);
        accountedTo = Math.max(accountedTo, t);
    }

    /** Brings progress up to {@code t} at the current rate (only while running). */
    public void advance(long t) {
        if (state == State.RUNNING && t > segmentStart) progress.advance(t - segmentStart, rateFull * capFactor);
        segmentStart = t;
    }

    /** Ideal accelerator-seconds: the time the saved work would take on {@code count} accelerators at full power. */
    public double productiveAcceleratorSeconds() {
        if (progress == null || rateFull <= 0) return 0;
        double done = state == State.DONE ? work : progress.saved();
        return done / rateFull * count;
    }
}
