package dev.stargate.planner;

import dev.stargate.model.catalogue.Accelerator;
import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.catalogue.CoolingTechnology;
import dev.stargate.model.catalogue.EnergyKind;
import dev.stargate.model.catalogue.EnergyTechnology;
import dev.stargate.model.catalogue.GridRegion;
import dev.stargate.model.catalogue.Precision;
import dev.stargate.model.planning.Candidate;
import dev.stargate.model.planning.Planning;
import dev.stargate.model.profiles.SiteProfiles;
import dev.stargate.model.profiles.WeatherGenerator;
import dev.stargate.model.scenario.EnergyAsset;
import dev.stargate.model.scenario.GridConnection;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.Partner;
import dev.stargate.model.scenario.Phase;
import dev.stargate.model.scenario.Scenario;
import dev.stargate.model.scenario.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A planning case resolved into numbers: years and discount factors, the accelerator bought each
 * year, and every build option (a candidate site with one cooling technology) with its limits,
 * committed capacity, block costs and representative days. Year indices run 0 … years−1.
 */
public final class PlanProblem {
    /** Energy technologies the plan may build where a candidate does not list its own. */
    static final List<String> DEFAULT_ENERGY_OPTIONS = List.of("solar_pv", "wind_onshore", "battery_4h", "gas_engine");

    final Scenario scenario;
    final Catalogue catalogue;
    final Planning planning;
    final int startYear;
    final int years;
    final double discountRate;
    final double carbonPriceUsdPerTonne;
    /** Discount factor of each year, (1 + r)^−i. */
    final double[] discount;
    /** Accelerator bought in each year. */
    final Accelerator[] generation;
    final String[] generationName;
    /** Price of the accelerator bought in each year (the roadmap's, else the catalogue's). */
    final double[] generationPriceUsd;
    final List<Site> sites = new ArrayList<>();
    final List<Option> options = new ArrayList<>();

    /** A committed energy asset at a site: capacity from a year index on. */
    record CommittedAsset(EnergyTechnology tech, double mw, int fromYear) {}

    /** One build option: a candidate site with one cooling technology. */
    static final class Option {
        int index;
        int candidate;
        Candidate spec;
        String name;
        String country;
        GridRegion region;
        double latitudeDeg;
        double longitudeDeg;
        CoolingTechnology cooling;
        String coolingName;
        boolean primary;
        double blockMw;
        /** Most IT the option can hold (max IT and land), MW. */
        double maxItMw;
        /** Committed IT online each year, MW; committed accelerators by type each year. */
        double[] committedItMw;
        List<Phase> committedPhases = new ArrayList<>();
        /** Most blocks that may be added in each year (0 before construction can finish). */
        int[] maxAdd;
        int maxBlocks;
        double interconnectMw;
        int interconnectFromYear;
        List<EnergyTechnology> energyOptions = new ArrayList<>();
        List<CommittedAsset> committedAssets = new ArrayList<>();
        List<Partner> partners;
        Site site;
        RepresentativeDays.Day[] days;
        /** Annual cost of a block built in each year (capital charge + facility O&M), USD/yr. */
        double[] annualBlockUsd;
        /** Capital of a block built in each year (accelerators + facility), USD. */
        double[] blockCapexUsd;
        /** Accelerators in a block built in each year. */
        double[] acceleratorsPerBlock;
        /** Annual cost of committed capacity in each year, USD/yr. */
        double[] committedAnnualUsd;
        double siteAnnualUsd;
        double meanPue;
        double designPue;
    }

    PlanProblem(LoadedScenario ls) {
        this.scenario = ls.scenario();
        this.catalogue = ls.catalogue();
        this.planning = scenario.planning();
        this.startYear = planning.startYear();
        this.years = planning.years();
        this.discountRate = scenario.economics().discountRate();
        this.carbonPriceUsdPerTonne = scenario.economics().carbonPriceUsdPerTonne();
        this.discount = new double[years];
        for (int i = 0; i < years; i++) discount[i] = Math.pow(1 + discountRate, -i);
        this.generation = new Accelerator[years];
        this.generationName = new String[years];
        this.generationPriceUsd = new double[years];
        for (int i = 0; i < years; i++) {
            Planning.RoadmapEntry entry = null;
            for (Planning.RoadmapEntry e : planning.roadmap()) if (e.year() <= startYear + i) entry = e;
            generationName[i] = entry == null ? null : entry.accelerator();
            generation[i] = entry == null ? null : catalogue.accelerators().get(entry.accelerator());
            if (entry != null) generationPriceUsd[i] = entry.unitPriceUsd() != null ? entry.unitPriceUsd() : generation[i].unitPriceUsd();
        }
        for (int c = 0; c < planning.candidates().size(); c++) {
            Candidate cand = planning.candidates().get(c);
            Site site = cand.site() == null ? null : scenario.site(cand.site());
            sites.add(site);
            List<String> coolings = cand.coolingOptions().isEmpty() && site != null ? List.of(site.cooling()) : cand.coolingOptions();
            for (int k = 0; k < coolings.size(); k++) options.add(option(c, cand, site, coolings.get(k), k == 0, ls));
        }
        for (int i = 0; i < options.size(); i++) options.get(i).index = i;
    }

