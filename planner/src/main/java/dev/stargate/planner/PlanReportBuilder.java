package dev.stargate.planner;

import dev.stargate.model.catalogue.EnergyTechnology;
import dev.stargate.model.catalogue.Precision;
import dev.stargate.model.planning.Planning;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the best priced plan into the report: totals, milestones, per site-year rows, explanations. */
final class PlanReportBuilder {
    /** Shortfalls smaller than this (in the limit's unit) are round-off, not misses. */
    private static final double SHORTFALL_TOLERANCE = 1e-6;

    private final PlanProblem pp;
    private final PlanEvaluator ev;
    private final MasterProblem master;
    private final PlanEvaluator.Priced best;
    private final PlanEvaluator.Priced greedy;
    private final double lower;
    private final double seconds;
    private final int iterations;
    private final List<String> binding;

    PlanReportBuilder(PlanProblem pp, PlanEvaluator ev, MasterProblem master, PlanEvaluator.Priced best,
                      PlanEvaluator.Priced greedy, double lower, double seconds, int iterations, List<String> binding) {
        this.pp = pp;
        this.ev = ev;
        this.master = master;
        this.best = best;
        this.greedy = greedy;
        this.lower = lower;
        this.seconds = seconds;
        this.iterations = iterations;
        this.binding = binding;
    }

    PlanReport build() {
        BuildPlan plan = best.plan();
        Map<String, Double> itByYear = new LinkedHashMap<>();
        Map<String, Double> efByYear = new LinkedHashMap<>();
        double carbon = 0;
        double clean = 0;
        double facility = 0;
        double opex = 0;
        double energyOps = 0;
        double capex = 0;
        List<PlanReport.SiteYear> rows = new ArrayList<>();
        for (int y = 0; y < pp.years; y++) {
            double it = 0;
            double ef = 0;
            for (PlanProblem.Option o : pp.options) {
                it += plan.itMw(o, y);
                ef += pp.committedFlops(o, y, Precision.BF16) / 1e18;
                for (int z = 0; z <= y; z++) ef += plan.blocks()[o.index][z] * pp.blockFlops(o, z, Precision.BF16) / 1e18;
            }
            itByYear.put(Integer.toString(pp.startYear + y), it);
            efByYear.put(Integer.toString(pp.startYear + y), ef);
        }
        for (PlanProblem.Option o : pp.options) {
            List<EnergyTechnology> techs = ev.lps[o.index][0].technologies();
            for (int y = 0; y < pp.years; y++) {
                SiteYearLp.Result r = best.results()[o.index][y];
                double[] k = best.capacityMw()[o.index][y];
                double[] kPrev = y > 0 ? best.capacityMw()[o.index][y - 1] : null;
                double capacityAnnual = 0;
                Map<String, Double> caps = new LinkedHashMap<>();
                Map<String, Double> mwh = new LinkedHashMap<>();
                for (int t = 0; t < techs.size(); t++) {
                    EnergyTechnology tech = techs.get(t);
                    caps.put(tech.name(), k[t]);
                    mwh.put(tech.name(), r.energyMwh()[t]);
                    capacityAnnual += r.capacityMw()[t] * 1000.0 * (tech.capexUsdPerKw() * PlanProblem.crf(pp.discountRate, tech.lifetimeYears())
                            + tech.fixedOmUsdPerKwYear());
                    opex += k[t] * 1000.0 * tech.fixedOmUsdPerKwYear();
                    double added = k[t] - (kPrev == null ? committed(o, tech, 0) : kPrev[t]);
                    if (added > 0) capex += added * 1000.0 * tech.capexUsdPerKw();
                }
                double dispatch = r.costUsd() - r.overrunPenaltyUsd() - capacityAnnual;
                energyOps += dispatch;
                double itMw = plan.itMw(o, y);
                opex += itMw * o.cooling.fixedOmUsdPerMwYear();
                int b = (int) plan.blocks()[o.index][y];
                capex += b * o.blockCapexUsd[y];
                carbon += r.emissionsTonnes();
                clean += r.carbonFreeMwh();
                facility += r.facilityMwh() - r.unservedMwh();
                if (itMw > 0 || b > 0) {
                    rows.add(new PlanReport.SiteYear(o.name, pp.startYear + y, o.coolingName, itMw, b, b > 0 ? pp.generationName[y] : null,
                            (long) Math.floor(b * o.acceleratorsPerBlock[y] + 1e-9), acceleratorsByType(o, y), caps, mwh, r.gridMwh(), r.unservedMwh(), r.emissionsTonnes(),
                            r.facilityMwh() > 0 ? r.carbonFreeMwh() / r.facilityMwh() : 0, dispatch));
                }
            }
        }
        for (int c = 0; c < plan.active().length; c++) {
            for (int y = 0; y < pp.years; y++) {
                double opened = plan.active()[c][y] - (y > 0 ? plan.active()[c][y - 1] : 0);
                if (opened > 0) capex += pp.planning.candidates().get(c).siteCostUsd();
            }
        }
        double upper = best.penalisedUsd();
        double gap = Planner.gap(upper, lower);
        List<String> explanation = explain();
        String status = !explanation.isEmpty() ? "infeasible" : gap <= pp.planning.targetGap() ? "optimal" : "feasible";
        boolean greedyMisses = greedy.penaltyUsd() > 0 || unserved(greedy);
        Double greedyCost = greedy.costUsd();
        if (greedyMisses) explanation.add("the greedy baseline misses a target or limit; its cost is shown without the shortfall penalty");
        int integers = 0;
        for (PlanProblem.Option o : pp.options) integers += pp.years;
        integers += pp.planning.candidates().size() * pp.years;
        SiteYearLp any = ev.lps[0][0];
        PlanReport.Size size = new PlanReport.Size(pp.planning.candidates().size(), pp.options.size(), pp.years,
                pp.options.get(0).days.length, integers, master.solver.numVariables(), master.solver.numConstraints(),
                pp.options.size() * pp.years, any.variables(), any.constraints());
        return new PlanReport(new PlanReport.Plan(pp.scenario.name(), status, best.costUsd(), lower, gap, Math.max(0, upper - lower),
                seconds, iterations, master.cuts, itByYear, efByYear, sitesOpened(), itBySite(plan), milestones(), carbon,
                facility > 0 ? clean / facility : 0, capex, opex, energyOps, best.costUsd(), greedyCost,
                greedyCost - best.costUsd(), binding, explanation, rows, size));
    }

