package dev.stargate.engine.inference;

import dev.stargate.engine.core.FleetState;
import dev.stargate.engine.core.World;
import dev.stargate.model.catalogue.ModelClass;
import dev.stargate.model.geo.Geo;
import dev.stargate.model.scenario.Demand;
import dev.stargate.model.scenario.DemandRegion;
import dev.stargate.model.scenario.Inference;
import dev.stargate.model.scenario.InferenceService;
import dev.stargate.model.scenario.RoutingPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes every region's demand for every service to sites within the service's round-trip budget
 * and residency, in the order of the routing policy, each step.
 *
 * <p>Order: demand with the fewest reachable sites is served first (stable in scenario order
 * otherwise), so residency-bound or latency-bound demand is not crowded out by demand that could
 * go elsewhere.
 *
 * <p>Queueing estimate: a site serving at utilisation ρ has TTFT = RTT + baseTTFT / (1 − ρ) and
 * TPOT = baseTPOT / (1 − ρ) (M/M/1-like growth of waiting). For each service and site this gives
 * the highest utilisation that still meets both targets, ρ_max. Demand is first served within
 * target on every reachable site at up to ρ_max (nearest/cheapest/greenest first: spill goes
 * farther); what is left is served beyond target on the remaining capacity (counted as served
 * but not within the SLO); the rest is dropped.
 */
public final class InferenceRouter {
    private static final double SECONDS_PER_YEAR = 365.25 * 86400.0;

    private final World w;
    private final FleetState fleet;
    private final List<InferenceService> services;
    private final List<Route> routes = new ArrayList<>();
    /** Tokens/s per accelerator of each service on each pool (0 when the model has no figure). */
    private final double[][] tps;

    /** One region's demand for one service, with its candidate sites in policy order. */
    private record Route(int service, DemandRegion region, double meanTokensPerSecond, int[] sites,
                         double[] rttMs, double[] rhoMax) {}

    // per-step results
    public final double[] demandTps;
    public final double[] servedWithinTps;
    public final double[] servedBeyondTps;
    /** Per service and site, tokens/s served (within and beyond target) this step. */
    private final double[][] servedAtSite;
    private final double[][] withinAtSite;
    /** Accelerators busy (full-utilisation equivalents) and taken, per pool this step. */
    public final double[] busy;
    public final double[] taken;
    private final double[] avail;
    private final RttHistogram rtt;
    /** Per demand region over the run: tokens demanded, served, served within target. */
    private final List<String> regionNames = new ArrayList<>();
    private final double[] regionDemand;
    private final double[] regionServed;
    private final double[] regionWithin;
    private final int[] routeRegion;
    /** This step's tokens/s of each route served at each site, within and beyond target. */
    private final double[][] routeSiteWithin;
    private final double[][] routeSiteBeyond;
    private double ttftWeighted;
    private double tpotWeighted;
    private double latencyTokens;

    public InferenceRouter(World w, FleetState fleet, RttHistogram rtt) {
        this.w = w;
        this.fleet = fleet;
        this.rtt = rtt;
        Inference inf = w.scenario.inference();
        this.services = inf.services();
        Map<String, DemandRegion> regions = new HashMap<>();
        inf.regions().forEach(r -> regions.put(r.name(), r));
        tps = new double[services.size()][w.pools()];
        for (int v = 0; v < services.size(); v++) {
            ModelClass m = w.catalogue.models().get(services.get(v).model());
            for (int p = 0; p < w.pools(); p++) {
                tps[v][p] = m.tokensPerSecondPerAccelerator().getOrDefault(w.poolTypeName[p], 0.0);
            }
        }
        for (int v = 0; v < services.size(); v++) {
            InferenceService svc = services.get(v);
            ModelClass m = w.catalogue.models().get(svc.model());
            for (Demand d : svc.demand()) {
                DemandRegion r = regions.get(d.region());
                routes.add(route(v, svc, m, r, d.meanTokensPerSecond(), inf));
            }
        }
        // the most constrained demand (fewest reachable sites: residency, tight budgets) is served
        // first, so that flexible demand spills elsewhere instead of crowding it out
        routes.sort(Comparator.comparingInt(r -> r.sites().length));
        inf.regions().forEach(r -> regionNames.add(r.name()));
        routeRegion = new int[routes.size()];
        for (int i = 0; i < routes.size(); i++) routeRegion[i] = regionNames.indexOf(routes.get(i).region().name());
        regionDemand = new double[regionNames.size()];
        regionServed = new double[regionNames.size()];
        regionWithin = new double[regionNames.size()];
        routeSiteWithin = new double[routes.size()][w.sites.length];
        routeSiteBeyond = new double[routes.size()][w.sites.length];
        demandTps = new double[services.size()];
        servedWithinTps = new double[services.size()];
        servedBeyondTps = new double[services.size()];
        servedAtSite = new double[services.size()][w.sites.length];
        withinAtSite = new double[services.size()][w.sites.length];
        busy = new double[w.pools()];
        taken = new double[w.pools()];
        avail = new double[w.pools()];
    }

