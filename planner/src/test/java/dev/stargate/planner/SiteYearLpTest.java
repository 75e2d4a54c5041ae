package dev.stargate.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The cut slopes are the true derivatives of the site-year cost: Benders cuts are only valid if so. */
class SiteYearLpTest {
    @Test
    void slopeMatchesAFiniteDifference() {
        PlanProblem pp = new PlanProblem(PlanCases.load(PlanCases.twoSites("    - {year: 2027, itMw: 219}", "  carbonCapTonnesPerYear: 1.0e7")));
        for (PlanProblem.Option o : pp.options) {
            SiteYearLp lp = new SiteYearLp(pp, o, 2, true, false);
            try {
                for (double it : new double[] {50, 150, 280}) {
                    double budget = 2.0e5;
                    SiteYearLp.Result r = lp.solve(it, budget, 0);
                    double h = 0.01;
                    double up = lp.solve(it + h, budget, 0).costUsd();
                    double down = lp.solve(it - h, budget, 0).costUsd();
                    // piecewise linear: one of the one-sided differences equals the reported slope
                    double right = (up - r.costUsd()) / h;
                    double left = (r.costUsd() - down) / h;
                    double tolerance = 1e-4 * Math.max(1, Math.abs(r.slopeUsdPerMw()));
                    assertThat(Math.min(Math.abs(right - r.slopeUsdPerMw()), Math.abs(left - r.slopeUsdPerMw())))
                            .as("%s at %s MW", o.name, it).isLessThan(tolerance);
                    // the cost is convex in the load: a tangent never lies above it
                    for (double other : new double[] {0, 100, 300}) {
                        double cost = lp.solve(other, budget, 0).costUsd();
                        assertThat(cost).isGreaterThanOrEqualTo(r.costUsd() + r.slopeUsdPerMw() * (other - it) - 1e-6 * Math.abs(cost) - 1);
                    }
                }
            } finally {
                lp.release();
            }
        }
    }
}
