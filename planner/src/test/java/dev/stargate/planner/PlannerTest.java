package dev.stargate.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.model.scenario.LoadedScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
    private static final String TARGETS = """
                - {year: 2027, itMw: 219}
                - {year: 2028, itMw: 419}
            """;

    @Test
    void theCheckerPassesPlansAndCatchesBrokenOnes() {
        LoadedScenario ls = PlanCases.load(PlanCases.twoSites(TARGETS, ""));
        Planner.Outcome o = Planner.plan(ls, 60.0, 2, false, line -> { });
        assertThat(o.violations()).isEmpty();

        PlanProblem pp = new PlanProblem(ls);
        try (PlanEvaluator ev = new PlanEvaluator(pp, 2)) {
            // too many blocks at a site, built before the lead time, at a site never opened
            BuildPlan bad = BuildPlan.empty(pp);
            PlanProblem.Option north = pp.options.stream().filter(x -> x.name.equals("north")).findFirst().orElseThrow();
            bad.blocks()[north.index][0] = 1; // year 0 < lead time 1
            bad.blocks()[north.index][1] = 4; // 5 blocks > 3 that fit in 300 MW
            List<String> v = PlanChecker.check(pp, ev.price(bad));
            assertThat(v).anySatisfy(x -> assertThat(x).contains("north 2026: built before its lead time allows"));
            assertThat(v).anySatisfy(x -> assertThat(x).contains("north: 5 blocks, more than the 3 that fit"));
            assertThat(v).anySatisfy(x -> assertThat(x).contains("north 2027: 500 MW IT above its maximum 300 MW"));
            assertThat(v).anySatisfy(x -> assertThat(x).contains("capacity at a site that is not active"));
            // nothing built: the targets are missed; a report that did not explain that would be caught
            PlanEvaluator.Priced none = ev.price(BuildPlan.empty(pp));
            PlanEvaluator.Priced unexplained = new PlanEvaluator.Priced(none.plan(), none.results(), none.capacityMw(),
                    none.capitalUsd(), none.energyUsd(), none.repairUsd(), none.siteUsd(), none.committedUsd(), java.util.Map.of(), 0);
            assertThat(PlanChecker.check(pp, unexplained)).anySatisfy(x -> assertThat(x).contains("IT target 2028 (419 MW) not met: 19 MW"));
            assertThat(PlanChecker.check(pp, none)).noneSatisfy(x -> assertThat(x).contains("not met")); // explained: not a violation
        }
    }

    @Test
    void anUnreachableTargetIsExplainedByTheLimitThatBinds() {
        Planner.Outcome o = PlanCases.plan(PlanCases.twoSites("""
                    - {year: 2028, itMw: 900}
                """, ""));
        var p = o.report().plan();
        assertThat(p.status()).isEqualTo("infeasible");
        assertThat(p.explanation()).anySatisfy(x -> assertThat(x).startsWith("IT target 2028 (900 MW) is missed by 281.0 MW"));
        assertThat(p.explanation()).anySatisfy(x -> assertThat(x).contains("the candidates can hold at most 619 MW of IT by 2028"));
        assertThat(o.violations()).isEmpty(); // the miss is explained, not hidden
        assertThat(p.itMwByYear().get("2028")).isCloseTo(619, within(1e-6)); // everything that fits is built
    }

    @Test
    void aBuildRateLimitIsNamedWhenItBinds() {
        Planner.Outcome o = PlanCases.plan(PlanCases.twoSites("""
                    - {year: 2027, itMw: 419}
                """, "  maxBuildMwPerYear: 200"));
        var p = o.report().plan();
        assertThat(p.status()).isEqualTo("infeasible");
        assertThat(p.explanation()).anySatisfy(x -> assertThat(x).startsWith("IT target 2027 (419 MW) is missed by 200.0 MW"));
        assertThat(p.explanation()).anySatisfy(x -> assertThat(x).contains("at most 200 MW may be built per year"));
    }

    @Test
    void aSiteWithNoWayToBePoweredIsExplained() {
        // an off-grid candidate whose only option is gas, which needs two years of lead time: in 2027 it cannot be powered
        String yaml = PlanCases.twoSites("""
                    - {year: 2027, itMw: 119}
                """, "").replace("interconnectMw: 320", "interconnectMw: 0").replace("interconnectMw: 200", "interconnectMw: 0");
        var p = PlanCases.plan(yaml).report().plan();
        assertThat(p.status()).isEqualTo("infeasible");
        assertThat(p.explanation()).anySatisfy(x -> assertThat(x).contains("cannot be supplied at peak"));
    }

    @Test
    void aCarbonCapIsMet() {
        Planner.Outcome free = PlanCases.plan(PlanCases.twoSites(TARGETS, ""));
        double uncapped = free.report().plan().carbonTonnes();
        // cap each year well below what the cheapest plan emits in its last year
        double cap = 250_000;
        Planner.Outcome capped = PlanCases.plan(PlanCases.twoSites(TARGETS, "  carbonCapTonnesPerYear: " + cap));
        var p = capped.report().plan();
        assertThat(capped.violations()).isEmpty();
        assertThat(p.status()).isIn("optimal", "feasible");
        assertThat(p.carbonTonnes()).isLessThan(uncapped);
        for (PlanReport.SiteYear row : p.sites()) assertThat(row.year()).isBetween(2026, 2028);
        double[] byYear = new double[3];
        for (PlanReport.SiteYear row : p.sites()) byYear[row.year() - 2026] += row.carbonTonnes();
        for (double e : byYear) assertThat(e).isLessThanOrEqualTo(cap * (1 + 1e-6));
        assertThat(p.objectiveUsd()).isGreaterThanOrEqualTo(free.report().plan().objectiveUsd());
    }

    @Test
    void theSameCaseGivesTheSamePlan() {
        var a = PlanCases.plan(PlanCases.twoSites(TARGETS, "")).report().plan();
        var b = PlanCases.plan(PlanCases.twoSites(TARGETS, "")).report().plan();
        assertThat(a.objectiveUsd()).isEqualTo(b.objectiveUsd());
        assertThat(a.milestones()).isEqualTo(b.milestones());
    }
}
