package dev.stargate.planner;

import dev.stargate.model.planning.Planning;

/**
 * The baseline a planner is measured against: each year, first meet any sovereignty minimum, then
 * build one block at a time at the option with the lowest cost per MW of IT (the block's annual
 * capital charge and O&amp;M plus the site's average energy cost per MW, from the site LPs) until
 * that year's targets are met, respecting lead times, site limits and the build rate.
 */
final class Greedy {
    private Greedy() {}

    /** @param energyUsdPerMw average annual energy cost per MW of IT of each option and year */
    static BuildPlan plan(PlanProblem pp, double[][] energyUsdPerMw) {
        BuildPlan plan = BuildPlan.empty(pp);
        Planning pl = pp.planning;
        int[] built = new int[pp.options.size()];
        for (int y = 0; y < pp.years; y++) {
            double[] builtMw = {0};
            for (Planning.Sovereignty s : pl.sovereignty()) {
                if (pp.yearIndex(s.year()) != y) continue;
                while (sovereign(pp, plan, s, y) < s.itMw() - 1e-9) {
                    if (!addCheapest(pp, plan, built, builtMw, y, energyUsdPerMw, s)) break;
                }
            }
            for (Planning.Target t : pl.targets()) {
                if (pp.yearIndex(t.year()) != y) continue;
                while (shortOf(pp, plan, t, y)) {
                    if (!addCheapest(pp, plan, built, builtMw, y, energyUsdPerMw, null)) break;
                }
            }
        }
        for (PlanProblem.Option o : pp.options) {
            for (int y = 0; y < pp.years; y++) {
                if (plan.itMw(o, y) > o.committedItMw[y] + 1e-9) plan.active()[o.candidate][y] = 1;
                if (y > 0 && plan.active()[o.candidate][y - 1] > 0) plan.active()[o.candidate][y] = 1;
            }
        }
        return plan;
    }

    private static boolean shortOf(PlanProblem pp, BuildPlan plan, Planning.Target t, int y) {
        if (t.itMw() != null) {
            double it = 0;
            for (PlanProblem.Option o : pp.options) it += plan.itMw(o, y);
            if (it < t.itMw() - 1e-9) return true;
        }
        if (t.exaflops() != null) {
            double ef = 0;
            for (PlanProblem.Option o : pp.options) {
                ef += pp.committedFlops(o, y, t.precision()) / 1e18;
                for (int z = 0; z <= y; z++) ef += plan.blocks()[o.index][z] * pp.blockFlops(o, z, t.precision()) / 1e18;
            }
            return ef < t.exaflops() - 1e-9;
        }
        return false;
    }

    private static double sovereign(PlanProblem pp, BuildPlan plan, Planning.Sovereignty s, int y) {
        double total = 0;
        for (PlanProblem.Option o : pp.options) {
            double w = s.country() != null ? (s.country().equals(o.country) ? 1 : 0) : PlanProblem.share(o, s.partner());
            total += w * plan.itMw(o, y);
        }
        return total;
    }

    private static boolean addCheapest(PlanProblem pp, BuildPlan plan, int[] built, double[] builtMw, int y,
                                       double[][] energyUsdPerMw, Planning.Sovereignty only) {
        Planning pl = pp.planning;
        PlanProblem.Option best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (PlanProblem.Option o : pp.options) {
            if (o.maxAdd[y] == 0 || built[o.index] >= o.maxBlocks) continue;
            if (!o.primary && usesOtherCooling(pp, plan, o)) continue;
            if (only != null) {
                double w = only.country() != null ? (only.country().equals(o.country) ? 1 : 0) : PlanProblem.share(o, only.partner());
                if (w <= 0) continue;
            }
            if (pl.maxBuildMwPerYear() != null && builtMw[0] + o.blockMw > pl.maxBuildMwPerYear() + 1e-9) continue;
            double cost = o.annualBlockUsd[y] / o.blockMw + energyUsdPerMw[o.index][y];
            if (cost < bestCost) {
                bestCost = cost;
                best = o;
            }
        }
        if (best == null) return false;
        plan.blocks()[best.index][y] += 1;
        built[best.index]++;
        builtMw[0] += best.blockMw;
        return true;
    }

    /** A candidate's other cooling option already has blocks: only one cooling per site. */
    private static boolean usesOtherCooling(PlanProblem pp, BuildPlan plan, PlanProblem.Option o) {
        for (PlanProblem.Option other : pp.options) {
            if (other.candidate != o.candidate || other == o) continue;
            for (double b : plan.blocks()[other.index]) if (b > 0) return true;
            if (other.primary && other.committedItMw[pp.years - 1] > 0) return true;
        }
        return false;
    }
}
