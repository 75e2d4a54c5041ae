package dev.stargate.model.scenario;

import dev.stargate.model.catalogue.Accelerator;
import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.catalogue.CoolingTechnology;
import dev.stargate.model.catalogue.EnergyKind;
import dev.stargate.model.catalogue.EnergyTechnology;
import dev.stargate.model.catalogue.GridRegion;
import dev.stargate.model.catalogue.ModelClass;
import dev.stargate.model.geo.Geo;
import dev.stargate.model.input.Problems;
import dev.stargate.model.input.Suggest;
import dev.stargate.model.sizing.SiteSizing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks what binding cannot: unique names, references between entries (with the closest match
 * suggested), and physics — rack density within the cooling limit, power within supply, dates
 * within the horizon, jobs that fit somewhere, demand that some site can reach.
 */
final class ScenarioValidator {
    private final Scenario s;
    private final Catalogue c;
    private final Problems p;
    /** A site reference failed: fleet-wide checks (does a job fit anywhere?) would only echo it. */
    private boolean fleetUnresolved;

    private ScenarioValidator(Scenario s, Catalogue c, Problems p) {
        this.s = s;
        this.c = c;
        this.p = p;
    }

    static void validate(Scenario scenario, Catalogue catalogue, List<LocatedJob> trace, Problems problems) {
        ScenarioValidator v = new ScenarioValidator(scenario, catalogue, problems);
        v.horizon();
        if (scenario.sites().isEmpty()) problems.error("sites", "a scenario needs at least one site");
        v.unique(scenario.sites(), Site::name, "sites");
        for (int i = 0; i < scenario.sites().size(); i++) v.site(scenario.sites().get(i), "sites[" + i + "]");
        List<LocatedJob> jobs = new ArrayList<>();
        List<TrainingJob> own = scenario.training().jobs();
        for (int i = 0; i < own.size(); i++) jobs.add(new LocatedJob(own.get(i), "training.jobs[" + i + "]", null));
        jobs.addAll(trace);
        v.uniqueJobs(jobs);
        for (LocatedJob j : jobs) v.job(j);
        v.inference();
        dev.stargate.model.planning.PlanningValidator.validate(scenario, catalogue, problems);
    }

    // ---- horizon ------------------------------------------------------------------------------

    private void horizon() {
        Horizon h = s.horizon();
        if (!h.end().isAfter(h.start())) {
            p.error("horizon.end", "must be after horizon.start (" + h.start() + "), got " + h.end());
        } else if (h.days() > 366L * 30) {
            p.error("horizon.end", "the horizon is " + h.days() + " days; at most 30 years are simulated");
        }
        if (1440 % h.stepMinutes() != 0) {
            p.error("horizon.stepMinutes", "must divide a day (1440 min) evenly, e.g. 5, 15, 30, 60, 120; got " + h.stepMinutes());
        }
    }

    // ---- sites --------------------------------------------------------------------------------

