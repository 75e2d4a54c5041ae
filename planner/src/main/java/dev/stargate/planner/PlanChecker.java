package dev.stargate.planner;

import dev.stargate.model.catalogue.EnergyKind;
import dev.stargate.model.catalogue.EnergyTechnology;
import dev.stargate.model.planning.Planning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Verifies a plan against every constraint by arithmetic on the plan itself, not through any
 * solver: block counts and lead times, site limits and land, one cooling per site, active sites,
 * capacities that never shrink, annual energy balances, interconnect and availability limits, and
 * every coupling limit the plan claims to meet. Returns what is violated (empty when all hold).
 * A limit the report already explains as missed is not a violation.
 */
final class PlanChecker {
    /** Relative slack for floating-point sums. */
    private static final double TOLERANCE = 1e-6;

    private PlanChecker() {}

    static List<String> check(PlanProblem pp, PlanEvaluator.Priced p) {
        List<String> v = new ArrayList<>();
        BuildPlan plan = p.plan();
        Planning pl = pp.planning;
        for (PlanProblem.Option o : pp.options) {
            int total = 0;
            for (int y = 0; y < pp.years; y++) {
                double b = plan.blocks()[o.index][y];
                if (b < 0 || b != Math.rint(b)) v.add(o.name + " " + (pp.startYear + y) + ": blocks " + b + " is not a whole number ≥ 0");
                if (b > 0 && y < o.spec.leadTimeYears()) v.add(o.name + " " + (pp.startYear + y) + ": built before its lead time allows");
                if (b > o.maxAdd[y]) v.add(o.name + " " + (pp.startYear + y) + ": more blocks than allowed that year");
                total += (int) b;
                double it = plan.itMw(o, y);
                if (it > o.maxItMw * (1 + TOLERANCE) && it > o.committedItMw[y] + TOLERANCE) {
                    v.add(String.format(Locale.ROOT, "%s %d: %,.0f MW IT above its maximum %,.0f MW", o.name, pp.startYear + y, it, o.maxItMw));
                }
                if (it > o.committedItMw[y] + TOLERANCE && plan.active()[o.candidate][y] < 0.5) {
                    v.add(o.name + " " + (pp.startYear + y) + ": capacity at a site that is not active");
                }
                if (y > 0 && plan.active()[o.candidate][y] < plan.active()[o.candidate][y - 1]) {
                    v.add(o.name + " " + (pp.startYear + y) + ": a site closes after opening");
                }
                checkEnergy(pp, p, o, y, v);
            }
            if (total > o.maxBlocks) v.add(o.name + ": " + total + " blocks, more than the " + o.maxBlocks + " that fit");
        }
        for (int c = 0; c < pl.candidates().size(); c++) {
            int used = 0;
            for (PlanProblem.Option o : pp.options) {
                if (o.candidate != c) continue;
                boolean any = o.primary && o.committedItMw[pp.years - 1] > 0;
                for (double b : plan.blocks()[o.index]) any |= b > 0;
                if (any) used++;
            }
            if (used > 1) v.add(pl.candidates().get(c).name() + ": more than one cooling technology");
        }
        // coupling limits: recomputed from the plan, independently of the evaluator's own accounting
        double[][] it = new double[pp.options.size()][pp.years];
        for (PlanProblem.Option o : pp.options) for (int y = 0; y < pp.years; y++) it[o.index][y] = plan.itMw(o, y);
        for (Planning.Target t : pl.targets()) {
            int y = pp.yearIndex(t.year());
            double total = 0;
            for (PlanProblem.Option o : pp.options) total += it[o.index][y];
            String name = String.format(Locale.ROOT, "IT target %d (%,.0f MW)", t.year(), t.itMw() == null ? 0 : t.itMw());
            if (t.itMw() != null && total < t.itMw() - TOLERANCE && !explained(p, name)) {
                v.add(String.format(Locale.ROOT, "%s not met: %,.0f MW", name, total));
            }
        }
        for (int y = 0; y < pp.years; y++) {
            double built = 0;
            double water = 0;
            double emissions = 0;
            for (PlanProblem.Option o : pp.options) {
                built += plan.blocks()[o.index][y] * o.blockMw;
                water += o.cooling.wueLPerKwh() * pl.itLoadFactor() * 8760 * it[o.index][y];
                emissions += p.results()[o.index][y].emissionsTonnes();
            }
            int year = pp.startYear + y;
            if (pl.maxBuildMwPerYear() != null && built > pl.maxBuildMwPerYear() * (1 + TOLERANCE)
                    && !explained(p, String.format(Locale.ROOT, "build rate %d (%,.0f MW)", year, pl.maxBuildMwPerYear()))) {
                v.add(String.format(Locale.ROOT, "%d: %,.0f MW built, above the %,.0f MW build rate", year, built, pl.maxBuildMwPerYear()));
            }
            if (pl.maxWaterM3PerYear() != null && water > pl.maxWaterM3PerYear() * (1 + TOLERANCE)
                    && !explained(p, String.format(Locale.ROOT, "water %d (%,.0f m3)", year, pl.maxWaterM3PerYear()))) {
                v.add(String.format(Locale.ROOT, "%d: %,.0f m3 of water, above the cap", year, water));
            }
            if (pl.carbonCapTonnesPerYear() != null && emissions > pl.carbonCapTonnesPerYear() * (1 + TOLERANCE)
                    && !explained(p, String.format(Locale.ROOT, "carbon cap %d (%,.0f t)", year, pl.carbonCapTonnesPerYear()))) {
                v.add(String.format(Locale.ROOT, "%d: %,.0f t CO2, above the cap", year, emissions));
            }
        }
        return v;
    }

