package dev.stargate.engine.core;

import dev.stargate.model.catalogue.Accelerator;
import dev.stargate.model.profiles.Streams;
import dev.stargate.model.scenario.Failures;
import dev.stargate.model.scenario.RepairDistribution;
import java.util.SplittableRandom;

/**
 * Accelerator counts of every pool (installed, failed, held by training jobs; the rest is free for
 * inference or idle), the failure process of each pool, and exact per-site integration of IT
 * energy between events.
 *
 * <p>Failures: a pool with n healthy accelerators fails at total rate n·λ (plus node and rack
 * failures at their rates per node and rack); the next failure is exponential with that rate and
 * is resampled after every change (memorylessness makes this exact). Cost is O(events).
 *
 * <p>Power: IT power of a site = Σ healthy accelerators × system power × idle fraction, plus the
 * dynamic part (1 − idle fraction) of accelerators running training (× the site's training cap)
 * and serving inference (× its inference cap). It is piecewise constant between events, so energy
 * is integrated exactly.
 */
public final class FleetState {
    private static final double SECONDS_PER_DAY = 86400.0;

    private final World w;
    private final EventQueue queue;
    private final Failures failures;

    public final long[] installed;
    public final long[] failed;
    public final long[] held;
    public final boolean[] siteDown;
    private final int[] failVersion;
    private final SplittableRandom[] rng;
    private final double[] accRate;
    private final double[] nodeRate;
    private final double[] rackRate;
    private final int[] nodeSize;
    private final int[] rackSize;

    /** Per site: idle power of healthy accelerators, dynamic power of running training at full power, of inference. */
    private final double[] baseW;
    private final double[] trainFullW;
    private final double[] inferenceDynW;
    public final double[] capTraining;
    public final double[] capInference;
    private final double[] energyJ;
    private final long[] lastT;
    /** Accelerator-seconds installed (for $/accelerator-hour), integrated like energy. */
    private final double[] installedAccSeconds;
    /** Accelerators computing for training jobs, per site. */
    public final long[] trainingComputing;

    public FleetState(World w, EventQueue queue, long seed) {
        this.w = w;
        this.queue = queue;
        this.failures = w.scenario.failures();
        int p = w.pools();
        int s = w.sites.length;
        installed = new long[p];
        failed = new long[p];
        held = new long[p];
        failVersion = new int[p];
        rng = new SplittableRandom[p];
        accRate = new double[p];
        nodeRate = new double[p];
        rackRate = new double[p];
        nodeSize = new int[p];
        rackSize = new int[p];
        for (int i = 0; i < p; i++) {
            Accelerator a = w.poolType[i];
            rng[i] = Streams.of(seed, "failures/" + w.sites[w.poolSite[i]].name() + "/" + w.poolTypeName[i]);
            accRate[i] = a.failureRatePerDay() * failures.rateMultiplier() / SECONDS_PER_DAY;
            nodeSize[i] = Math.min(a.scaleUpDomain(), a.acceleratorsPerRack());
            rackSize[i] = a.acceleratorsPerRack();
            nodeRate[i] = failures.nodeFailureRatePerDay() / SECONDS_PER_DAY;
            rackRate[i] = failures.rackFailureRatePerDay() / SECONDS_PER_DAY;
        }
        siteDown = new boolean[s];
        baseW = new double[s];
        trainFullW = new double[s];
        inferenceDynW = new double[s];
        capTraining = new double[s];
        capInference = new double[s];
        java.util.Arrays.fill(capTraining, 1.0);
        java.util.Arrays.fill(capInference, 1.0);
        energyJ = new double[s];
        lastT = new long[s];
        installedAccSeconds = new double[s];
        trainingComputing = new long[s];
    }

    public long healthy(int p) {
        return installed[p] - failed[p];
    }

    /** Healthy accelerators not held by training jobs. */
    public long free(int p) {
        return installed[p] - failed[p] - held[p];
    }

    /** Job MTBF contribution: failures per second hitting a gang of {@code n} accelerators of pool {@code p}. */
    public double gangFailureRate(int p, long n) {
        return n * accRate[p] + (double) n / nodeSize[p] * nodeRate[p] + (double) n / rackSize[p] * rackRate[p];
    }

    // ---- power integration --------------------------------------------------------------------

    /** Integrates site power up to {@code t}; call before any change that alters the site's power. */
    public void integrate(int site, long t) {
        long dt = t - lastT[site];
        if (dt > 0) {
            energyJ[site] += itPowerW(site) * dt;
            long acc = 0;
            for (int p : w.sitePools[site]) acc += installed[p];
            installedAccSeconds[site] += (double) acc * dt;
            lastT[site] = t;
        }
    }

    /** IT power of a site now, W. */
    public double itPowerW(int site) {
        if (siteDown[site]) return 0;
        return baseW[site] + trainFullW[site] * capTraining[site] + inferenceDynW[site] * capInference[site];
    }

