package dev.stargate.planner;

import dev.stargate.model.catalogue.EnergyTechnology;
import dev.stargate.model.scenario.EnergyAsset;
import dev.stargate.model.scenario.GridConnection;
import dev.stargate.model.scenario.Horizon;
import dev.stargate.model.scenario.Phase;
import dev.stargate.model.scenario.Scenario;
import dev.stargate.model.scenario.Site;
import dev.stargate.model.scenario.Training;
import dev.stargate.model.scenario.TrainingJob;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plan as a scenario {@code stargate simulate} runs: every candidate with capacity becomes a
 * site whose phases are its committed phases plus the planned blocks (online on 1 January of their
 * year), whose energy assets are the planned capacities (each year's additions online that year),
 * over the last planned year. Training jobs and inference services carry over when the sites they
 * name still exist.
 */
final class ScenarioEmitter {
    private ScenarioEmitter() {}

    static Scenario emit(PlanProblem pp, PlanEvaluator.Priced best) {
        Scenario s = pp.scenario;
        List<Site> sites = new ArrayList<>();
        for (PlanProblem.Option o : pp.options) {
            if (best.plan().itMw(o, pp.years - 1) <= 0) continue;
            List<Phase> phases = new ArrayList<>(o.committedPhases);
            for (int y = 0; y < pp.years; y++) {
                int b = (int) best.plan().blocks()[o.index][y];
                if (b == 0) continue;
                phases.add(new Phase("plan " + (pp.startYear + y) + " (" + b + " x " + (long) o.blockMw + " MW)",
                        LocalDate.of(pp.startYear + y, 1, 1), pp.generationName[y], (int) Math.floor(b * o.acceleratorsPerBlock[y] + 1e-9)));
            }
            List<EnergyAsset> energy = new ArrayList<>();
            List<EnergyTechnology> techs = new ArrayList<>(o.energyOptions);
            for (int t = 0; t < techs.size(); t++) {
                double before = 0;
                for (int y = 0; y < pp.years; y++) {
                    double k = best.capacityMw()[o.index][y][t];
                    double added = k - before;
                    if (added > 1e-3) {
                        // rounded up: the emitted site never has less supply than planned
                        energy.add(new EnergyAsset(techs.get(t).name(), Math.ceil(added * 1000 - 1e-9) / 1000.0,
                                LocalDate.of(pp.startYear + y, 1, 1), null, false));
                    }
                    before = Math.max(before, k);
                }
            }
            Site base = o.site;
            LocalDate gridDate = o.spec.interconnectYear() != null ? LocalDate.of(o.spec.interconnectYear(), 1, 1)
                    : base != null ? base.grid().availableDate() : null;
            GridConnection grid = new GridConnection(o.interconnectMw, o.interconnectMw > 0 ? gridDate : null,
                    base == null ? null : base.grid().priceUsdPerMwh());
            Double land = o.spec.landAcres() != null ? o.spec.landAcres() : base == null ? null : base.landAcres();
            List<String> siteAssumptions = new ArrayList<>(base == null ? List.of() : base.assumptions());
            siteAssumptions.add("capacity, energy assets and phase dates from stargate plan of '" + s.name() + "'");
            sites.add(new Site(o.spec.name(), base == null ? o.spec.name() : base.displayName(), o.country, o.region.name(),
                    o.latitudeDeg, o.longitudeDeg, land, o.maxItMw, o.coolingName, grid, energy, phases, o.partners,
                    null, base == null ? List.of("stargate plan") : base.sources(), siteAssumptions));
        }
        Set<String> names = new TreeSet<>();
        sites.forEach(x -> names.add(x.name()));
        List<TrainingJob> jobs = new ArrayList<>();
        for (TrainingJob j : s.training().jobs()) {
            if (names.containsAll(j.allowedSites())) jobs.add(j);
        }
        int last = pp.startYear + pp.years - 1;
        Horizon horizon = new Horizon(LocalDate.of(last, 1, 1), LocalDate.of(last + 1, 1, 1), s.horizon().stepMinutes());
        List<String> assumptions = new ArrayList<>(s.assumptions());
        assumptions.add("sites, phases and energy assets are the least-cost plan of stargate plan for " + pp.startYear + "-" + last);
        return new Scenario(s.name() + " (planned " + pp.startYear + "-" + last + ")", s.description(), horizon, s.seed(), sites,
                new Training(jobs, s.training().traceFile()), s.inference(), s.policies(), s.failures(), s.economics(),
                s.weather(), null, assumptions, s.sources());
    }
}
