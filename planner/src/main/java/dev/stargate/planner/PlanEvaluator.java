package dev.stargate.planner;

import dev.stargate.model.planning.Planning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Prices a build plan exactly: every site-year's energy LP at the plan's IT, then a repair that
 * makes energy capacities non-decreasing over the years (a plant cannot be un-built; the site LPs
 * are solved year by year), then the shortfall of every coupling limit at its penalty. The
 * site-year LPs run in parallel; each result lands in its own slot, so the outcome does not depend
 * on the number of threads.
 */
final class PlanEvaluator implements AutoCloseable {
    private final PlanProblem pp;
    final SiteYearLp[][] lps;
    private final ExecutorService pool;
    final boolean carbonBudget;
    final boolean cleanBudget;

    /** A priced plan. Costs are net present values in USD over the planned years. */
    record Priced(BuildPlan plan, SiteYearLp.Result[][] results, double[][][] capacityMw, double capitalUsd,
                  double energyUsd, double repairUsd, double siteUsd, double committedUsd, Map<String, Double> shortfalls,
                  double penaltyUsd) {
        /** Net present cost of the plan (no penalties). */
        double costUsd() {
            return capitalUsd + energyUsd + repairUsd + siteUsd + committedUsd;
        }

        double penalisedUsd() {
            return costUsd() + penaltyUsd;
        }
    }