    private Route route(int v, InferenceService svc, ModelClass m, DemandRegion r, double mean, Inference inf) {
        List<Integer> ok = new ArrayList<>();
        Map<Integer, Double> rttBySite = new HashMap<>();
        for (int s = 0; s < w.sites.length; s++) {
            var site = w.sites[s];
            if (!svc.allowedCountries().isEmpty() && !svc.allowedCountries().contains(site.country())) continue;
            double km = Geo.greatCircleKm(r.latitudeDeg(), r.longitudeDeg(), site.latitudeDeg(), site.longitudeDeg());
            double ms = Geo.roundTripMs(km, inf.fibreRouteFactor(), inf.fibreKmPerMs());
            if (ms > svc.rttBudgetMs()) continue;
            ok.add(s);
            rttBySite.put(s, ms);
        }
        Comparator<Integer> order = switch (w.scenario.policies().routing()) {
            case NEAREST -> Comparator.comparingDouble(rttBySite::get);
            case CHEAPEST -> Comparator.<Integer>comparingDouble(w::gridPriceUsdPerMwh).thenComparingDouble(rttBySite::get);
            case GREENEST -> Comparator.<Integer>comparingDouble(s -> w.regions[s].carbonKgPerMwh()).thenComparingDouble(rttBySite::get);
        };
        ok.sort(order.thenComparingInt(s -> s));
        int[] sites = ok.stream().mapToInt(Integer::intValue).toArray();
        double[] rtts = new double[sites.length];
        double[] rho = new double[sites.length];
        for (int i = 0; i < sites.length; i++) {
            rtts[i] = rttBySite.get(sites[i]);
            double byTpot = 1 - m.baseTpotMs() / svc.tpotSloMs();
            double ttftRoom = svc.ttftSloMs() - rtts[i];
            double byTtft = ttftRoom > 0 ? 1 - m.baseTtftMs() / ttftRoom : 0;
            rho[i] = Math.max(0, Math.min(byTpot, byTtft));
        }
        return new Route(v, r, mean, sites, rtts, rho);
    }

    public int services() {
        return services.size();
    }

    /** Demand of a route at time {@code t} (middle of the step), tokens/s. */
    private double demand(Route r, long tMid) {
        InferenceService svc = services.get(r.service());
        double localHour = ((tMid / 3600.0 + r.region().utcOffsetH()) % 24 + 24) % 24;
        double diurnal = 1 + svc.diurnalAmplitude() * Math.cos(2 * Math.PI * (localHour - svc.peakHourLocal()) / 24.0);
        double growth = Math.pow(1 + svc.growthPerYear(), tMid / SECONDS_PER_YEAR);
        return r.meanTokensPerSecond() * diurnal * growth;
    }

