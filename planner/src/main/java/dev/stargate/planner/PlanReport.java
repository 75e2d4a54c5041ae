package dev.stargate.planner;

import java.util.List;
import java.util.Map;

/**
 * What {@code stargate plan --json} prints: {@code {"plan": …}}. Keys are documented in
 * docs/plan.md and kept stable. Money is net present USD over the planned years unless a key says
 * otherwise.
 */
public record PlanReport(Plan plan) {

    public record Plan(
            String scenario,
            /** optimal (gap within target), feasible (stopped at the time limit), infeasible (a target or limit is missed; see explanation) */
            String status,
            double objectiveUsd,
            double lowerBoundUsd,
            double gap,
            double absoluteGapUsd,
            double solveSeconds,
            int iterations,
            int cuts,
            Map<String, Double> itMwByYear,
            Map<String, Double> exaflopsByYear,
            List<String> sitesOpened,
            /** IT online at each candidate in the last planned year (committed included; 0 where nothing is built) */
            Map<String, Double> itMwBySite,
            List<Milestone> milestones,
            double carbonTonnes,
            double carbonFreeShare,
            double capexUsd,
            double opexUsd,
            double energyUsd,
            double npvUsd,
            Double greedyObjectiveUsd,
            Double savingVsGreedyUsd,
            List<String> bindingConstraints,
            List<String> explanation,
            List<SiteYear> sites,
            Size size) {}

    public record Milestone(String site, String date, String what) {}

    public record SiteYear(String site, int year, String cooling, double itMw, int blocksAdded, String accelerator,
                           long acceleratorsAdded, Map<String, Long> acceleratorsByType, Map<String, Double> energyCapacityMw, Map<String, Double> energyMwh,
                           double gridMwh, double unservedMwh, double carbonTonnes, double carbonFreeShare,
                           double annualEnergyCostUsd) {}

    public record Size(int candidates, int options, int years, int representativeDays, int integerVariables,
                       int masterVariables, int masterConstraints, int siteLps, int siteLpVariables, int siteLpConstraints) {}
}