    int yearIndex(int year) {
        return year - startYear;
    }

    static double crf(double r, double years) {
        return r <= 0 ? 1.0 / years : r / (1 - Math.pow(1 + r, -years));
    }

    private Option option(int c, Candidate cand, Site site, String coolingName, boolean primary, LoadedScenario ls) {
        Option o = new Option();
        o.candidate = c;
        o.spec = cand;
        o.site = site;
        o.name = coolingName.equals(site == null ? null : site.cooling()) || primary ? cand.name() : cand.name() + "/" + coolingName;
        o.primary = primary;
        o.country = cand.country() != null ? cand.country() : site.country();
        o.region = catalogue.regions().get(cand.region() != null ? cand.region() : site.region());
        o.latitudeDeg = cand.latitudeDeg() != null ? cand.latitudeDeg() : site.latitudeDeg();
        o.longitudeDeg = cand.longitudeDeg() != null ? cand.longitudeDeg() : site.longitudeDeg();
        o.coolingName = coolingName;
        o.cooling = catalogue.cooling().get(coolingName);
        o.blockMw = cand.blockMw() != null ? cand.blockMw() : planning.blockMw();
        o.partners = !cand.partners().isEmpty() || site == null ? cand.partners() : site.partners();
        GridConnection grid = site == null ? null : site.grid();
        o.interconnectMw = cand.interconnectMw() != null ? cand.interconnectMw() : grid == null ? 0 : grid.interconnectMw();
        Integer gridYear = cand.interconnectYear();
        if (gridYear == null && grid != null && grid.availableDate() != null) gridYear = grid.availableDate().getYear();
        o.interconnectFromYear = Math.max(0, gridYear == null ? 0 : yearIndex(gridYear));

        // weather of the first planned year, clustered into representative days
        Site weatherSite = new Site(o.name, null, o.country, o.region.name(), o.latitudeDeg, o.longitudeDeg, null, null,
                coolingName, new GridConnection(0, null, null), List.of(), List.of(), List.of(), null, List.of(), List.of());
        LocalDate jan1 = LocalDate.of(startYear, 1, 1);
        int hours = (int) (jan1.plusYears(1).toEpochDay() - jan1.toEpochDay()) * 24;
        SiteProfiles year = WeatherGenerator.generate(weatherSite, o.region, scenario.weather(), jan1, hours, 3600, scenario.seed());
        o.days = RepresentativeDays.choose(year, planning.representativeDays(), scenario.seed());
        double pueSum = 0;
        double weightSum = 0;
        double hottest = Double.NEGATIVE_INFINITY;
        for (RepresentativeDays.Day d : o.days) {
            for (double t : d.temperatureDegC()) {
                pueSum += d.weight() * o.cooling.pue(t);
                weightSum += d.weight();
                hottest = Math.max(hottest, t);
            }
        }
        o.meanPue = pueSum / weightSum;
        o.designPue = o.cooling.pue(o.region.meanTempDegC() + o.region.seasonalAmplitudeDegC() + o.region.diurnalAmplitudeDegC());

        // committed capacity: the site's phases (primary option only), by the year they come online
        o.committedItMw = new double[years];
        o.committedAnnualUsd = new double[years];
        if (site != null && primary) {
            for (Phase ph : site.phases()) {
                Accelerator a = catalogue.accelerators().get(ph.accelerator());
                int from = Math.max(0, yearIndex(ph.onlineDate().getYear()));
                if (from >= years) continue;
                o.committedPhases.add(ph);
                double itMw = ph.acceleratorCount() * a.systemPowerW() / 1e6;
                double annual = ph.acceleratorCount() * a.unitPriceUsd() * crf(discountRate, a.lifetimeYears())
                        + itMw * o.cooling.capexUsdPerMw() * crf(discountRate, o.cooling.lifetimeYears())
                        + itMw * o.cooling.fixedOmUsdPerMwYear();
                for (int y = from; y < years; y++) {
                    o.committedItMw[y] += itMw;
                    o.committedAnnualUsd[y] += annual;
                }
            }
            for (EnergyAsset e : site.energy()) {
                EnergyTechnology t = catalogue.energy().get(e.technology());
                int from = e.onlineDate() == null ? 0 : Math.max(0, yearIndex(e.onlineDate().getYear()));
                if (from < years) o.committedAssets.add(new CommittedAsset(t, e.capacityMw(), from));
            }
        }
        Set<String> energy = new LinkedHashSet<>(cand.energyOptions().isEmpty() ? DEFAULT_ENERGY_OPTIONS : cand.energyOptions());
        for (CommittedAsset a : o.committedAssets) energy.add(a.tech().name());
        for (String e : energy) {
            EnergyTechnology t = catalogue.energy().get(e);
            if (t.kind() != EnergyKind.GRID) o.energyOptions.add(t);
        }

        // limits: max IT, land
        double maxIt = cand.maxItMw();
        Double land = cand.landAcres() != null ? cand.landAcres() : site == null ? null : site.landAcres();
        if (land != null && o.cooling.landAcresPerMw() > 0) maxIt = Math.min(maxIt, land / o.cooling.landAcresPerMw() / o.designPue);
        o.maxItMw = Math.max(maxIt, o.committedItMw[years - 1]);
        o.maxBlocks = (int) Math.floor((o.maxItMw - o.committedItMw[years - 1]) / o.blockMw + 1e-9);
        o.maxAdd = new int[years];
        for (int y = 0; y < years; y++) {
            boolean built = y >= cand.leadTimeYears();
            boolean fits = generation[y] != null && generation[y].rackPowerKw() <= o.cooling.maxRackKw();
            o.maxAdd[y] = built && fits ? o.maxBlocks : 0;
        }

        // block costs by the year they are built
        o.annualBlockUsd = new double[years];
        o.blockCapexUsd = new double[years];
        o.acceleratorsPerBlock = new double[years];
        for (int y = 0; y < years; y++) {
            Accelerator a = generation[y];
            if (a == null) continue;
            double acc = o.blockMw * 1e6 / a.systemPowerW();
            o.acceleratorsPerBlock[y] = acc;
            double facility = o.blockMw * o.cooling.capexUsdPerMw();
            double price = generationPriceUsd[y];
            o.blockCapexUsd[y] = acc * price + facility;
            o.annualBlockUsd[y] = acc * price * crf(discountRate, a.lifetimeYears())
                    + facility * crf(discountRate, o.cooling.lifetimeYears()) + o.blockMw * o.cooling.fixedOmUsdPerMwYear();
        }
        o.siteAnnualUsd = cand.siteCostUsd() * crf(discountRate, o.cooling.lifetimeYears());
        return o;
    }

    /** FLOP/s of a block built in year index {@code y} at a precision. */
    double blockFlops(Option o, int y, Precision p) {
        return generation[y] == null ? 0 : o.acceleratorsPerBlock[y] * generation[y].peakFlopPerSecond(p);
    }

    /** FLOP/s of an option's committed capacity online in year index {@code y}. */
    double committedFlops(Option o, int y, Precision p) {
        double f = 0;
        for (Phase ph : o.committedPhases) {
            if (yearIndex(ph.onlineDate().getYear()) <= y) {
                f += ph.acceleratorCount() * catalogue.accelerators().get(ph.accelerator()).peakFlopPerSecond(p);
            }
        }
        return f;
    }

    /** Whether an energy technology can be newly built at an option by year index {@code y}. */
    boolean buildable(EnergyTechnology t, int y) {
        return y >= Math.ceil(t.leadTimeYears() - 1e-9);
    }

    double interconnectMw(Option o, int y) {
        return y >= o.interconnectFromYear ? o.interconnectMw : 0;
    }

    /** The option's share owned by a partner. */
    static double share(Option o, String partner) {
        double s = 0;
        for (Partner p : o.partners) if (p.name().equals(partner)) s += p.share();
        return s;
    }
}