    PlanEvaluator(PlanProblem pp, int threads) {
        this.pp = pp;
        Planning pl = pp.planning;
        this.carbonBudget = pl.carbonCapTonnesPerYear() != null;
        this.cleanBudget = pl.minCarbonFreeShare() != null;
        this.lps = new SiteYearLp[pp.options.size()][pp.years];
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "site-lp");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> built = new ArrayList<>();
        for (PlanProblem.Option o : pp.options) {
            for (int y = 0; y < pp.years; y++) {
                final int year = y;
                built.add(pool.submit(() -> lps[o.index][year] = new SiteYearLp(pp, o, year, carbonBudget, cleanBudget)));
            }
        }
        join(built);
    }

    /** Solves every site-year at the given loads and budgets. */
    SiteYearLp.Result[][] solveAll(double[][] itMw, double[][] emission, double[][] dirty) {
        SiteYearLp.Result[][] out = new SiteYearLp.Result[pp.options.size()][pp.years];
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            for (int y = 0; y < pp.years; y++) {
                final int o = i;
                final int year = y;
                jobs.add(pool.submit(() -> out[o][year] = lps[o][year].solve(itMw[o][year],
                        emission == null ? 0 : emission[o][year], dirty == null ? 0 : dirty[o][year])));
            }
        }
        join(jobs);
        return out;
    }

    Priced price(BuildPlan plan) {
        int n = pp.options.size();
        double[][] it = new double[n][pp.years];
        for (PlanProblem.Option o : pp.options) for (int y = 0; y < pp.years; y++) it[o.index][y] = plan.itMw(o, y);
        double[][] emission = plan.emissionBudget();
        double[][] dirty = plan.dirtyBudget();
        if (carbonBudget && emission == null) emission = fill(n, pp.planning.carbonCapTonnesPerYear());
        if (cleanBudget && dirty == null) dirty = dirtyShares(it);
        SiteYearLp.Result[][] r = solveAll(it, emission, dirty);
        double capital = 0;
        double energy = 0;
        double repair = 0;
        double site = 0;
        double committed = 0;
        double[][][] caps = new double[n][pp.years][];
        for (PlanProblem.Option o : pp.options) {
            int i = o.index;
            for (int y = 0; y < pp.years; y++) {
                double pv = 0;
                for (int z = y; z < pp.years; z++) pv += pp.discount[z];
                capital += plan.blocks()[i][y] * o.annualBlockUsd[y] * pv;
                energy += pp.discount[y] * (r[i][y].costUsd() - r[i][y].overrunPenaltyUsd());
                committed += pp.discount[y] * o.committedAnnualUsd[y];
                // repair: capacity never shrinks from one year to the next
                double[] k = r[i][y].capacityMw().clone();
                if (y > 0) {
                    for (int t = 0; t < k.length; t++) {
                        double prev = caps[i][y - 1][t];
                        if (prev > k[t]) {
                            var tech = lps[i][y].technologies().get(t);
                            double annualPerMw = 1000.0 * (tech.capexUsdPerKw() * PlanProblem.crf(pp.discountRate, tech.lifetimeYears())
                                    + tech.fixedOmUsdPerKwYear());
                            repair += pp.discount[y] * (prev - k[t]) * annualPerMw;
                            k[t] = prev;
                        }
                    }
                }
                caps[i][y] = k;
            }
        }
        for (int c = 0; c < plan.active().length; c++) {
            double annual = siteAnnual(c);
            for (int y = 0; y < pp.years; y++) site += plan.active()[c][y] * annual * pp.discount[y];
        }
        Map<String, Double> shortfalls = shortfalls(plan, it, r);
        double penalty = 0;
        for (double s : shortfalls.values()) penalty += s * pp.planning.shortfallPenaltyUsd();
        return new Priced(plan, r, caps, capital, energy, repair, site, committed, shortfalls, penalty);
    }

    private double siteAnnual(int candidate) {
        for (PlanProblem.Option o : pp.options) if (o.candidate == candidate) return o.siteAnnualUsd;
        return 0;
    }

    private double[][] fill(int n, double total) {
        double[][] e = new double[n][pp.years];
        for (double[] row : e) java.util.Arrays.fill(row, total / n);
        return e;
    }

    /** Without master budgets (greedy): each site may use the fleet's dirty share of its own energy. */
    private double[][] dirtyShares(double[][] it) {
        double[][] d = new double[it.length][pp.years];
        double share = 1 - pp.planning.minCarbonFreeShare();
        for (PlanProblem.Option o : pp.options) {
            for (int y = 0; y < pp.years; y++) d[o.index][y] = share * it[o.index][y] * pp.planning.itLoadFactor() * o.meanPue * 8760;
        }
        return d;
    }

    /** How far the plan misses each coupling limit (0 when met), in the limit's unit. */
    Map<String, Double> shortfalls(BuildPlan plan, double[][] it, SiteYearLp.Result[][] r) {
        Planning pl = pp.planning;
        Map<String, Double> out = new LinkedHashMap<>();
        for (Planning.Target t : pl.targets()) {
            int y = pp.yearIndex(t.year());
            if (t.itMw() != null) {
                double total = 0;
                for (PlanProblem.Option o : pp.options) total += it[o.index][y];
                out.put(String.format(Locale.ROOT, "IT target %d (%,.0f MW)", t.year(), t.itMw()), Math.max(0, t.itMw() - total));
            }
            if (t.exaflops() != null) {
                double ef = 0;
                for (PlanProblem.Option o : pp.options) {
                    ef += pp.committedFlops(o, y, t.precision()) / 1e18;
                    for (int z = 0; z <= y; z++) ef += plan.blocks()[o.index][z] * pp.blockFlops(o, z, t.precision()) / 1e18;
                }
                out.put(String.format(Locale.ROOT, "compute target %d (%,.0f EFLOP/s %s)", t.year(), t.exaflops(),
                        t.precision().name().toLowerCase(Locale.ROOT)), Math.max(0, t.exaflops() - ef));
            }
        }
        for (Planning.Sovereignty s : pl.sovereignty()) {
            int y = pp.yearIndex(s.year());
            double total = 0;
            for (PlanProblem.Option o : pp.options) {
                double w = s.country() != null ? (s.country().equals(o.country) ? 1 : 0) : PlanProblem.share(o, s.partner());
                total += w * it[o.index][y];
            }
            String who = s.country() != null ? "in " + s.country() : "owned by " + s.partner();
            out.put(String.format(Locale.ROOT, "sovereignty %d: %,.0f MW %s", s.year(), s.itMw(), who), Math.max(0, s.itMw() - total));
        }
        for (int y = 0; y < pp.years; y++) {
            int year = pp.startYear + y;
            double built = 0;
            double capex = 0;
            double water = 0;
            double emissions = 0;
            double facility = 0;
            double clean = 0;
            for (PlanProblem.Option o : pp.options) {
                built += plan.blocks()[o.index][y] * o.blockMw;
                capex += plan.blocks()[o.index][y] * o.blockCapexUsd[y];
                water += o.cooling.wueLPerKwh() * pl.itLoadFactor() * 8760 * it[o.index][y];
                emissions += r[o.index][y].emissionsTonnes();
                facility += r[o.index][y].facilityMwh();
                clean += r[o.index][y].carbonFreeMwh();
            }
            for (int c = 0; c < plan.active().length; c++) {
                double opened = plan.active()[c][y] - (y > 0 ? plan.active()[c][y - 1] : 0);
                capex += Math.max(0, opened) * pl.candidates().get(c).siteCostUsd();
            }
            if (pl.maxBuildMwPerYear() != null) {
                out.put(String.format(Locale.ROOT, "build rate %d (%,.0f MW)", year, pl.maxBuildMwPerYear()), Math.max(0, built - pl.maxBuildMwPerYear()));
            }
            if (pl.budgetUsdPerYear() != null) {
                out.put(String.format(Locale.ROOT, "budget %d ($%,.1fB)", year, pl.budgetUsdPerYear() / 1e9), Math.max(0, capex - pl.budgetUsdPerYear()) / 1e6);
            }
            if (pl.maxWaterM3PerYear() != null) {
                out.put(String.format(Locale.ROOT, "water %d (%,.0f m3)", year, pl.maxWaterM3PerYear()), Math.max(0, water - pl.maxWaterM3PerYear()));
            }
            if (pl.carbonCapTonnesPerYear() != null) {
                out.put(String.format(Locale.ROOT, "carbon cap %d (%,.0f t)", year, pl.carbonCapTonnesPerYear()), Math.max(0, emissions - pl.carbonCapTonnesPerYear()));
            }
            if (pl.minCarbonFreeShare() != null) {
                out.put(String.format(Locale.ROOT, "carbon-free share %d (%.0f%%)", year, 100 * pl.minCarbonFreeShare()),
                        Math.max(0, pl.minCarbonFreeShare() * facility - clean));
            }
        }
        return out;
    }

    private static void join(List<Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException re) throw re;
                throw new IllegalStateException(c);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        for (SiteYearLp[] row : lps) for (SiteYearLp lp : row) if (lp != null) lp.release();
    }
}
