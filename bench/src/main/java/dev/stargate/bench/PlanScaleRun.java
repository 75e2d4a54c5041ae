package dev.stargate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stargate.model.planning.Candidate;
import dev.stargate.model.planning.Planning;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.Scenario;
import dev.stargate.model.scenario.ScenarioLoader;
import dev.stargate.planner.PlanReport;
import dev.stargate.planner.Planner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One planner row of the scale table, in its own JVM: {@code PlanScaleRun SCENARIO CANDIDATES DAYS}
 * plans the scenario's planning case with its candidates cut to the first N (or, above the case's
 * own count, its new-site candidates copied beside themselves) and N representative days, and
 * prints one JSON line.
 */
public final class PlanScaleRun {
    private PlanScaleRun() {}

    public static void main(String[] args) throws Exception {
        LoadedScenario base = ScenarioLoader.load(Path.of(args[0]));
        int candidates = Integer.parseInt(args[1]);
        int days = Integer.parseInt(args[2]);
        LoadedScenario ls = scale(base, candidates, days);
        Planner.Outcome o = Planner.plan(ls, null, Runtime.getRuntime().availableProcessors(), false, line -> { });
        PlanReport.Plan p = o.report().plan();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("candidates", p.size().candidates());
        row.put("years", p.size().years());
        row.put("days", p.size().representativeDays());
        row.put("integers", p.size().integerVariables());
        row.put("siteLpVariables", p.size().siteLpVariables());
        row.put("status", p.status());
        row.put("gap", p.gap());
        row.put("absoluteGapUsd", p.absoluteGapUsd());
        row.put("solveSeconds", p.solveSeconds());
        row.put("iterations", p.iterations());
        row.put("objectiveUsd", p.objectiveUsd());
        row.put("greedyObjectiveUsd", p.greedyObjectiveUsd());
        System.out.println(new ObjectMapper().writeValueAsString(row));
    }

    static LoadedScenario scale(LoadedScenario ls, int candidates, int days) {
        Scenario s = ls.scenario();
        Planning p = s.planning();
        List<Candidate> list = new ArrayList<>(p.candidates());
        int copy = 0;
        while (list.size() < candidates) {
            for (Candidate c : p.candidates()) {
                if (list.size() >= candidates) break;
                if (c.site() != null) continue;
                copy++;
                list.add(new Candidate(c.name() + "_" + copy, null, c.country(), c.region(), c.latitudeDeg() + 0.3 * copy,
                        c.longitudeDeg() + 0.3 * copy, c.maxItMw(), c.landAcres(), c.interconnectMw(), c.interconnectYear(),
                        c.coolingOptions(), c.energyOptions(), c.leadTimeYears(), c.blockMw(), c.siteCostUsd(), c.partners()));
            }
        }
        list = list.subList(0, candidates);
        Planning scaled = new Planning(p.startYear(), p.years(), p.targets(), p.roadmap(), list, p.blockMw(), p.itLoadFactor(), days,
                p.maxBuildMwPerYear(), p.budgetUsdPerYear(), p.carbonCapTonnesPerYear(), p.minCarbonFreeShare(), p.maxWaterM3PerYear(),
                keepReachable(p, list), p.unservedEnergyUsdPerMwh(), p.shortfallPenaltyUsd(), p.solver(), p.targetGap(), p.timeLimitSeconds());
        Scenario out = new Scenario(s.name(), s.description(), s.horizon(), s.seed(), s.sites(), s.training(), s.inference(),
                s.policies(), s.failures(), s.economics(), s.weather(), scaled, s.assumptions(), s.sources());
        return new LoadedScenario(out, ls.catalogue(), null, List.of(), ls.profiles(), ls.file(), List.of());
    }

    /** Sovereignty minima for countries some kept candidate is in. */
    private static List<Planning.Sovereignty> keepReachable(Planning p, List<Candidate> kept) {
        List<Planning.Sovereignty> out = new ArrayList<>();
        for (Planning.Sovereignty s : p.sovereignty()) {
            boolean any = s.country() == null || kept.stream().anyMatch(c -> s.country().equals(c.country()) || c.site() != null);
            if (any) out.add(s);
        }
        return out;
    }
}
