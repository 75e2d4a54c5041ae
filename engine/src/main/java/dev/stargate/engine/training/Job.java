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

    /**
     * Interruption times kept for outputs: at most {@value #RECORDED_INTERRUPTIONS}, evenly thinned
     * over the run (every interruption until the list is full, then every second, fourth, …);
     * {@link #interruptions} counts them all.
     */
    public static final int RECORDED_INTERRUPTIONS = 2000;
    public final java.util.List<Long> interruptionTimes = new java.util.ArrayList<>();
    private long keepEvery = 1;

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

    /** Counts an interruption at {@code t}. */
    public void interrupted(long t) {
        interruptions++;
        if ((interruptions - 1) % keepEvery != 0) return;
        if (interruptionTimes.size() == RECORDED_INTERRUPTIONS) {
            // full: keep every second one so far, and from now on every 2 × keepEvery-th
            java.util.List<Long> half = new java.util.ArrayList<>(RECORDED_INTERRUPTIONS / 2 + 1);
            for (int i = 0; i < interruptionTimes.size(); i += 2) half.add(interruptionTimes.get(i));
            interruptionTimes.clear();
            interruptionTimes.addAll(half);
            keepEvery *= 2;
            if ((interruptions - 1) % keepEvery != 0) return;
        }
        interruptionTimes.add(t);
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
