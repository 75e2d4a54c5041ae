package dev.stargate.engine.training;

import dev.stargate.engine.core.EventQueue;
import dev.stargate.engine.core.Events;
import dev.stargate.engine.core.FleetState;
import dev.stargate.engine.core.World;
import dev.stargate.model.catalogue.Accelerator;
import dev.stargate.model.scenario.CapacityPriority;
import dev.stargate.model.scenario.CheckpointPolicy;
import dev.stargate.model.scenario.Checkpointing;
import dev.stargate.model.scenario.Policies;
import dev.stargate.model.scenario.Site;
import dev.stargate.model.scenario.TrainingJob;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Places gang-scheduled training jobs on pools, runs them through checkpoint cycles, interrupts
 * them on failures (rollback to the last checkpoint, then restart), tops them up from free
 * accelerators, and completes them.
 *
 * <p>Placement: jobs that have arrived wait in priority order (higher first, then earlier arrival);
 * each is placed on one pool with enough free accelerators for the job and its hot spares, chosen
 * by the placement policy. Lower-priority jobs may use capacity a larger job cannot (backfilling).
 * Training may hold at most (1 − inferenceReserveFraction) of a pool's healthy accelerators, and
 * with inference priority it leaves the accelerators inference used at its peak over the last day.
 */
public final class TrainingScheduler {
    private final World w;
    private final FleetState fleet;
    private final EventQueue queue;
    private final Policies policies;
    public final Job[] jobs;
    private final List<List<Job>> poolJobs = new ArrayList<>();
    private final TreeSet<Job> pending;
    private final TreeMap<Integer, Integer> pendingNeeds = new TreeMap<>();
    /** Accelerators inference used at its peak over the previous day, per pool (inference priority only). */
    private final double[] inferenceHold;
    private int completed;
    private boolean placementDue;

    public TrainingScheduler(World w, FleetState fleet, EventQueue queue, List<TrainingJob> specs) {
        this.w = w;
        this.fleet = fleet;
        this.queue = queue;
        this.policies = w.scenario.policies();
        this.jobs = new Job[specs.size()];
        for (int i = 0; i < w.pools(); i++) poolJobs.add(new ArrayList<>());
        for (int i = 0; i < jobs.length; i++) {
            TrainingJob spec = specs.get(i);
            long arrival = spec.earliestStart() == null ? 0 : Math.max(0, w.secondsFrom(spec.earliestStart()));
            jobs[i] = new Job(i, spec, arrival, eligiblePools(spec));
        }
        pending = new TreeSet<>(Comparator.<Job>comparingInt(j -> -j.spec.priority())
                .thenComparingLong(j -> j.arrival).thenComparingInt(j -> j.index));
        inferenceHold = new double[w.pools()];
    }