    private void site(Site site, String path) {
        countryCode(site.country(), path + ".country");
        GridRegion region = ref(site.region(), c.regions(), path + ".region", "grid region");
        if (region != null && site.country() != null && !region.country().equals(site.country())) {
            p.warning(path + ".country", "site is in " + site.country() + " but its grid region '" + site.region()
                    + "' is in " + region.country());
        }
        CoolingTechnology cooling = ref(site.cooling(), c.cooling(), path + ".cooling", "cooling technology");
        boolean refsOk = region != null && cooling != null;
        for (int i = 0; i < site.energy().size(); i++) {
            EnergyAsset a = site.energy().get(i);
            String ap = path + ".energy[" + i + "]";
            EnergyTechnology t = ref(a.technology(), c.energy(), ap + ".technology", "energy technology");
            if (t == null) {
                refsOk = false;
            } else if (t.kind() == EnergyKind.GRID) {
                p.error(ap + ".technology", "grid import is declared with " + path + ".grid.interconnectMw, not as an energy asset");
                refsOk = false;
            }
            dateInHorizon(a.onlineDate(), ap + ".onlineDate", "the asset");
        }
        if (site.grid().availableDate() != null && !site.grid().availableDate().isBefore(s.horizon().end())) {
            p.warning(path + ".grid.availableDate", "the interconnect becomes available after the horizon ends ("
                    + s.horizon().end() + "); the site has no grid import in this run");
        }
        unique(site.phases(), Phase::name, path + ".phases");
        for (int i = 0; i < site.phases().size(); i++) {
            Phase ph = site.phases().get(i);
            String pp = path + ".phases[" + i + "]";
            Accelerator a = ref(ph.accelerator(), c.accelerators(), pp + ".accelerator", "accelerator");
            if (a == null) {
                refsOk = false;
                continue;
            }
            if (cooling != null && a.rackPowerKw() > cooling.maxRackKw()) {
                p.error(pp + ".accelerator", a.displayName() + " racks draw " + fmt(a.rackPowerKw()) + " kW, above the "
                        + fmt(cooling.maxRackKw()) + " kW per rack that '" + site.cooling() + "' cooling removes; use "
                        + coolingFor(a.rackPowerKw()));
            }
            if (!ph.onlineDate().isBefore(s.horizon().end())) {
                p.warning(pp + ".onlineDate", "comes online on " + ph.onlineDate() + ", after the horizon ends ("
                        + s.horizon().end() + "); it is not simulated");
            }
        }
        partners(site, path);
        if (refsOk) power(site, path, cooling);
        else fleetUnresolved = true;
    }

    private String coolingFor(double rackKw) {
        List<String> ok = c.cooling().values().stream().filter(x -> x.maxRackKw() >= rackKw).map(CoolingTechnology::name).toList();
        return ok.isEmpty() ? "an accelerator with lower rack power" : String.join(" or ", ok) + " cooling";
    }

    /** Facility power of each build step against what the site can be supplied with on that date. */
    private void power(Site site, String path, CoolingTechnology cooling) {
        Set<LocalDate> dates = new TreeSet<>();
        for (Phase ph : site.phases()) dates.add(ph.onlineDate());
        for (int i = 0; i < site.phases().size(); i++) {
            LocalDate day = site.phases().get(i).onlineDate();
            // check each date once, at the phase that first reaches it
            if (!dates.remove(day)) continue;
            SiteSizing z = SiteSizing.asOf(site, c, day);
            double grid = SiteSizing.interconnectMw(site, day);
            double firm = grid + z.firmSupplyMw() + z.storagePowerMw();
            double best = firm + z.variableNameplateMw();
            String pp = path + ".phases[" + i + "].acceleratorCount";
            String need = fmt(z.facilityMwAtDesign()) + " MW facility power (" + fmt(z.itMw()) + " MW IT × PUE "
                    + String.format("%.2f", z.designPue()) + " on the hottest hours) from " + day;
            if (z.facilityMwAtDesign() > best * (1 + 1e-9)) {
                String unitHint = grid > 0 && grid * 1000 >= z.facilityMwAtDesign() && site.grid().interconnectMw() < 100
                        ? "; is grid.interconnectMw written in GW? it is in MW" : "";
                p.error(pp, "the site needs " + need + " but can be supplied with at most " + fmt(best)
                        + " MW (grid " + fmt(grid) + ", firm on-site " + fmt(z.firmSupplyMw()) + ", storage "
                        + fmt(z.storagePowerMw()) + ", solar/wind nameplate " + fmt(z.variableNameplateMw())
                        + "); raise the interconnect or on-site supply, or lower the phase" + unitHint);
            } else if (z.facilityMwAtDesign() > firm * (1 + 1e-9)) {
                p.warning(pp, "the site needs " + need + " but only " + fmt(firm)
                        + " MW is firm (grid, firm on-site, storage); power will be capped when sun and wind are low");
            }
        }
        SiteSizing all = SiteSizing.of(site, c);
        if (site.landAcres() != null && all.landAcresNeeded() > site.landAcres() * (1 + 1e-9)) {
            p.warning(path + ".landAcres", "the site's " + fmt(all.facilityMwAtDesign()) + " MW need about "
                    + fmt(all.landAcresNeeded()) + " acres with " + site.cooling() + " cooling ("
                    + cooling.landAcresPerMw() + " acres/MW), more than the " + fmt(site.landAcres()) + " given");
        }
    }

