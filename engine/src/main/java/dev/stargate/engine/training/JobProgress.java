package dev.stargate.engine.training;

/**
 * The arithmetic of a running job's progress through checkpoint cycles. A cycle is τ seconds of
 * computing followed by δ seconds writing a checkpoint; progress made in a cycle becomes saved
 * when its write completes. Between events the rate is constant, so advancing is exact and costs
 * O(1) whatever the number of cycles crossed.
 */
public final class JobProgress {
    /** Position in the cycle: [0, τ) computing, [τ, τ+δ) writing. */
    double phase;
    /** Work done, saved or not (FLOP). */
    double progress;
    /** Work saved by the last completed checkpoint (FLOP). */
    double saved;

    final double tau;
    final double delta;

    public JobProgress(double tauSeconds, double deltaSeconds) {
        this.tau = tauSeconds;
        this.delta = deltaSeconds;
    }

    public double progress() {
        return progress;
    }

    public double saved() {
        return saved;
    }

    public double phase() {
        return phase;
    }

    /** Seconds of computing between checkpoints (τ). */
    public double intervalSeconds() {
        return tau;
    }

    /**
     * Advances {@code dt} seconds at {@code rate} FLOP/s. Boundaries are assigned exactly (never
     * reached by adding), so round-off cannot stall a cycle.
     */
    public void advance(double dt, double rate) {
        if (dt <= 0) return;
        double cycle = tau + delta;
        if (phase >= tau) { // in a write
            double left = cycle - phase;
            if (dt < left) {
                phase += dt;
                return;
            }
            dt -= left;
            completeWrite();
        }
        double left = tau - phase; // in a compute chunk
        if (dt < left) {
            progress += rate * dt;
            phase += dt;
            return;
        }
        progress += rate * left;
        dt -= left;
        if (dt < delta) {
            phase = tau + dt;
            return;
        }
        dt -= delta;
        completeWrite();
        long k = (long) Math.floor(dt / cycle); // whole cycles at once
        if (k > 0) {
            progress += k * rate * tau;
            saved = progress;
            dt = Math.max(0, dt - k * cycle);
        }
        if (dt < tau) { // the start of the next cycle
            progress += rate * dt;
            phase = dt;
        } else if (dt < cycle) {
            progress += rate * tau;
            phase = dt;
        } else { // round-off left one more whole cycle
            progress += rate * tau;
            completeWrite();
        }
    }

    private void completeWrite() {
        saved = progress;
        phase = 0;
    }

    /** Seconds until {@code progress} reaches {@code work} at {@code rate}; the last chunk needs no write. */
    public double secondsToReach(double work, double rate) {
        double remaining = work - progress;
        if (remaining <= 0) return 0;
        if (rate <= 0) return Double.POSITIVE_INFINITY;
        double cycle = tau + delta;
        double t = 0;
        double ph = phase;
        if (ph >= tau) {
            t += cycle - ph;
            ph = 0;
        }
        double chunk = rate * (tau - ph);
        if (remaining <= chunk) return t + remaining / rate;
        remaining -= chunk;
        t += (tau - ph) + delta;
        double perCycle = rate * tau;
        long full = (long) Math.ceil(remaining / perCycle) - 1;
        if (full > 0) {
            t += full * cycle;
            remaining -= full * perCycle;
        }
        return t + remaining / rate;
    }

    /** Interruption: work since the last checkpoint is lost; returns the FLOP lost. */
    public double rollback() {
        double lost = progress - saved;
        progress = saved;
        phase = 0;
        return lost;
    }
}
