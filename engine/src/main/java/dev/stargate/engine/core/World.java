package dev.stargate.engine.core;

import dev.stargate.model.catalogue.Accelerator;
import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.catalogue.CoolingTechnology;
import dev.stargate.model.catalogue.EnergyTechnology;
import dev.stargate.model.catalogue.GridRegion;
import dev.stargate.model.scenario.EnergyAsset;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.Phase;
import dev.stargate.model.scenario.Scenario;
import dev.stargate.model.scenario.Site;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static side of a run, resolved once from the scenario and catalogue into indexed arrays:
 * sites, pools (one per site and accelerator type), phases, energy assets and the clock.
 */
public final class World {
    public final Scenario scenario;
    public final Catalogue catalogue;
    public final long horizonSeconds;
    public final int stepSeconds;
    public final int steps;
    private final long startEpochSecond;

    public final Site[] sites;
    public final GridRegion[] regions;
    public final CoolingTechnology[] cooling;

    /** Pools: accelerators of one type at one site. */
    public final int[] poolSite;
    public final Accelerator[] poolType;
    public final String[] poolTypeName;
    /** Pools of each site. */
    public final int[][] sitePools;

    /** Phases in scenario order: pool, online time (seconds from start, ≥ 0), count. */
    public final int[] phasePool;
    public final long[] phaseTime;
    public final int[] phaseCount;

    /** Energy assets per site. */
    public final List<List<Asset>> siteAssets;

    /** An energy asset resolved against its technology; online from step {@code onlineStep}. */
    public record Asset(EnergyAsset spec, EnergyTechnology tech, int onlineStep) {}

    public World(LoadedScenario ls) {
        this.scenario = ls.scenario();
        this.catalogue = ls.catalogue();
        LocalDate start = scenario.horizon().start();
        this.startEpochSecond = start.toEpochDay() * 86400L;
        this.horizonSeconds = scenario.horizon().days() * 86400L;
        this.stepSeconds = scenario.horizon().stepMinutes() * 60;
        this.steps = (int) (horizonSeconds / stepSeconds);

        int n = scenario.sites().size();
        sites = scenario.sites().toArray(Site[]::new);
        regions = new GridRegion[n];
        cooling = new CoolingTechnology[n];
        Map<String, Integer> poolIndex = new LinkedHashMap<>();
        List<Integer> pSite = new ArrayList<>();
        List<String> pType = new ArrayList<>();
        List<int[]> phases = new ArrayList<>();
        List<Long> phaseTimes = new ArrayList<>();
        siteAssets = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            Site site = sites[s];
            regions[s] = catalogue.regions().get(site.region());
            cooling[s] = catalogue.cooling().get(site.cooling());
            for (Phase ph : site.phases()) {
                String key = s + "/" + ph.accelerator();
                Integer p = poolIndex.get(key);
                if (p == null) {
                    p = pSite.size();
                    poolIndex.put(key, p);
                    pSite.add(s);
                    pType.add(ph.accelerator());
                }
                phases.add(new int[] {p, ph.acceleratorCount()});
                phaseTimes.add(Math.max(0, secondsFrom(ph.onlineDate())));
            }
            List<Asset> assets = new ArrayList<>();
            for (EnergyAsset a : site.energy()) {
                int onlineStep = a.onlineDate() == null ? 0 : (int) Math.max(0, Math.min(steps, ceilDiv(secondsFrom(a.onlineDate()), stepSeconds)));
                assets.add(new Asset(a, catalogue.energy().get(a.technology()), onlineStep));
            }
            siteAssets.add(List.copyOf(assets));
        }
        poolSite = pSite.stream().mapToInt(Integer::intValue).toArray();
        poolTypeName = pType.toArray(String[]::new);
        poolType = pType.stream().map(t -> catalogue.accelerators().get(t)).toArray(Accelerator[]::new);
        sitePools = new int[n][];
        for (int s = 0; s < n; s++) {
            final int site = s;
            sitePools[s] = java.util.stream.IntStream.range(0, poolSite.length).filter(p -> poolSite[p] == site).toArray();
        }
        phasePool = phases.stream().mapToInt(x -> x[0]).toArray();
        phaseCount = phases.stream().mapToInt(x -> x[1]).toArray();
        phaseTime = phaseTimes.stream().mapToLong(Long::longValue).toArray();
    }

    public int pools() {
        return poolSite.length;
    }

    /** The pool of an accelerator type at a site (by names); an exception if there is none. */
    public int pool(String site, String accelerator) {
        for (int p = 0; p < poolSite.length; p++) {
            if (sites[poolSite[p]].name().equals(site) && poolTypeName[p].equals(accelerator)) return p;
        }
        throw new IllegalArgumentException("no " + accelerator + " at site " + site);
    }

    /** Seconds from the horizon start to 00:00 UTC of {@code day} (negative before the start). */
    public long secondsFrom(LocalDate day) {
        return day.toEpochDay() * 86400L - startEpochSecond;
    }

    public long secondsFrom(LocalDateTime time) {
        return time.toEpochSecond(ZoneOffset.UTC) - startEpochSecond;
    }

    /** A run time as UTC ISO-8601 text with seconds, e.g. 2028-01-01T06:00:00Z, for outputs. */
    public String isoTime(long seconds) {
        return ISO_UTC.format(LocalDateTime.ofEpochSecond(startEpochSecond + seconds, 0, ZoneOffset.UTC));
    }

    public static final java.time.format.DateTimeFormatter ISO_UTC = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    public double stepHours() {
        return stepSeconds / 3600.0;
    }

    /** Whether the site's grid interconnect is available during step {@code k}. */
    public boolean gridAvailable(int site, int k) {
        var g = sites[site].grid();
        if (g.interconnectMw() <= 0) return false;
        return g.availableDate() == null || secondsFrom(g.availableDate()) <= (long) k * stepSeconds;
    }

    /** Price of grid electricity at a site: its contracted tariff, else its region's. */
    public double gridPriceUsdPerMwh(int site) {
        Double p = sites[site].grid().priceUsdPerMwh();
        return p != null ? p : regions[site].priceUsdPerMwh();
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }
}