    private void partners(Site site, String path) {
        unique(site.partners(), Partner::name, path + ".partners");
        double sum = site.partners().stream().mapToDouble(Partner::share).sum();
        if (sum > 1 + 1e-9) {
            p.error(path + ".partners", "ownership shares add up to " + String.format("%.4f", sum) + "; they may add up to at most 1");
        }
    }

    // ---- training -----------------------------------------------------------------------------

    private void uniqueJobs(List<LocatedJob> jobs) {
        Map<String, String> seen = new HashMap<>();
        for (LocatedJob j : jobs) {
            String first = seen.putIfAbsent(j.job().name(), j.path());
            if (first != null) err(j, j.path() + ".name", "duplicate job name '" + j.job().name() + "' (also " + first + ")");
        }
    }

    private void job(LocatedJob ref) {
        TrainingJob j = ref.job();
        String path = ref.path();
        if ((j.workFlop() == null) == (j.durationH() == null)) {
            err(ref, path, "give exactly one of workFlop and durationH" + (j.workFlop() == null ? "" : ", not both"));
        }
        if (j.checkpoint().policy() == CheckpointPolicy.FIXED && j.checkpoint().intervalMinutes() == null) {
            err(ref, path + ".checkpoint.intervalMinutes", "required when checkpoint.policy is fixed");
        }
        if (j.earliestStart() != null && !j.earliestStart().isBefore(s.horizon().end().atStartOfDay())) {
            err(ref, path + ".earliestStart", "is " + j.earliestStart() + ", not before the horizon end (" + s.horizon().end() + ")");
        }
        if (j.accelerator() != null && !c.accelerators().containsKey(j.accelerator())) {
            err(ref, path + ".accelerator", "unknown accelerator '" + j.accelerator() + "'" + Suggest.hint(j.accelerator(), c.accelerators().keySet()));
            return;
        }
        Set<String> siteNames = new HashSet<>();
        s.sites().forEach(x -> siteNames.add(x.name()));
        for (int i = 0; i < j.allowedSites().size(); i++) {
            String name = j.allowedSites().get(i);
            if (!siteNames.contains(name)) {
                err(ref, path + ".allowedSites[" + i + "]", "unknown site '" + name + "'" + Suggest.hint(name, siteNames));
                return;
            }
        }
        boolean countriesOk = true;
        for (int i = 0; i < j.allowedCountries().size(); i++) {
            countriesOk &= countryCode(j.allowedCountries().get(i), path + ".allowedCountries[" + i + "]");
        }
        // a bad country code leaves no eligible site: saying so again would only echo it
        if (fleetUnresolved || !countriesOk) return;
        // the gang runs at one site: some eligible pool must be large enough
        long need = (long) j.acceleratorCount() + j.hotSpares();
        long best = 0;
        String bestSite = null;
        for (Site site : s.sites()) {
            if (!j.allowedSites().isEmpty() && !j.allowedSites().contains(site.name())) continue;
            if (!j.allowedCountries().isEmpty() && !j.allowedCountries().contains(site.country())) continue;
            Map<String, Long> pool = new HashMap<>();
            for (Phase ph : site.phases()) {
                if (!c.accelerators().containsKey(ph.accelerator()) || !ph.onlineDate().isBefore(s.horizon().end())) continue;
                pool.merge(ph.accelerator(), (long) ph.acceleratorCount(), Long::sum);
            }
            for (Map.Entry<String, Long> e : pool.entrySet()) {
                if (j.accelerator() != null && !j.accelerator().equals(e.getKey())) continue;
                if (e.getValue() > best) {
                    best = e.getValue();
                    bestSite = site.name() + " (" + e.getKey() + ")";
                }
            }
        }
        if (best < need) {
            err(ref, path + ".acceleratorCount", "the job needs " + need + " accelerators"
                    + (j.hotSpares() > 0 ? " including " + j.hotSpares() + " hot spares" : "") + " at one site, but "
                    + (bestSite == null ? "no eligible site has any" + (j.accelerator() == null ? "" : " " + j.accelerator())
                    : "the largest eligible pool is " + best + " at " + bestSite) + " within the horizon");
        }
    }

    private void err(LocatedJob ref, String path, String message) {
        if (ref.location() != null) p.error(ref.location(), path, message);
        else p.error(path, message);
    }

