package dev.stargate.bench;

import dev.stargate.model.scenario.Demand;
import dev.stargate.model.scenario.EnergyAsset;
import dev.stargate.model.scenario.GridConnection;
import dev.stargate.model.scenario.Inference;
import dev.stargate.model.scenario.InferenceService;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.Phase;
import dev.stargate.model.scenario.Scenario;
import dev.stargate.model.scenario.Site;
import dev.stargate.model.scenario.Training;
import dev.stargate.model.scenario.TrainingJob;
import dev.stargate.model.sizing.FleetSizing;
import java.util.ArrayList;
import java.util.List;

/**
 * Scales a scenario to a target facility power for benchmarks. Below the original size every
 * count (accelerators, interconnects, energy assets, jobs, demand) shrinks by the factor; above
 * it the sites are replicated (names suffixed) and each copy scaled, so a 100-GW fleet has ten
 * times the sites of a 10-GW one, as a real one would. The horizon can be lengthened in whole years.
 */
public final class FleetScaler {
    private FleetScaler() {}

    /** Facility power of the scenario at peak design conditions once every phase is online, MW. */
    public static double facilityMw(LoadedScenario ls) {
        return FleetSizing.of(ls.scenario(), ls.catalogue()).facilityMwAtDesign();
    }

    public static LoadedScenario scale(LoadedScenario ls, double targetGw, int years) {
        Scenario s = ls.scenario();
        double factor = targetGw * 1000.0 / facilityMw(ls);
        int copies = Math.max(1, (int) Math.ceil(factor - 1e-9));
        double each = factor / copies;
        List<Site> sites = new ArrayList<>();
        List<TrainingJob> jobs = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            String suffix = copies == 1 ? "" : "_" + c;
            for (Site site : s.sites()) sites.add(site(site, suffix, each));
            for (TrainingJob j : ls.trainingJobs()) jobs.add(job(j, suffix, each));
        }
        List<InferenceService> services = s.inference().services().stream().map(v -> service(v, factor)).toList();
        Inference inf = new Inference(s.inference().regions(), services, s.inference().fibreRouteFactor(), s.inference().fibreKmPerMs());
        var h = s.horizon();
        var horizon = new dev.stargate.model.scenario.Horizon(h.start(), h.start().plusYears(years), h.stepMinutes());
        Scenario scaled = new Scenario(s.name() + String.format(" at %.1f GW x %d y", targetGw, years), s.description(),
                horizon, s.seed(), sites, new Training(jobs, null), inf, s.policies(), s.failures(), s.economics(),
                s.weather(), null, s.assumptions(), s.sources());
        return new LoadedScenario(scaled, ls.catalogue(), null, List.of(), ls.profiles(), ls.file(), List.of());
    }

    private static int count(int n, double f) {
        return Math.max(1, (int) Math.round(n * f));
    }

    private static Site site(Site x, String suffix, double f) {
        List<Phase> phases = x.phases().stream()
                .map(p -> new Phase(p.name(), p.onlineDate(), p.accelerator(), count(p.acceleratorCount(), f))).toList();
        List<EnergyAsset> energy = x.energy().stream()
                .map(a -> new EnergyAsset(a.technology(), a.capacityMw() * f, a.onlineDate(), a.priceUsdPerMwh(), a.backup())).toList();
        GridConnection g = x.grid();
        return new Site(x.name() + suffix, x.displayName(), x.country(), x.region(), x.latitudeDeg(), x.longitudeDeg(),
                x.landAcres() == null ? null : x.landAcres() * f, x.announcedMw() == null ? null : x.announcedMw() * f,
                x.cooling(), new GridConnection(g.interconnectMw() * f, g.availableDate(), g.priceUsdPerMwh()), energy,
                phases, x.partners(), null, x.sources(), x.assumptions());
    }

    private static TrainingJob job(TrainingJob j, String suffix, double f) {
        List<String> sites = j.allowedSites().stream().map(n -> n + suffix).toList();
        return new TrainingJob(j.name() + suffix, count(j.acceleratorCount(), f), j.accelerator(),
                j.workFlop() == null ? null : j.workFlop() * f, j.durationH(), j.precision(), j.mfu(), j.earliestStart(),
                j.priority(), sites, j.allowedCountries(), j.checkpoint(), (int) Math.round(j.hotSpares() * f));
    }

    private static InferenceService service(InferenceService v, double f) {
        List<Demand> demand = v.demand().stream().map(d -> new Demand(d.region(), d.meanTokensPerSecond() * f)).toList();
        return new InferenceService(v.name(), v.model(), demand, v.growthPerYear(), v.diurnalAmplitude(), v.peakHourLocal(),
                v.rttBudgetMs(), v.ttftSloMs(), v.tpotSloMs(), v.allowedCountries());
    }
}
