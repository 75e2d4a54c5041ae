package dev.stargate.engine;

import dev.stargate.engine.core.FleetState;
import dev.stargate.engine.core.World;
import dev.stargate.engine.training.Job;
import dev.stargate.engine.training.TrainingScheduler;

/**
 * The fleet's conservation laws, checked after every event when asked: per pool, installed =
 * failed + held by jobs + free with none negative; what jobs hold adds up to the pool's held
 * count; no job holds more than it asked for or computes without all its accelerators.
 */
final class Invariants {
    private Invariants() {}

    static void check(World w, FleetState fleet, TrainingScheduler scheduler, long t) {
        long[] heldByJobs = new long[w.pools()];
        for (Job j : scheduler.jobs) {
            if (j.pool < 0) continue;
            if (j.held < 0 || j.held > j.need()) fail(t, "job " + j.spec.name() + " holds " + j.held + " of " + j.need());
            if (j.state == Job.State.RUNNING && j.held < j.count) {
                fail(t, "job " + j.spec.name() + " computes with " + j.held + " of " + j.count + " accelerators");
            }
            if (j.state == Job.State.DONE && j.held != 0) fail(t, "finished job " + j.spec.name() + " still holds " + j.held);
            heldByJobs[j.pool] += j.held;
        }
        for (int p = 0; p < w.pools(); p++) {
            long installed = fleet.installed[p];
            long failed = fleet.failed[p];
            long held = fleet.held[p];
            long free = fleet.free(p);
            if (installed < 0 || failed < 0 || held < 0 || free < 0 || installed != failed + held + free) {
                fail(t, "pool " + p + ": installed " + installed + ", failed " + failed + ", held " + held + ", free " + free);
            }
            if (held != heldByJobs[p]) fail(t, "pool " + p + ": held " + held + " but jobs hold " + heldByJobs[p]);
        }
    }

    private static void fail(long t, String what) {
        throw new IllegalStateException("invariant broken at t=" + t + " s: " + what);
    }
}