    private static boolean explained(PlanEvaluator.Priced p, String limit) {
        Double s = p.shortfalls().get(limit);
        return s != null && s > 0;
    }

    /** Annual energy of one site-year: supply meets load, sources stay within their capacities. */
    private static void checkEnergy(PlanProblem pp, PlanEvaluator.Priced p, PlanProblem.Option o, int y, List<String> v) {
        SiteYearLp.Result r = p.results()[o.index][y];
        double[] k = p.capacityMw()[o.index][y];
        List<EnergyTechnology> techs = o.energyOptions;
        double supplied = r.gridMwh() + r.unservedMwh() - r.chargedMwh();
        double hoursPerYear = 0;
        for (RepresentativeDays.Day d : o.days) hoursPerYear += 24 * d.weight();
        String at = o.name + " " + (pp.startYear + y) + ": ";
        for (int t = 0; t < techs.size(); t++) {
            EnergyTechnology tech = techs.get(t);
            supplied += r.energyMwh()[t];
            double cap = k[t] * hoursPerYear * (tech.kind() == EnergyKind.FIRM ? tech.capacityFactor() : 1);
            if (r.energyMwh()[t] > cap * (1 + TOLERANCE) + TOLERANCE) {
                v.add(String.format(Locale.ROOT, "%s%s delivers %,.0f MWh, more than %,.0f MW can", at, tech.name(), r.energyMwh()[t], k[t]));
            }
            if (y > 0 && k[t] < p.capacityMw()[o.index][y - 1][t] - TOLERANCE) v.add(at + tech.name() + " capacity shrinks");
            if (!pp.buildable(tech, y)) {
                double committed = 0;
                for (PlanProblem.CommittedAsset a : o.committedAssets) if (a.tech() == tech && a.fromYear() <= y) committed += a.mw();
                if (r.capacityMw()[t] > committed + TOLERANCE) v.add(at + tech.name() + " built before its lead time");
            }
        }
        double load = r.facilityMwh();
        if (Math.abs(supplied - load) > TOLERANCE * Math.max(1, load)) {
            v.add(String.format(Locale.ROOT, "%senergy does not balance: %,.0f MWh supplied for %,.0f MWh of load", at, supplied, load));
        }
        double gridLimit = pp.interconnectMw(o, y) * hoursPerYear;
        if (r.gridMwh() > gridLimit * (1 + TOLERANCE) + TOLERANCE) v.add(at + "grid import above the interconnect");
    }
}