    /** Dynamic IT power the site would draw now without caps, W (for forecasting supply shortfalls). */
    public double trainingDynamicW(int site) {
        return siteDown[site] ? 0 : trainFullW[site];
    }

    public double inferenceDynamicW(int site) {
        return siteDown[site] ? 0 : inferenceDynW[site];
    }

    public double basePowerW(int site) {
        return siteDown[site] ? 0 : baseW[site];
    }

    /** IT energy of the site since the last call, J; resets the accumulator. */
    public double takeEnergyJ(int site) {
        double e = energyJ[site];
        energyJ[site] = 0;
        return e;
    }

    public double installedAcceleratorSeconds(int site) {
        return installedAccSeconds[site];
    }

    private double idleW(int p) {
        Accelerator a = w.poolType[p];
        return a.systemPowerW() * a.idlePowerFraction();
    }

    public double dynamicW(int p) {
        Accelerator a = w.poolType[p];
        return a.systemPowerW() * (1 - a.idlePowerFraction());
    }

    /** A job of {@code n} accelerators on pool {@code p} starts (+1) or stops (−1) computing. */
    public void trainingComputing(int p, int n, int sign, long t) {
        int s = w.poolSite[p];
        integrate(s, t);
        trainFullW[s] += sign * n * dynamicW(p);
        trainingComputing[s] += (long) sign * n;
        if (trainingComputing[s] == 0) trainFullW[s] = 0; // no drift from repeated adding and removing
    }

    /** Sets the accelerators busy serving inference on a pool for the coming step. */
    public void setInferenceBusy(int site, double dynamicW, long t) {
        integrate(site, t);
        inferenceDynW[site] = dynamicW;
    }

    public void setCaps(int site, double training, double inference, long t) {
        integrate(site, t);
        capTraining[site] = training;
        capInference[site] = inference;
    }

    // ---- counts -------------------------------------------------------------------------------

    public void install(int p, int n, long t) {
        int s = w.poolSite[p];
        integrate(s, t);
        installed[p] += n;
        baseW[s] += n * idleW(p);
        rescheduleFailure(p, t);
    }

    /** {@code n} healthy accelerators of pool {@code p} fail and go to repair (n may be 0: the process just continues). */
    public void fail(int p, int n, long t) {
        if (n <= 0) {
            rescheduleFailure(p, t);
            return;
        }
        int s = w.poolSite[p];
        integrate(s, t);
        failed[p] += n;
        baseW[s] -= n * idleW(p);
        double mean = failures.repairHours() * 3600.0;
        double repair = failures.repairDistribution() == RepairDistribution.FIXED ? mean : Streams.exponential(rng[p], 1.0 / mean);
        queue.push(t + Math.max(1, (long) Math.ceil(repair)), Events.REPAIR, p, n);
        rescheduleFailure(p, t);
    }

    public void repair(int p, int n, long t) {
        int s = w.poolSite[p];
        integrate(s, t);
        failed[p] -= n;
        baseW[s] += n * idleW(p);
        rescheduleFailure(p, t);
    }

    public void changeHeld(int p, long delta) {
        held[p] += delta;
    }

    public void setSiteDown(int site, boolean down, long t) {
        integrate(site, t);
        siteDown[site] = down;
        for (int p : w.sitePools[site]) rescheduleFailure(p, t);
    }

    // ---- failure process ----------------------------------------------------------------------

    /** Total failure rate of a pool per second (0 while its site is down). */
    public double failureRate(int p) {
        return siteDown[w.poolSite[p]] ? 0 : gangFailureRate(p, healthy(p));
    }

    private void rescheduleFailure(int p, long t) {
        failVersion[p]++;
        double dt = Streams.exponential(rng[p], failureRate(p));
        if (Double.isFinite(dt) && t + dt < w.horizonSeconds) {
            queue.push(t + Math.max(0, (long) Math.ceil(dt)), Events.POOL_FAILURE, p, failVersion[p]);
        }
    }

    public boolean isCurrentFailure(int p, int version) {
        return failVersion[p] == version;
    }

    private long drawnSize;
    private long drawnPosition;

    /**
     * Draws what a failure event in pool {@code p} takes down: its size (1, a node, or a rack,
     * in proportion to their rates, never more than the healthy count) and a uniform position
     * in [0, healthy) that says whose accelerators fail (jobs' first, then the free ones).
     * Read them with {@link #drawnSize()} and {@link #drawnPosition()}.
     */
    public void drawFailure(int p) {
        long h = healthy(p);
        double single = h * accRate[p];
        double node = (double) h / nodeSize[p] * nodeRate[p];
        double rack = (double) h / rackSize[p] * rackRate[p];
        double u = rng[p].nextDouble() * (single + node + rack);
        long size = u < single ? 1 : u < single + node ? nodeSize[p] : rackSize[p];
        drawnSize = Math.min(size, h);
        drawnPosition = Math.min((long) (rng[p].nextDouble() * h), h - 1);
    }

    public long drawnSize() {
        return drawnSize;
    }

    public long drawnPosition() {
        return drawnPosition;
    }
}
