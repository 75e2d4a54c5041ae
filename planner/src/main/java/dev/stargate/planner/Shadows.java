package dev.stargate.planner;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The binding constraints of a plan, in words with their shadow prices: the coupling limits from
 * the master's LP relaxation with every cut (the marginal net present cost of one more unit), the
 * interconnects from the site LPs (what one more MW of grid import would save a year), and the
 * sites that are full.
 */
final class Shadows {
    private final PlanProblem pp;
    private final boolean carbonBudget;
    private final boolean cleanBudget;
    private final List<Planner.Cut> cuts;
    private final PlanEvaluator.Priced best;

    Shadows(PlanProblem pp, boolean carbonBudget, boolean cleanBudget, List<Planner.Cut> cuts, PlanEvaluator.Priced best) {
        this.pp = pp;
        this.carbonBudget = carbonBudget;
        this.cleanBudget = cleanBudget;
        this.cuts = cuts;
        this.best = best;
    }

    List<String> describe() {
        List<String> out = new ArrayList<>();
        MasterProblem relaxed = new MasterProblem(pp, carbonBudget, cleanBudget, true);
        try {
            for (Planner.Cut c : cuts) relaxed.addCut(c.option(), c.year(), c.it(), c.emission(), c.dirty(), c.result());
            if (relaxed.solver.solve() == MPSolver.ResultStatus.OPTIMAL) {
                double penalty = pp.planning.shortfallPenaltyUsd() * SiteYearLp.SCALE;
                for (Map.Entry<String, MPConstraint> e : relaxed.limits.entrySet()) {
                    double dual = Math.abs(e.getValue().dualValue());
                    String unit = relaxed.slackUnits.get(e.getKey());
                    double perUnit = dual / SiteYearLp.SCALE / ("$M".equals(unit) ? 1e6 : 1);
                    if (dual <= 1e-9 || dual >= penalty * (1 - 1e-9)) continue; // not binding, or missed (explained elsewhere)
                    String what = "$M".equals(unit) ? "each further dollar of budget saves $" + String.format(Locale.ROOT, "%.3f", perUnit)
                            : String.format(Locale.ROOT, "each %s %s costs $%,.0f net present", unit.equals("MW") ? "further" : "more",
                            unit, perUnit);
                    out.add(e.getKey() + " binds: " + what);
                }
            }
        } finally {
            relaxed.release();
        }
        for (PlanProblem.Option o : pp.options) {
            double value = 0;
            int year = -1;
            for (int y = 0; y < pp.years; y++) {
                double v = best.results()[o.index][y].interconnectValueUsdPerMw();
                if (v > value) {
                    value = v;
                    year = y;
                }
            }
            if (year >= 0 && value > 1 && pp.interconnectMw(o, year) > 0) {
                out.add(String.format(Locale.ROOT, "the %,.0f MW interconnect at %s binds: one more MW of grid import would save $%,.0f a year (%d)",
                        pp.interconnectMw(o, year), o.name, value, pp.startYear + year));
            }
        }
        for (PlanProblem.Option o : pp.options) {
            double last = best.plan().itMw(o, pp.years - 1);
            double added = 0;
            for (double b : best.plan().blocks()[o.index]) added += b;
            if (added > 0 && o.maxBlocks > 0 && added >= o.maxBlocks) {
                out.add(String.format(Locale.ROOT, "%s is full: %,.0f MW of IT (its maximum IT and land allow %,.0f MW)", o.name, last, o.maxItMw));
            }
        }
        return out;
    }
}