    // ---- inference ----------------------------------------------------------------------------

    private void inference() {
        Inference inf = s.inference();
        unique(inf.regions(), DemandRegion::name, "inference.regions");
        Map<String, DemandRegion> regions = new HashMap<>();
        for (int i = 0; i < inf.regions().size(); i++) {
            regions.putIfAbsent(inf.regions().get(i).name(), inf.regions().get(i));
            countryCode(inf.regions().get(i).country(), "inference.regions[" + i + "].country");
        }
        unique(inf.services(), InferenceService::name, "inference.services");
        Set<String> fleetTypes = new TreeSet<>();
        s.sites().forEach(site -> site.phases().forEach(ph -> fleetTypes.add(ph.accelerator())));
        for (int i = 0; i < inf.services().size(); i++) {
            InferenceService svc = inf.services().get(i);
            String path = "inference.services[" + i + "]";
            ModelClass model = ref(svc.model(), c.models(), path + ".model", "model class");
            if (model != null && !fleetUnresolved && model.tokensPerSecondPerAccelerator().keySet().stream().noneMatch(fleetTypes::contains)) {
                p.error(path + ".model", "model class '" + svc.model() + "' has no throughput figure for any accelerator in the fleet ("
                        + String.join(", ", fleetTypes) + "); add one under catalogue.models." + svc.model() + ".tokensPerSecondPerAccelerator");
            }
            for (int k = 0; k < svc.allowedCountries().size(); k++) countryCode(svc.allowedCountries().get(k), path + ".allowedCountries[" + k + "]");
            unique(svc.demand(), Demand::region, path + ".demand");
            for (int k = 0; k < svc.demand().size(); k++) {
                Demand d = svc.demand().get(k);
                DemandRegion r = ref(d.region(), regions, path + ".demand[" + k + "].region", "demand region (inference.regions)");
                if (r != null && !reachable(r, svc)) {
                    p.warning(path + ".demand[" + k + "].region", "no " + (svc.allowedCountries().isEmpty() ? "" : "allowed ")
                            + "site is within the " + fmt(svc.rttBudgetMs()) + " ms round-trip budget of '" + r.name()
                            + "'; its demand will be dropped");
                }
            }
        }
    }

    private boolean reachable(DemandRegion r, InferenceService svc) {
        for (Site site : s.sites()) {
            if (!svc.allowedCountries().isEmpty() && !svc.allowedCountries().contains(site.country())) continue;
            double km = Geo.greatCircleKm(r.latitudeDeg(), r.longitudeDeg(), site.latitudeDeg(), site.longitudeDeg());
            if (Geo.roundTripMs(km, s.inference().fibreRouteFactor(), s.inference().fibreKmPerMs()) <= svc.rttBudgetMs()) return true;
        }
        return false;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private <T> T ref(String name, Map<String, T> known, String path, String what) {
        T v = known.get(name);
        if (v == null) {
            p.error(path, "unknown " + what + " '" + name + "'" + Suggest.hint(name, known.keySet())
                    + (known.size() <= 12 ? "; known: " + String.join(", ", new TreeSet<>(known.keySet())) : ""));
        }
        return v;
    }

    private <T> void unique(Collection<T> items, Function<T, String> name, String path) {
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (T item : items) {
            String n = name.apply(item);
            if (!seen.add(n)) p.error(path + "[" + i + "]", "duplicate name '" + n + "'; names must be unique");
            i++;
        }
    }

    private boolean countryCode(String code, String path) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            p.error(path, "expected an ISO 3166-1 alpha-2 country code in capitals (e.g. US, NO, AE), got '" + code + "'");
            return false;
        }
        return true;
    }

    private void dateInHorizon(LocalDate d, String path, String what) {
        if (d != null && !d.isBefore(s.horizon().end())) {
            p.warning(path, what + " comes online on " + d + ", after the horizon ends (" + s.horizon().end() + ")");
        }
    }

    /** Numbers in messages: thousands separators, one decimal only when it says something. */
    private static String fmt(double v) {
        if (v >= 100 || v == Math.rint(v)) return String.format("%,.0f", v);
        return String.format("%,.1f", v);
    }
}
