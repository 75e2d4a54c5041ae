package dev.stargate.engine.energy;

import dev.stargate.engine.core.World;
import dev.stargate.model.profiles.SiteProfiles;
import dev.stargate.model.catalogue.EnergyKind;
import dev.stargate.model.catalogue.EnergyTechnology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hourly (per step) energy dispatch of each site:
 * <ol>
 *   <li>solar and wind first (must-take);</li>
 *   <li>surplus charges the site's batteries, then is exported up to the interconnect, then curtailed;</li>
 *   <li>a shortfall is met by the batteries, then by firm on-site assets and grid import in merit
 *       order of marginal cost (fuel + variable O&amp;M or contract price, plus the carbon price),
 *       then by backup assets; what remains is a shortfall (capping should have prevented it).</li>
 * </ol>
 * Firm assets deliver at most capacity × capacityFactor (availability). Batteries charge only
 * from surplus solar and wind, so what they deliver is carbon-free. PPA energy is paid for as
 * generated (take or pay); owned assets pay fuel and variable O&amp;M per MWh.
 */
public final class EnergyDispatcher {
    private final World w;
    private final Sources sources;
    private final SiteProfiles[] profiles;
    private final double carbonPriceUsdPerKg;
    private final double[] stateOfChargeMwh;
    private final List<List<Firm>> merit = new ArrayList<>();

    /** A dispatchable supply of a site: an on-site firm asset or the grid (asset == null). */
    private record Firm(World.Asset asset, int source, double marginalUsdPerMwh, boolean backup) {}

    public EnergyDispatcher(World w, Sources sources, SiteProfiles[] profiles) {
        this.w = w;
        this.sources = sources;
        this.profiles = profiles;
        this.carbonPriceUsdPerKg = w.scenario.economics().carbonPriceUsdPerTonne() / 1000.0;
        this.stateOfChargeMwh = new double[w.sites.length];
        for (int s = 0; s < w.sites.length; s++) {
            List<Firm> list = new ArrayList<>();
            list.add(new Firm(null, Sources.GRID, w.gridPriceUsdPerMwh(s) + carbonPriceUsdPerKg * w.regions[s].carbonKgPerMwh(), false));
            for (World.Asset a : w.siteAssets.get(s)) {
                if (a.tech().kind() != EnergyKind.FIRM) continue;
                list.add(new Firm(a, sources.index(a.spec().technology()), marginal(a), a.spec().backup()));
            }
            list.sort(Comparator.comparing(Firm::backup).thenComparingDouble(Firm::marginalUsdPerMwh));
            merit.add(List.copyOf(list));
        }
    }

    private double marginal(World.Asset a) {
        EnergyTechnology t = a.tech();
        double energy = a.spec().priceUsdPerMwh() != null ? a.spec().priceUsdPerMwh() : t.fuelUsdPerMwh() + t.variableOmUsdPerMwh();
        return energy + carbonPriceUsdPerKg * t.directCarbonKgPerMwh();
    }

    private static boolean online(World.Asset a, int k) {
        return k >= a.onlineStep();
    }

    /** Most power the site can draw during step {@code k} from every source, MW (for capping decisions). */
    public double availableMw(int s, int k) {
        double mw = w.gridAvailable(s, k) ? w.sites[s].grid().interconnectMw() : 0;
        double hours = w.stepHours();
        double batteryMw = 0;
        for (World.Asset a : w.siteAssets.get(s)) {
            if (!online(a, k)) continue;
            switch (a.tech().kind()) {
                case SOLAR -> mw += a.spec().capacityMw() * profiles[s].solarCf()[k];
                case WIND -> mw += a.spec().capacityMw() * profiles[s].windCf()[k];
                case FIRM -> mw += a.spec().capacityMw() * a.tech().capacityFactor();
                case STORAGE -> batteryMw += a.spec().capacityMw();
                case GRID -> { }
            }
        }
        return mw + Math.min(batteryMw, stateOfChargeMwh[s] / hours);
    }