    private int[] eligiblePools(TrainingJob spec) {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < w.pools(); p++) {
            Site site = w.sites[w.poolSite[p]];
            if (spec.accelerator() != null && !spec.accelerator().equals(w.poolTypeName[p])) continue;
            if (!spec.allowedSites().isEmpty() && !spec.allowedSites().contains(site.name())) continue;
            if (!spec.allowedCountries().isEmpty() && !spec.allowedCountries().contains(site.country())) continue;
            out.add(p);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    public void scheduleArrivals() {
        for (Job j : jobs) {
            if (j.arrival < w.horizonSeconds) queue.push(j.arrival, Events.JOB_ARRIVAL, j.index, 0);
        }
    }

    public int completed() {
        return completed;
    }

    public List<Job> jobsOn(int pool) {
        return poolJobs.get(pool);
    }

    public void setInferenceHold(int pool, double accelerators) {
        inferenceHold[pool] = accelerators;
    }

    // ---- arrival and placement ----------------------------------------------------------------

    /** A job arrives; it is placed with the others at the end of the instant (see {@link #placementDue()}). */
    public void arrive(Job j, long t) {
        j.state = Job.State.PENDING;
        pending.add(j);
        pendingNeeds.merge(j.need(), 1, Integer::sum);
        placementDue = true;
    }

    /**
     * Whether pending jobs may now fit. Placement runs once per instant, after every event of that
     * instant, so that jobs arriving together are placed in priority order.
     */
    public boolean placementDue() {
        return placementDue;
    }

    /** Places every pending job that now fits, in priority order. */
    public void placePending(long t) {
        placementDue = false;
        if (pending.isEmpty()) return;
        for (Job j : new ArrayList<>(pending)) tryPlace(j, t);
    }

    /** A pool's free capacity grew: placement is due if it could fit the smallest pending job. */
    public void capacityFreed(int pool, long t) {
        if (pending.isEmpty()) return;
        if (placeable(pool) >= pendingNeeds.firstKey()) placementDue = true;
    }

    /** Accelerators of a pool a new job may take. */
    private long placeable(int p) {
        if (fleet.siteDown[w.poolSite[p]]) return 0;
        long healthy = fleet.healthy(p);
        long cap = (long) Math.floor((1 - policies.inferenceReserveFraction()) * healthy) - fleet.held[p];
        long free = fleet.free(p);
        if (policies.capacityPriority() == CapacityPriority.INFERENCE) free -= (long) Math.ceil(inferenceHold[p]);
        return Math.min(free, cap);
    }

    private void tryPlace(Job j, long t) {
        if (j.state != Job.State.PENDING) return;
        int best = -1;
        double bestKey = Double.POSITIVE_INFINITY;
        for (int p : j.eligiblePools) {
            long room = placeable(p);
            if (room < j.need()) continue;
            int s = w.poolSite[p];
            double key = switch (policies.placement()) {
                case FIRST_FIT -> p;
                case BEST_FIT -> room - j.need();
                case CHEAPEST -> w.gridPriceUsdPerMwh(s);
                case GREENEST -> w.regions[s].carbonKgPerMwh();
            };
            if (key < bestKey) {
                bestKey = key;
                best = p;
            }
        }
        if (best < 0) return;
        pending.remove(j);
        pendingNeeds.computeIfPresent(j.need(), (k, v) -> v == 1 ? null : v - 1);
        start(j, best, t);
    }

    private void start(Job j, int p, long t) {
        Accelerator a = w.poolType[p];
        j.pool = p;
        j.accountedTo = t;
        j.held = j.need();
        fleet.changeHeld(p, j.need());
        poolJobs.get(p).add(j);
        j.rateFull = j.count * a.peakFlopPerSecond(j.spec.precision()) * j.spec.mfu();
        j.work = j.spec.workFlop() != null ? j.spec.workFlop() : j.spec.durationH() * 3600.0 * j.rateFull;
        Checkpointing cp = j.spec.checkpoint();
        double delta = cp.writeSeconds();
        double tau;
        if (cp.policy() == CheckpointPolicy.FIXED) {
            tau = cp.intervalMinutes() * 60.0;
        } else {
            double mtbf = 1.0 / fleet.gangFailureRate(p, j.count);
            tau = Double.isFinite(mtbf) ? Math.sqrt(2.0 * delta * mtbf) : Double.MAX_VALUE / 4;
        }
        j.progress = new JobProgress(Math.max(1.0, tau), delta);
        j.start = t;
        j.capFactor = fleet.capTraining[w.poolSite[p]];
        if (fleet.siteDown[w.poolSite[p]]) {
            j.state = Job.State.SITE_DOWN;
        } else {
            run(j, t);
        }
    }

    // ---- running --------------------------------------------------------------------------------

    private void run(Job j, long t) {
        j.state = Job.State.RUNNING;
        j.segmentStart = t;
        fleet.trainingComputing(j.pool, j.count, +1, t);
        scheduleCompletion(j, t);
    }

    private void stopComputing(Job j, long t) {
        if (j.state == Job.State.RUNNING) {
            j.advance(t);
            fleet.trainingComputing(j.pool, j.count, -1, t);
        }
    }

    private void scheduleCompletion(Job j, long t) {
        j.version++;
        double secs = j.progress.secondsToReach(j.work, j.rateFull * j.capFactor);
        if (Double.isFinite(secs) && t + secs < w.horizonSeconds + 1) {
            queue.push(t + (long) Math.ceil(secs), Events.JOB_COMPLETE, j.index, j.version);
        }
    }

    /** The site's training cap changed: running jobs continue at the new rate. */
    public void capChanged(int site, double cap, long t) {
        for (int p : w.sitePools[site]) {
            for (Job j : poolJobs.get(p)) {
                if (j.state == Job.State.RUNNING) {
                    j.advance(t);
                    j.capFactor = cap;
                    scheduleCompletion(j, t);
                } else {
                    j.capFactor = cap;
                }
            }
        }
    }

    public void complete(Job j, int version, long t) {
        if (j.version != version || j.state != Job.State.RUNNING) return;
        j.advance(t);
        fleet.trainingComputing(j.pool, j.count, -1, t);
        j.account(t);
        j.state = Job.State.DONE;
        j.end = t;
        completed++;
        release(j, t);
    }

    private void release(Job j, long t) {
        int p = j.pool;
        fleet.changeHeld(p, -j.held);
        poolJobs.get(p).remove(j);
        j.held = 0;
        topUp(p, t);
        if (!pending.isEmpty()) placementDue = true;
    }

    // ---- failures -------------------------------------------------------------------------------

    /**
     * A failure of up to {@code size} accelerators at {@code position} among the pool's healthy
     * accelerators (jobs' computing accelerators first, then their spares, then the free ones).
     * A hit on a job's computing accelerators interrupts it; a hit on its spares only costs it
     * the spare unless too few remain. The failed accelerators go to repair; a group failure never
     * takes more than its holder has. Returns how many failed.
     */
    public long fail(int p, long size, long position, long t) {
        long pos = position;
        for (Job j : poolJobs.get(p)) {
            long computing = Math.min(j.held, j.count);
            long spare = j.held - computing;
            if (pos < computing + spare) {
                long lost = lose(j, size, t);
                fleet.fail(p, (int) lost, t);
                if (pos < computing || j.held < j.count) interrupt(j, t);
                else takeFromFree(j, t); // replace the spare if a free accelerator exists
                return lost;
            }
            pos -= computing + spare;
        }
        long lost = Math.min(size, fleet.free(p));
        fleet.fail(p, (int) lost, t);
        return lost;
    }

    private long lose(Job j, long size, long t) {
        j.account(t);
        long lost = Math.min(size, j.held);
        j.held -= (int) lost;
        fleet.changeHeld(j.pool, -lost);
        return lost;
    }

    private void interrupt(Job j, long t) {
        stopComputing(j, t);
        if (j.state == Job.State.RUNNING || j.state == Job.State.RESTARTING || j.state == Job.State.WAITING) {
            j.interrupted(t);
            j.lostWorkFlop += j.progress.rollback();
        }
        j.version++;
        if (j.state == Job.State.SITE_DOWN) return;
        takeFromFree(j, t);
        if (j.held >= j.count) restart(j, t);
        else j.state = Job.State.WAITING;
    }

    private void restart(Job j, long t) {
        j.state = Job.State.RESTARTING;
        long d = Math.round(j.spec.checkpoint().restartMinutes() * 60.0);
        queue.push(t + d, Events.JOB_RESTARTED, j.index, j.version);
    }

    public void restarted(Job j, int version, long t) {
        if (j.version != version || j.state != Job.State.RESTARTING) return;
        run(j, t);
    }

    /** Healthy accelerators came to a pool (repair, new phase): waiting jobs first, then spares, then pending jobs. */
    public void topUpAndPlace(int p, long t) {
        topUp(p, t);
        capacityFreed(p, t);
    }

    private void topUp(int p, long t) {
        for (Job j : poolJobs.get(p)) {
            if (j.state == Job.State.WAITING) {
                takeFromFree(j, t);
                if (j.held >= j.count) restart(j, t);
            }
        }
        for (Job j : poolJobs.get(p)) {
            if (j.state != Job.State.WAITING && j.state != Job.State.DONE && j.held < j.need()) takeFromFree(j, t);
        }
    }

    private void takeFromFree(Job j, long t) {
        long want = j.need() - j.held;
        long take = Math.min(want, Math.max(0, fleet.free(j.pool)));
        if (take > 0) {
            j.account(t);
            j.held += (int) take;
            fleet.changeHeld(j.pool, take);
        }
    }

    // ---- site power events ------------------------------------------------------------------------

    public void siteDown(int site, long t) {
        for (int p : w.sitePools[site]) {
            for (Job j : poolJobs.get(p)) {
                if (j.state == Job.State.DONE) continue;
                if (j.state == Job.State.RUNNING || j.state == Job.State.RESTARTING) {
                    stopComputing(j, t);
                    j.interrupted(t);
                    j.lostWorkFlop += j.progress.rollback();
                }
                j.version++;
                j.state = Job.State.SITE_DOWN;
            }
        }
    }

    public void siteUp(int site, long t) {
        for (int p : w.sitePools[site]) {
            for (Job j : poolJobs.get(p)) {
                if (j.state != Job.State.SITE_DOWN) continue;
                takeFromFree(j, t);
                if (j.held >= j.count) restart(j, t);
                else j.state = Job.State.WAITING;
            }
            capacityFreed(p, t);
        }
    }

    /** Brings every job's progress and accounting to the horizon end. */
    public void finish(long t) {
        for (Job j : jobs) {
            if (j.state == Job.State.RUNNING) j.advance(t);
            if (j.pool >= 0 && j.state != Job.State.DONE) j.account(t);
        }
    }
}
