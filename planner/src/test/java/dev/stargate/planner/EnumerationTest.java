package dev.stargate.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.model.scenario.LoadedScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On cases small enough to enumerate every build plan, the planner finds the cheapest: each plan
 * (blocks per site and year, sites active from their first block) is priced exactly with the same
 * site LPs, the best feasible one is kept, and the planner's plan must cost the same.
 */
class EnumerationTest {
    @Test
    void findsTheOptimumOfTheTwoSiteCase() {
        String yaml = PlanCases.twoSites("""
                    - {year: 2027, itMw: 219}
                    - {year: 2028, itMw: 419}
                """, "");
        assertPlannerMatchesEnumeration(yaml);
    }

    @Test
    void findsTheOptimumUnderABuildRateAndASovereigntyMinimum() {
        String yaml = PlanCases.twoSites("""
                    - {year: 2027, itMw: 219}
                    - {year: 2028, itMw: 419}
                """, """
                  maxBuildMwPerYear: 200
                  sovereignty:
                    - {year: 2028, itMw: 100, country: US}
                """);
        assertPlannerMatchesEnumeration(yaml);
    }

    private static void assertPlannerMatchesEnumeration(String yaml) {
        LoadedScenario ls = PlanCases.load(yaml);
        Planner.Outcome outcome = Planner.plan(ls, 60.0, 2, false, line -> { });
        assertThat(outcome.violations()).isEmpty();
        assertThat(outcome.report().plan().status()).isEqualTo("optimal");

        PlanProblem pp = new PlanProblem(ls);
        double best = Double.POSITIVE_INFINITY;
        try (PlanEvaluator ev = new PlanEvaluator(pp, 2)) {
            List<PlanProblem.Option> opts = pp.options;
            int years = pp.years;
            int cells = opts.size() * years;
            int[] max = new int[cells];
            for (PlanProblem.Option o : opts) for (int y = 0; y < years; y++) max[o.index * years + y] = Math.min(3, o.maxAdd[y]);
            int[] b = new int[cells];
            while (true) {
                BuildPlan plan = plan(pp, b);
                if (plan != null) {
                    PlanEvaluator.Priced p = ev.price(plan);
                    if (p.penaltyUsd() == 0) best = Math.min(best, p.costUsd());
                }
                int i = 0;
                while (i < cells && b[i] == max[i]) b[i++] = 0;
                if (i == cells) break;
                b[i]++;
            }
        }
        assertThat(best).isFinite();
        double planned = outcome.report().plan().objectiveUsd();
        assertThat(planned).isCloseTo(best, within(best * pp.planning.targetGap()));
        assertThat(planned).isGreaterThanOrEqualTo(best * (1 - 1e-9)); // never cheaper than the true optimum
    }

    /** A plan from block counts; sites are active from their first block; null if over a site's limit. */
    private static BuildPlan plan(PlanProblem pp, int[] b) {
        BuildPlan plan = BuildPlan.empty(pp);
        for (PlanProblem.Option o : pp.options) {
            int total = 0;
            for (int y = 0; y < pp.years; y++) {
                plan.blocks()[o.index][y] = b[o.index * pp.years + y];
                total += b[o.index * pp.years + y];
                if (total > 0) plan.active()[o.candidate][y] = 1;
            }
            if (total > o.maxBlocks) return null;
        }
        return plan;
    }
}