    /** Accelerators online at an option in year index y, by type: committed phases and planned blocks. */
    private Map<String, Long> acceleratorsByType(PlanProblem.Option o, int y) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (dev.stargate.model.scenario.Phase ph : o.committedPhases) {
            if (pp.yearIndex(ph.onlineDate().getYear()) <= y) out.merge(ph.accelerator(), (long) ph.acceleratorCount(), Long::sum);
        }
        for (int z = 0; z <= y; z++) {
            double b = best.plan().blocks()[o.index][z];
            if (b > 0) out.merge(pp.generationName[z], (long) Math.floor(b * o.acceleratorsPerBlock[z] + 1e-9), Long::sum);
        }
        return out;
    }

    private double committed(PlanProblem.Option o, EnergyTechnology t, int y) {
        double c = 0;
        for (PlanProblem.CommittedAsset a : o.committedAssets) if (a.tech() == t && a.fromYear() <= y) c += a.mw();
        return c;
    }

    private boolean unserved(PlanEvaluator.Priced p) {
        for (SiteYearLp.Result[] row : p.results()) {
            for (SiteYearLp.Result r : row) if (r.unservedMwh() > 1e-3 || r.inadequateMw() > 1e-3) return true;
        }
        return false;
    }

    private List<String> sitesOpened() {
        Set<String> out = new LinkedHashSet<>();
        for (int y = 0; y < pp.years; y++) {
            for (PlanProblem.Option o : pp.options) if (best.plan().blocks()[o.index][y] > 0) out.add(o.name);
        }
        return new ArrayList<>(out);
    }

    /** IT MW at each candidate (all its cooling options) in the last planned year, in the scenario's order of candidates. */
    private Map<String, Double> itBySite(BuildPlan plan) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (PlanProblem.Option o : pp.options) out.merge(o.spec.name(), plan.itMw(o, pp.years - 1), Double::sum);
        return out;
    }

    private List<PlanReport.Milestone> milestones() {
        List<PlanReport.Milestone> m = new ArrayList<>();
        Set<String> energised = new LinkedHashSet<>();
        for (PlanProblem.Option o : pp.options) {
            int lead = o.spec.leadTimeYears();
            for (int y = 0; y < pp.years; y++) {
                int b = (int) best.plan().blocks()[o.index][y];
                if (b == 0) continue;
                int year = pp.startYear + y;
                m.add(new PlanReport.Milestone(o.name, LocalDate.of(Math.max(pp.startYear, year - lead), 1, 1).toString(),
                        String.format(Locale.ROOT, "construction start: %,.0f MW (%d blocks)", b * o.blockMw, b)));
                double gridYear = pp.startYear + o.interconnectFromYear;
                if (o.interconnectMw > 0 && energised.add(o.name)) {
                    m.add(new PlanReport.Milestone(o.name, LocalDate.of((int) Math.max(gridYear, pp.startYear), 1, 1).toString(),
                            String.format(Locale.ROOT, "energisation: %,.0f MW grid interconnect", o.interconnectMw)));
                }
                m.add(new PlanReport.Milestone(o.name, LocalDate.of(year, 1, 1).toString(),
                        String.format(Locale.ROOT, "online: %,.0f MW of IT, %,d %s", b * o.blockMw,
                                (long) Math.floor(b * o.acceleratorsPerBlock[y] + 1e-9), pp.generationName[y])));
            }
            List<EnergyTechnology> techs = ev.lps[o.index][0].technologies();
            for (int y = 0; y < pp.years; y++) {
                double[] k = best.capacityMw()[o.index][y];
                for (int t = 0; t < techs.size(); t++) {
                    double before = y == 0 ? committed(o, techs.get(t), 0) : best.capacityMw()[o.index][y - 1][t];
                    if (k[t] - before > 0.5) {
                        m.add(new PlanReport.Milestone(o.name, LocalDate.of(pp.startYear + y, 1, 1).toString(),
                                String.format(Locale.ROOT, "energy: +%,.0f MW %s", k[t] - before, techs.get(t).name())));
                    }
                }
            }
        }
        m.sort(Comparator.comparing(PlanReport.Milestone::date).thenComparing(PlanReport.Milestone::site));
        return m;
    }

    /** Why the plan misses what it misses, in words; empty when it meets everything. */
    private List<String> explain() {
        List<String> out = new ArrayList<>();
        Planning pl = pp.planning;
        for (Map.Entry<String, Double> e : best.shortfalls().entrySet()) {
            if (e.getValue() <= SHORTFALL_TOLERANCE) continue;
            String unit = e.getKey().startsWith("IT target") || e.getKey().startsWith("sovereignty") || e.getKey().startsWith("build rate") ? "MW"
                    : e.getKey().startsWith("compute") ? "EFLOP/s" : e.getKey().startsWith("budget") ? "$M"
                    : e.getKey().startsWith("water") ? "m3" : e.getKey().startsWith("carbon cap") ? "t" : "MWh";
            out.add(String.format(Locale.ROOT, "%s is missed by %,.1f %s", e.getKey(), e.getValue(), unit));
        }
        for (Planning.Target t : pl.targets()) {
            if (t.itMw() == null) continue;
            int y = pp.yearIndex(t.year());
            double reachable = 0;
            for (PlanProblem.Option o : pp.options) {
                if (!o.primary) continue;
                boolean canBuild = false;
                for (int z = 0; z <= y; z++) canBuild |= o.maxAdd[z] > 0;
                reachable += o.committedItMw[y] + (canBuild ? o.maxBlocks * o.blockMw : 0);
            }
            if (reachable < t.itMw() - SHORTFALL_TOLERANCE) {
                out.add(String.format(Locale.ROOT, "binding limit: the candidates can hold at most %,.0f MW of IT by %d (committed capacity, "
                        + "maximum IT and land per site, lead times); the target asks %,.0f MW", reachable, t.year(), t.itMw()));
            }
        }
        if (pl.maxBuildMwPerYear() != null) {
            for (Map.Entry<String, Double> e : best.shortfalls().entrySet()) {
                if (e.getKey().startsWith("IT target") && e.getValue() > SHORTFALL_TOLERANCE) {
                    out.add(String.format(Locale.ROOT, "binding limit: at most %,.0f MW may be built per year", pl.maxBuildMwPerYear()));
                    break;
                }
            }
        }
        for (PlanProblem.Option o : pp.options) {
            for (int y = 0; y < pp.years; y++) {
                SiteYearLp.Result r = best.results()[o.index][y];
                if (r.unservedMwh() > 1e-3 || r.inadequateMw() > 1e-3) {
                    out.add(String.format(Locale.ROOT, "%s in %d cannot be supplied at peak: %,.1f MW short, %,.0f MWh a year unserved "
                            + "(interconnect %,.0f MW; no firm on-site option can be built in time)", o.name, pp.startYear + y,
                            r.inadequateMw(), r.unservedMwh(), pp.interconnectMw(o, y)));
                    break;
                }
            }
        }
        return out;
    }
}