    /** Routes the step starting at {@code t}; results are in the public arrays until the next call. */
    public void route(long t) {
        long tMid = t + w.stepSeconds / 2;
        Arrays.fill(demandTps, 0);
        Arrays.fill(servedWithinTps, 0);
        Arrays.fill(servedBeyondTps, 0);
        Arrays.fill(busy, 0);
        Arrays.fill(taken, 0);
        for (double[] a : servedAtSite) Arrays.fill(a, 0);
        for (double[] a : withinAtSite) Arrays.fill(a, 0);
        for (int p = 0; p < w.pools(); p++) avail[p] = fleet.siteDown[w.poolSite[p]] ? 0 : Math.max(0, fleet.free(p));
        double[] left = new double[routes.size()];
        for (double[] a : routeSiteWithin) Arrays.fill(a, 0);
        for (double[] a : routeSiteBeyond) Arrays.fill(a, 0);
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            left[i] = demand(r, tMid);
            demandTps[r.service()] += left[i];
            regionDemand[routeRegion[i]] += left[i] * w.stepSeconds;
        }
        for (int i = 0; i < routes.size(); i++) left[i] = serve(i, left[i], true);
        for (int i = 0; i < routes.size(); i++) serve(i, left[i], false);
    }

    /** Serves {@code want} tokens/s of a route within target (at ρ_max) or beyond (at ρ = 1); returns what is left. */
    private double serve(int routeIndex, double want, boolean withinTarget) {
        Route r = routes.get(routeIndex);
        int v = r.service();
        InferenceService svc = services.get(v);
        ModelClass m = w.catalogue.models().get(svc.model());
        for (int i = 0; i < r.sites().length && want > 0; i++) {
            int s = r.sites()[i];
            double rho = withinTarget ? r.rhoMax()[i] : 1.0;
            if (rho <= 0) continue;
            for (int p : w.sitePools[s]) {
                double perAcc = tps[v][p] * rho;
                if (perAcc <= 0 || avail[p] <= 0) continue;
                double take = Math.min(avail[p], want / perAcc);
                double served = take * perAcc;
                avail[p] -= take;
                taken[p] += take;
                busy[p] += take * rho;
                want -= served;
                servedAtSite[v][s] += served;
                (withinTarget ? routeSiteWithin : routeSiteBeyond)[routeIndex][s] += served;
                rtt.add(r.rttMs()[i], served * w.stepSeconds);
                if (withinTarget) {
                    withinAtSite[v][s] += served;
                    servedWithinTps[v] += served;
                    double ttft = r.rttMs()[i] + m.baseTtftMs() / (1 - rho);
                    double tpot = m.baseTpotMs() / (1 - rho);
                    ttftWeighted += ttft * served * w.stepSeconds;
                    tpotWeighted += tpot * served * w.stepSeconds;
                    latencyTokens += served * w.stepSeconds;
                } else {
                    servedBeyondTps[v] += served;
                }
                if (want <= 1e-9 * r.meanTokensPerSecond()) want = 0;
            }
        }
        return want;
    }

    /** Dynamic IT power of inference at a site this step, W. */
    public double dynamicW(int site) {
        double wsum = 0;
        for (int p : w.sitePools[site]) wsum += busy[p] * fleet.dynamicW(p);
        return wsum;
    }

    /**
     * A site's inference is capped to {@code cap} of its demand for power: that share of what it
     * served is dropped. Returns the tokens/s dropped.
     */
    public double applyCap(int site, double cap) {
        double dropped = 0;
        for (int v = 0; v < services.size(); v++) {
            double cut = servedAtSite[v][site] * (1 - cap);
            if (cut <= 0) continue;
            double within = withinAtSite[v][site] * (1 - cap);
            servedWithinTps[v] -= within;
            servedBeyondTps[v] -= cut - within;
            dropped += cut;
        }
        for (int i = 0; i < routes.size(); i++) {
            routeSiteWithin[i][site] *= cap;
            routeSiteBeyond[i][site] *= cap;
        }
        return dropped;
    }

    /** Adds the step (after any caps) to the per-region totals. */
    public void commitStep() {
        for (int i = 0; i < routes.size(); i++) {
            int g = routeRegion[i];
            for (int s = 0; s < w.sites.length; s++) {
                regionWithin[g] += routeSiteWithin[i][s] * w.stepSeconds;
                regionServed[g] += (routeSiteWithin[i][s] + routeSiteBeyond[i][s]) * w.stepSeconds;
            }
        }
    }

    /** Demand regions, in scenario order; the totals below are over the run, after power caps. */
    public List<String> regionNames() {
        return List.copyOf(regionNames);
    }

    public double[] regionDemandTokens() {
        return regionDemand.clone();
    }

    public double[] regionServedTokens() {
        return regionServed.clone();
    }

    public double[] regionWithinTokens() {
        return regionWithin.clone();
    }

    public double meanTtftMs() {
        return latencyTokens > 0 ? ttftWeighted / latencyTokens : 0;
    }

    public double meanTpotMs() {
        return latencyTokens > 0 ? tpotWeighted / latencyTokens : 0;
    }

    public String serviceName(int v) {
        return services.get(v).name();
    }
}
