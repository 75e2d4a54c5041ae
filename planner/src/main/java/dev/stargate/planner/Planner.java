package dev.stargate.planner;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import dev.stargate.model.planning.PlanSolver;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The buildout planner: least net present cost to meet the targets within the limits.
 *
 * <p>Benders decomposition. The master ({@link MasterProblem}, a MILP) decides integer IT blocks
 * per option and year and which sites are active; θ per site-year stands for the energy cost.
 * Each site-year's cost given its IT (and emission budgets when a carbon limit couples the sites)
 * is an LP ({@link SiteYearLp}); its value and slopes are tangent cuts on θ, exact at the point
 * evaluated. The loop: seed cuts at three loads per site-year, price the greedy baseline (the
 * first upper bound), then solve the master (lower bound), price its plan exactly and repaired
 * ({@link PlanEvaluator}: an upper bound), add the cuts it violates, until the relative gap between
 * the bounds reaches the target or time runs out.
 */
public final class Planner {
    /** Relative accuracy below which a cut is not worth adding. */
    private static final double CUT_TOLERANCE = 1e-7;

    private final PlanProblem pp;
    private final Consumer<String> log;
    private final double timeLimitSeconds;
    private final int threads;

    /** What a run produces: the report, the plan as a runnable scenario, and the checker's findings. */
    public record Outcome(PlanReport report, Scenario plannedScenario, List<String> violations, String masterMps) {}

    private Planner(LoadedScenario ls, Double timeLimitSeconds, int threads, Consumer<String> log) {
        if (ls.scenario().planning() == null) throw new IllegalArgumentException("the scenario has no planning: section");
        this.pp = new PlanProblem(ls);
        this.log = log;
        this.timeLimitSeconds = timeLimitSeconds != null ? timeLimitSeconds : pp.planning.timeLimitSeconds();
        this.threads = Math.max(1, threads);
    }

    /**
     * Plans the scenario's planning case.
     *
     * @param timeLimitSeconds overrides planning.timeLimitSeconds when given
     * @param threads site LPs solved at once
     * @param exportMps also write the master problem in MPS format (for other solvers)
     */
    public static Outcome plan(LoadedScenario ls, Double timeLimitSeconds, int threads, boolean exportMps, Consumer<String> log) {
        Loader.loadNativeLibraries();
        return new Planner(ls, timeLimitSeconds, threads, log).run(exportMps);
    }

    private Outcome run(boolean exportMps) {
        long t0 = System.nanoTime();
        try (PlanEvaluator ev = new PlanEvaluator(pp, threads)) {
            MasterProblem master = new MasterProblem(pp, ev.carbonBudget, ev.cleanBudget, false);
            try {
                return run(ev, master, exportMps, t0);
            } finally {
                master.release(); // also when a caller's log callback stops the run
            }
        }
    }

