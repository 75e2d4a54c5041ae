package dev.stargate.planner;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import dev.stargate.model.planning.Planning;
import dev.stargate.model.planning.PlanSolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The master problem over build decisions: integer blocks per option and year, a binary per
 * candidate and year saying the site is active (it carries the site's cost), a choice of one
 * cooling per candidate, and θ per option and year bounding the energy cost from below through
 * Benders cuts of {@link SiteYearLp}. Every coupling limit (targets, sovereignty, build rate,
 * budget, water, carbon, carbon-free share) has a slack priced at the planning's shortfall penalty,
 * so the problem is always feasible and a missed limit is measured, not just reported.
 *
 * <p>Objective: the net present cost of the planned years, in millions of USD: capital charges of
 * blocks (from the year built), the site's annualised cost while active, and energy cost θ.
 */
final class MasterProblem {
    private final PlanProblem pp;
    final MPSolver solver;
    final MPVariable[][] blocks;
    final MPVariable[][] active;
    final MPVariable[][] itMw;
    final MPVariable[][] theta;
    final MPVariable[][] emissionBudget;
    final MPVariable[][] dirtyBudget;
    /** Slack of each coupling limit, by its description. */
    final Map<String, MPVariable> slacks = new LinkedHashMap<>();
    final Map<String, MPConstraint> limits = new LinkedHashMap<>();
    final Map<String, String> slackUnits = new LinkedHashMap<>();
    private final double penalty;
    int cuts;

    MasterProblem(PlanProblem pp, boolean carbonBudget, boolean cleanBudget, boolean relax) {
        this.pp = pp;
        Planning pl = pp.planning;
        String id = relax ? "GLOP" : switch (pl.solver()) {
            case SCIP -> "SCIP";
            case CBC -> "CBC";
            case HIGHS -> "HIGHS";
        };
        solver = MPSolver.createSolver(id);
        if (solver == null) throw new IllegalStateException("solver " + id + " is not available in this OR-Tools build");
        penalty = pl.shortfallPenaltyUsd() * SiteYearLp.SCALE;
        int n = pp.options.size();
        int years = pp.years;
        blocks = new MPVariable[n][years];
        itMw = new MPVariable[n][years];
        theta = new MPVariable[n][years];
        emissionBudget = carbonBudget ? new MPVariable[n][years] : null;
        dirtyBudget = cleanBudget ? new MPVariable[n][years] : null;
        int candidates = pl.candidates().size();
        active = new MPVariable[candidates][years];
        MPObjective obj = solver.objective();
        obj.setMinimization();

        for (int c = 0; c < candidates; c++) {
            for (int y = 0; y < years; y++) {
                active[c][y] = relax ? solver.makeNumVar(0, 1, "active_" + c + "_" + y) : solver.makeBoolVar("active_" + c + "_" + y);
                if (y > 0) geq(active[c][y], active[c][y - 1]); // once open, open
            }
        }
        List<List<PlanProblem.Option>> byCandidate = new ArrayList<>();
        for (int c = 0; c < candidates; c++) byCandidate.add(new ArrayList<>());
        for (PlanProblem.Option o : pp.options) byCandidate.get(o.candidate).add(o);

        for (PlanProblem.Option o : pp.options) {
            int i = o.index;
            MPVariable choose = null;
            if (byCandidate.get(o.candidate).size() > 1) {
                choose = relax ? solver.makeNumVar(0, 1, "cooling_" + i) : solver.makeBoolVar("cooling_" + i);
            }
            for (int y = 0; y < years; y++) {
                blocks[i][y] = relax ? solver.makeNumVar(0, o.maxAdd[y], "b_" + i + "_" + y) : solver.makeIntVar(0, o.maxAdd[y], "b_" + i + "_" + y);
                itMw[i][y] = solver.makeNumVar(0, MPSolver.infinity(), "it_" + i + "_" + y);
                theta[i][y] = solver.makeNumVar(0, MPSolver.infinity(), "theta_" + i + "_" + y);
                // IT online = committed + blocks built so far
                MPConstraint it = solver.makeConstraint(o.committedItMw[y], o.committedItMw[y]);
                it.setCoefficient(itMw[i][y], 1);
                for (int z = 0; z <= y; z++) it.setCoefficient(blocks[i][z], -o.blockMw);
                // new IT needs the site active (and its cooling chosen)
                MPConstraint open = solver.makeConstraint(-MPSolver.infinity(), o.committedItMw[y]);
                open.setCoefficient(itMw[i][y], 1);
                open.setCoefficient(active[o.candidate][y], -o.maxItMw);
                if (choose != null) {
                    MPConstraint chosen = solver.makeConstraint(-MPSolver.infinity(), o.committedItMw[y]);
                    chosen.setCoefficient(itMw[i][y], 1);
                    chosen.setCoefficient(choose, -o.maxItMw);
                }
                double df = pp.discount[y];
                obj.setCoefficient(theta[i][y], df);
                // a block built in year y pays its annual cost every year from y on
                double pv = 0;
                for (int z = y; z < years; z++) pv += pp.discount[z];
                obj.setCoefficient(blocks[i][y], o.annualBlockUsd[y] * pv * SiteYearLp.SCALE);
                if (emissionBudget != null) emissionBudget[i][y] = solver.makeNumVar(0, MPSolver.infinity(), "e_" + i + "_" + y);
                if (dirtyBudget != null) dirtyBudget[i][y] = solver.makeNumVar(0, MPSolver.infinity(), "d_" + i + "_" + y);
            }
            MPConstraint total = solver.makeConstraint(0, o.maxBlocks);
            for (int y = 0; y < years; y++) total.setCoefficient(blocks[i][y], 1);
        }
        for (int c = 0; c < candidates; c++) {
            List<PlanProblem.Option> opts = byCandidate.get(c);
            if (opts.size() > 1) {
                MPConstraint one = solver.makeConstraint(0, 1);
                for (PlanProblem.Option o : opts) one.setCoefficient(solver.lookupVariableOrNull("cooling_" + o.index), 1);
            }
            double siteAnnual = opts.get(0).siteAnnualUsd;
            for (int y = 0; y < years; y++) obj.setCoefficient(active[c][y], siteAnnual * pp.discount[y] * SiteYearLp.SCALE);
        }
        couplingLimits(pl);
    }

    private void geq(MPVariable a, MPVariable b) {
        MPConstraint c = solver.makeConstraint(0, MPSolver.infinity());
        c.setCoefficient(a, 1);
        c.setCoefficient(b, -1);
    }

    private MPConstraint limit(String name, double lb, double ub, double slackSign, String unit) {
        MPConstraint c = solver.makeConstraint(lb, ub, name);
        MPVariable s = solver.makeNumVar(0, MPSolver.infinity(), "slack:" + name);
        c.setCoefficient(s, slackSign);
        solver.objective().setCoefficient(s, penalty);
        slacks.put(name, s);
        limits.put(name, c);
        slackUnits.put(name, unit);
        return c;
    }

    private void couplingLimits(Planning pl) {
        int years = pp.years;
        for (Planning.Target t : pl.targets()) {
            int y = pp.yearIndex(t.year());
            if (t.itMw() != null) {
                MPConstraint c = limit(String.format(Locale.ROOT, "IT target %d (%,.0f MW)", t.year(), t.itMw()), t.itMw(), MPSolver.infinity(), 1, "MW");
                for (PlanProblem.Option o : pp.options) c.setCoefficient(itMw[o.index][y], 1);
            }
            if (t.exaflops() != null) {
                String name = String.format(Locale.ROOT, "compute target %d (%,.0f EFLOP/s %s)", t.year(), t.exaflops(), t.precision().name().toLowerCase(Locale.ROOT));
                double committed = 0;
                for (PlanProblem.Option o : pp.options) committed += pp.committedFlops(o, y, t.precision()) / 1e18;
                MPConstraint c = limit(name, t.exaflops() - committed, MPSolver.infinity(), 1, "EFLOP/s");
                for (PlanProblem.Option o : pp.options) {
                    for (int z = 0; z <= y; z++) c.setCoefficient(blocks[o.index][z], pp.blockFlops(o, z, t.precision()) / 1e18);
                }
            }
        }
        for (Planning.Sovereignty s : pl.sovereignty()) {
            int y = pp.yearIndex(s.year());
            String who = s.country() != null ? "in " + s.country() : "owned by " + s.partner();
            MPConstraint c = limit(String.format(Locale.ROOT, "sovereignty %d: %,.0f MW %s", s.year(), s.itMw(), who), s.itMw(), MPSolver.infinity(), 1, "MW");
            for (PlanProblem.Option o : pp.options) {
                double w = s.country() != null ? (s.country().equals(o.country) ? 1 : 0) : PlanProblem.share(o, s.partner());
                if (w > 0) c.setCoefficient(itMw[o.index][y], w);
            }
        }
        for (int y = 0; y < years; y++) {
            int year = pp.startYear + y;
            if (pl.maxBuildMwPerYear() != null) {
                MPConstraint c = limit(String.format(Locale.ROOT, "build rate %d (%,.0f MW)", year, pl.maxBuildMwPerYear()), -MPSolver.infinity(), pl.maxBuildMwPerYear(), -1, "MW");
                for (PlanProblem.Option o : pp.options) c.setCoefficient(blocks[o.index][y], o.blockMw);
            }
            if (pl.budgetUsdPerYear() != null) {
                MPConstraint c = limit(String.format(Locale.ROOT, "budget %d ($%,.1fB)", year, pl.budgetUsdPerYear() / 1e9), -MPSolver.infinity(), pl.budgetUsdPerYear() * SiteYearLp.SCALE, -1, "$M");
                for (PlanProblem.Option o : pp.options) c.setCoefficient(blocks[o.index][y], o.blockCapexUsd[y] * SiteYearLp.SCALE);
                for (int cand = 0; cand < active.length; cand++) {
                    double cost = pl.candidates().get(cand).siteCostUsd() * SiteYearLp.SCALE;
                    if (cost <= 0) continue;
                    c.setCoefficient(active[cand][y], cost);
                    if (y > 0) c.setCoefficient(active[cand][y - 1], -cost);
                }
            }
            if (pl.maxWaterM3PerYear() != null) {
                MPConstraint c = limit(String.format(Locale.ROOT, "water %d (%,.0f m3)", year, pl.maxWaterM3PerYear()), -MPSolver.infinity(), pl.maxWaterM3PerYear(), -1, "m3");
                for (PlanProblem.Option o : pp.options) c.setCoefficient(itMw[o.index][y], o.cooling.wueLPerKwh() * pl.itLoadFactor() * 8760);
            }
            if (emissionBudget != null) {
                MPConstraint c = limit(String.format(Locale.ROOT, "carbon cap %d (%,.0f t)", year, pl.carbonCapTonnesPerYear()), -MPSolver.infinity(), pl.carbonCapTonnesPerYear(), -1, "t");
                for (PlanProblem.Option o : pp.options) c.setCoefficient(emissionBudget[o.index][y], 1);
            }
            if (dirtyBudget != null) {
                // Σ non-carbon-free energy ≤ (1 − share) × Σ facility energy
                MPConstraint c = limit(String.format(Locale.ROOT, "carbon-free share %d (%.0f%%)", year, 100 * pl.minCarbonFreeShare()), -MPSolver.infinity(), 0, -1, "MWh");
                for (PlanProblem.Option o : pp.options) {
                    c.setCoefficient(dirtyBudget[o.index][y], 1);
                    c.setCoefficient(itMw[o.index][y], -(1 - pl.minCarbonFreeShare()) * pl.itLoadFactor() * o.meanPue * 8760);
                }
            }
        }
    }

    /** θ ≥ cost + slope × (it − it*) [+ slopes of the budgets]: a tangent of the site-year's cost. */
    void addCut(int option, int year, double itStar, double eStar, double dStar, SiteYearLp.Result r) {
        double rhs = (r.costUsd() - r.slopeUsdPerMw() * itStar) * SiteYearLp.SCALE;
        MPConstraint c = solver.makeConstraint(-MPSolver.infinity(), MPSolver.infinity());
        c.setCoefficient(theta[option][year], 1);
        c.setCoefficient(itMw[option][year], -r.slopeUsdPerMw() * SiteYearLp.SCALE);
        if (emissionBudget != null) {
            rhs -= r.slopeUsdPerTonne() * eStar * SiteYearLp.SCALE;
            c.setCoefficient(emissionBudget[option][year], -r.slopeUsdPerTonne() * SiteYearLp.SCALE);
        }
        if (dirtyBudget != null) {
            rhs -= r.slopeUsdPerDirtyMwh() * dStar * SiteYearLp.SCALE;
            c.setCoefficient(dirtyBudget[option][year], -r.slopeUsdPerDirtyMwh() * SiteYearLp.SCALE);
        }
        c.setBounds(rhs, MPSolver.infinity());
        cuts++;
    }

    /** The constant part of the objective: committed capacity's annual cost, discounted (USD). */
    double committedCostUsd() {
        double s = 0;
        for (PlanProblem.Option o : pp.options) for (int y = 0; y < pp.years; y++) s += o.committedAnnualUsd[y] * pp.discount[y];
        return s;
    }

    MPSolver.ResultStatus solve(double seconds, double relativeGap) {
        solver.setTimeLimit(Math.max(1, (long) (seconds * 1000)));
        if (pp.planning.solver() == PlanSolver.SCIP) {
            solver.setSolverSpecificParametersAsString(String.format(Locale.ROOT, "limits/gap = %.6f\n", relativeGap));
        }
        return solver.solve();
    }

    void fix(double[][] b, double[][] a) {
        for (int i = 0; i < b.length; i++) for (int y = 0; y < b[i].length; y++) blocks[i][y].setBounds(b[i][y], b[i][y]);
        for (int c = 0; c < a.length; c++) for (int y = 0; y < a[c].length; y++) active[c][y].setBounds(a[c][y], a[c][y]);
    }

    void release() {
        solver.delete();
    }
}