    /** Dispatches the site's facility demand for step {@code k} into {@code out}. */
    public void dispatch(int s, int k, double demandMwh, StepEnergy out) {
        out.clear();
        out.demandMwh = demandMwh;
        double hours = w.stepHours();
        double solar = 0;
        double wind = 0;
        double batteryMw = 0;
        double batteryMwh = 0;
        double efficiencyWeighted = 0;
        for (World.Asset a : w.siteAssets.get(s)) {
            if (!online(a, k)) continue;
            double cap = a.spec().capacityMw();
            switch (a.tech().kind()) {
                case SOLAR -> solar += generate(a, cap * profiles[s].solarCf()[k] * hours, out);
                case WIND -> wind += generate(a, cap * profiles[s].windCf()[k] * hours, out);
                case STORAGE -> {
                    batteryMw += cap;
                    batteryMwh += cap * a.tech().storageHours();
                    efficiencyWeighted += cap * a.tech().roundTripEfficiency();
                }
                default -> { }
            }
        }
        double variable = solar + wind;
        out.variableGeneratedMwh = variable;
        double soc = Math.min(stateOfChargeMwh[s], batteryMwh);
        double remaining = demandMwh;
        double usedVariable = Math.min(variable, remaining);
        remaining -= usedVariable;
        if (variable > 0) {
            addSource(out, indexOf(s, EnergyKind.SOLAR), usedVariable * solar / variable);
            addSource(out, indexOf(s, EnergyKind.WIND), usedVariable * wind / variable);
        }
        out.carbonFreeMwh += usedVariable;
        double surplus = variable - usedVariable;
        if (surplus > 0) {
            double efficiency = batteryMw > 0 ? efficiencyWeighted / batteryMw : 1;
            double charge = Math.min(surplus, Math.min(batteryMw * hours, (batteryMwh - soc) / efficiency));
            charge = Math.max(0, charge);
            soc += charge * efficiency;
            surplus -= charge;
            out.chargedMwh = charge;
            double export = w.gridAvailable(s, k) ? Math.min(surplus, w.sites[s].grid().interconnectMw() * hours) : 0;
            out.exportedMwh = export;
            out.curtailedMwh = surplus - export;
        }
        if (remaining > 0 && batteryMw > 0) {
            double discharge = Math.min(remaining, Math.min(batteryMw * hours, soc));
            soc -= discharge;
            remaining -= discharge;
            addSource(out, indexOf(s, EnergyKind.STORAGE), discharge);
            out.carbonFreeMwh += discharge;
        }
        for (Firm f : merit.get(s)) {
            if (remaining <= 0) break;
            double avail;
            if (f.asset() == null) {
                avail = w.gridAvailable(s, k) ? w.sites[s].grid().interconnectMw() * hours : 0;
            } else {
                if (!online(f.asset(), k)) continue;
                avail = f.asset().spec().capacityMw() * f.asset().tech().capacityFactor() * hours;
            }
            double take = Math.min(remaining, avail);
            if (take <= 0) continue;
            remaining -= take;
            addSource(out, f.source(), take);
            if (f.asset() == null) {
                out.carbonKg += take * w.regions[s].carbonKgPerMwh();
                out.carbonFreeMwh += take * w.regions[s].carbonFreeShare();
                out.costUsd += take * w.gridPriceUsdPerMwh(s);
            } else {
                EnergyTechnology t = f.asset().tech();
                out.carbonKg += take * t.directCarbonKgPerMwh();
                if (t.carbonFree()) out.carbonFreeMwh += take;
                Double ppa = f.asset().spec().priceUsdPerMwh();
                out.costUsd += take * (ppa != null ? ppa : t.fuelUsdPerMwh() + t.variableOmUsdPerMwh());
            }
        }
        out.shortfallMwh = Math.max(0, remaining);
        out.costUsd += out.carbonKg * carbonPriceUsdPerKg;
        stateOfChargeMwh[s] = soc;
        out.stateOfChargeMwh = soc;
    }

    /** Generation of a variable asset; contracted (PPA) energy is paid for as generated. */
    private static double generate(World.Asset a, double mwh, StepEnergy out) {
        Double ppa = a.spec().priceUsdPerMwh();
        if (ppa != null) out.costUsd += mwh * ppa;
        else out.costUsd += mwh * a.tech().variableOmUsdPerMwh();
        return mwh;
    }

    private final java.util.Map<Long, Integer> kindIndex = new java.util.HashMap<>();

    /** Source index of the site's first technology of a kind (solar and wind split by technology name). */
    private int indexOf(int s, EnergyKind kind) {
        return kindIndex.computeIfAbsent(((long) s << 8) | kind.ordinal(), key -> {
            for (World.Asset a : w.siteAssets.get(s)) {
                if (a.tech().kind() == kind) return sources.index(a.spec().technology());
            }
            return -1;
        });
    }

    private static void addSource(StepEnergy out, int index, double mwh) {
        if (index >= 0 && mwh > 0) out.bySourceMwh[index] += mwh;
    }
}