    private Outcome run(PlanEvaluator ev, MasterProblem master, boolean exportMps, long t0) {
        List<Cut> cuts = new ArrayList<>();
        double[][] energyPerMw = seedCuts(ev, master, cuts);
        log.accept(String.format("planner: %d options x %d years, %d site LPs, seeded %d cuts in %.1f s",
                pp.options.size(), pp.years, pp.options.size() * pp.years, cuts.size(), seconds(t0)));

        PlanEvaluator.Priced greedy = ev.price(Greedy.plan(pp, energyPerMw));
        PlanEvaluator.Priced best = greedy;
        double lower = Double.NEGATIVE_INFINITY;
        int iterations = 0;
        while (true) {
            double remaining = timeLimitSeconds - seconds(t0);
            if (remaining <= 0.5) break;
            MPSolver.ResultStatus status = master.solve(remaining, pp.planning.targetGap() / 4);
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) break;
            iterations++;
            double bound = pp.planning.solver() == PlanSolver.HIGHS && status != MPSolver.ResultStatus.OPTIMAL
                    ? relaxedBound(cuts, ev) : master.solver.objective().bestBound();
            lower = Math.max(lower, bound / SiteYearLp.SCALE + master.committedCostUsd());
            BuildPlan plan = extract(master);
            PlanEvaluator.Priced priced = ev.price(plan);
            if (priced.penalisedUsd() < best.penalisedUsd()) best = priced;
            int added = addViolatedCuts(master, plan, priced, cuts);
            double gap = gap(best.penalisedUsd(), lower);
            log.accept(String.format("planner: iteration %d: upper $%.4gB, lower $%.4gB, gap %.3f%%, %d new cuts, %.1f s",
                    iterations, best.penalisedUsd() / 1e9, lower / 1e9, 100 * gap, added, seconds(t0)));
            if (gap <= pp.planning.targetGap() || added == 0) break;
        }
        double solveSeconds = seconds(t0);
        // the final master, with every cut: other MILP solvers can read it
        String mps = exportMps ? master.solver.exportModelAsMpsFormat(false, false) : null;
        List<String> binding = new Shadows(pp, ev.carbonBudget, ev.cleanBudget, cuts, best).describe();
        PlanReport report = new PlanReportBuilder(pp, ev, master, best, greedy, lower, solveSeconds, iterations, binding).build();
        Scenario planned = ScenarioEmitter.emit(pp, best);
        List<String> violations = PlanChecker.check(pp, best);
        return new Outcome(report, planned, violations, mps);
    }

    /** A cut kept so that it can be replayed in the relaxed master. */
    record Cut(int option, int year, double it, double emission, double dirty, SiteYearLp.Result result) {}

    /**
     * Cuts at the committed load, the load the interconnect alone can carry, and the most the site
     * holds. Returns each option-year's average energy cost per MW over that range (for greedy).
     */
    private double[][] seedCuts(PlanEvaluator ev, MasterProblem master, List<Cut> cuts) {
        int n = pp.options.size();
        double[][] lo = new double[n][pp.years];
        double[][] mid = new double[n][pp.years];
        double[][] hi = new double[n][pp.years];
        for (PlanProblem.Option o : pp.options) {
            for (int y = 0; y < pp.years; y++) {
                lo[o.index][y] = o.committedItMw[y];
                hi[o.index][y] = Math.max(o.committedItMw[y], o.maxItMw);
                double gridCarries = pp.interconnectMw(o, y) / (pp.planning.itLoadFactor() * o.designPue);
                mid[o.index][y] = Math.min(hi[o.index][y], Math.max(lo[o.index][y], gridCarries));
                if (mid[o.index][y] - lo[o.index][y] < 1e-6 || hi[o.index][y] - mid[o.index][y] < 1e-6) {
                    mid[o.index][y] = (lo[o.index][y] + hi[o.index][y]) / 2;
                }
            }
        }
        double[][] emission = ev.carbonBudget ? full(n, pp.planning.carbonCapTonnesPerYear()) : null;
        double[][] dirty = ev.cleanBudget ? full(n, Double.MAX_VALUE / 1e10) : null;
        SiteYearLp.Result[][] rLo = null;
        SiteYearLp.Result[][] rHi = null;
        for (double[][] level : List.of(lo, mid, hi)) {
            SiteYearLp.Result[][] r = ev.solveAll(level, emission, dirty);
            for (PlanProblem.Option o : pp.options) {
                for (int y = 0; y < pp.years; y++) {
                    double e = emission == null ? 0 : emission[o.index][y];
                    double d = dirty == null ? 0 : dirty[o.index][y];
                    master.addCut(o.index, y, level[o.index][y], e, d, r[o.index][y]);
                    cuts.add(new Cut(o.index, y, level[o.index][y], e, d, r[o.index][y]));
                }
            }
            if (level == lo) rLo = r;
            if (level == hi) rHi = r;
        }
        double[][] perMw = new double[n][pp.years];
        for (PlanProblem.Option o : pp.options) {
            for (int y = 0; y < pp.years; y++) {
                double span = hi[o.index][y] - lo[o.index][y];
                perMw[o.index][y] = span > 0 ? (rHi[o.index][y].costUsd() - rLo[o.index][y].costUsd()) / span : 0;
            }
        }
        return perMw;
    }

    private double[][] full(int n, double v) {
        double[][] a = new double[n][pp.years];
        for (double[] row : a) java.util.Arrays.fill(row, v);
        return a;
    }

    private BuildPlan extract(MasterProblem m) {
        int n = pp.options.size();
        double[][] b = new double[n][pp.years];
        double[][] e = m.emissionBudget == null ? null : new double[n][pp.years];
        double[][] d = m.dirtyBudget == null ? null : new double[n][pp.years];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < pp.years; y++) {
                b[i][y] = Math.round(m.blocks[i][y].solutionValue());
                if (e != null) e[i][y] = m.emissionBudget[i][y].solutionValue();
                if (d != null) d[i][y] = m.dirtyBudget[i][y].solutionValue();
            }
        }
        double[][] a = new double[m.active.length][pp.years];
        for (int c = 0; c < a.length; c++) for (int y = 0; y < pp.years; y++) a[c][y] = Math.round(m.active[c][y].solutionValue());
        return new BuildPlan(b, a, e, d);
    }

    private int addViolatedCuts(MasterProblem m, BuildPlan plan, PlanEvaluator.Priced priced, List<Cut> cuts) {
        // read the whole solution before the first cut changes the model (and voids it)
        double[][] theta = new double[pp.options.size()][pp.years];
        for (PlanProblem.Option o : pp.options) {
            for (int y = 0; y < pp.years; y++) theta[o.index][y] = m.theta[o.index][y].solutionValue() / SiteYearLp.SCALE;
        }
        int added = 0;
        for (PlanProblem.Option o : pp.options) {
            for (int y = 0; y < pp.years; y++) {
                SiteYearLp.Result r = priced.results()[o.index][y];
                double thetaUsd = theta[o.index][y];
                if (r.costUsd() - thetaUsd <= CUT_TOLERANCE * Math.max(1e6, Math.abs(r.costUsd()))) continue;
                double it = plan.itMw(o, y);
                double e = plan.emissionBudget() == null ? 0 : plan.emissionBudget()[o.index][y];
                double d = plan.dirtyBudget() == null ? 0 : plan.dirtyBudget()[o.index][y];
                m.addCut(o.index, y, it, e, d, r);
                cuts.add(new Cut(o.index, y, it, e, d, r));
                added++;
            }
        }
        return added;
    }

    /** The LP relaxation's value with every cut: a lower bound for solvers that do not report one. */
    private double relaxedBound(List<Cut> cuts, PlanEvaluator ev) {
        MasterProblem relaxed = new MasterProblem(pp, ev.carbonBudget, ev.cleanBudget, true);
        for (Cut c : cuts) relaxed.addCut(c.option(), c.year(), c.it(), c.emission(), c.dirty(), c.result());
        relaxed.solver.solve();
        double v = relaxed.solver.objective().value();
        relaxed.release();
        return v;
    }

    static double gap(double upper, double lower) {
        if (!Double.isFinite(lower)) return 1;
        return upper <= 0 ? 0 : Math.max(0, (upper - lower) / upper);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
