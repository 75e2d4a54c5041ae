package dev.stargate.planner;

/**
 * Integer build decisions: blocks added per option and year, the years each candidate is active,
 * and (when a carbon or carbon-free limit couples the sites) the budgets handed to each site-year.
 */
record BuildPlan(double[][] blocks, double[][] active, double[][] emissionBudget, double[][] dirtyBudget) {

    /** IT online at an option in year index y, MW. */
    double itMw(PlanProblem.Option o, int y) {
        double it = o.committedItMw[y];
        for (int z = 0; z <= y; z++) it += blocks[o.index][z] * o.blockMw;
        return it;
    }

    static BuildPlan empty(PlanProblem pp) {
        int n = pp.options.size();
        return new BuildPlan(new double[n][pp.years], new double[pp.planning.candidates().size()][pp.years], null, null);
    }
}
