package dev.stargate.engine;

import dev.stargate.engine.core.FleetState;
import dev.stargate.engine.core.World;
import dev.stargate.engine.energy.Sources;
import dev.stargate.engine.inference.InferenceRouter;
import dev.stargate.engine.inference.RttHistogram;
import dev.stargate.engine.results.RunResult;
import dev.stargate.engine.results.RunSummary;
import dev.stargate.engine.training.Job;
import dev.stargate.engine.training.TrainingScheduler;
import dev.stargate.model.scenario.Partner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the end state of a run into the run summary and hourly tables. */
final class Summaries {
    private final World w;
    private final long seed;
    private final TrainingScheduler scheduler;
    private final FleetState fleet;
    private final Sources sources;
    private final Recorder rec;
    private final InferenceRouter router;
    private final RttHistogram rtt;
    private final long events;
    private final double wallSeconds;

    Summaries(World w, long seed, TrainingScheduler scheduler, FleetState fleet, Sources sources, Recorder rec,
              InferenceRouter router, RttHistogram rtt, long events, double wallSeconds) {
        this.w = w;
        this.seed = seed;
        this.scheduler = scheduler;
        this.fleet = fleet;
        this.sources = sources;
        this.rec = rec;
        this.router = router;
        this.rtt = rtt;
        this.events = events;
        this.wallSeconds = wallSeconds;
    }

    RunResult result() {
        long startEpoch = w.scenario.horizon().start().toEpochDay() * 86400L;
        List<String> serviceNames = new ArrayList<>();
        for (int v = 0; v < router.services(); v++) serviceNames.add(router.serviceName(v));
        List<long[]> interruptions = new ArrayList<>();
        for (Job j : scheduler.jobs) interruptions.add(j.interruptionTimes.stream().mapToLong(Long::longValue).toArray());
        return new RunResult(summary(), rec.hourlySites(startEpoch), rec.inferenceHourly(serviceNames, startEpoch), interruptions);
    }

    private RunSummary summary() {
        // fleet
        Map<String, Long> byType = new TreeMap<>();
        long accelerators = 0;
        double itCapacityW = 0;
        double[] siteItCapacityMw = new double[w.sites.length];
        for (int p = 0; p < w.pools(); p++) {
            byType.merge(w.poolTypeName[p], fleet.installed[p], Long::sum);
            accelerators += fleet.installed[p];
            double watts = fleet.installed[p] * w.poolType[p].systemPowerW();
            itCapacityW += watts;
            siteItCapacityMw[w.poolSite[p]] += watts / 1e6;
        }
        double accSeconds = 0;
        double[] siteAccSeconds = new double[w.sites.length];
        for (int s = 0; s < w.sites.length; s++) {
            siteAccSeconds[s] = fleet.installedAcceleratorSeconds(s);
            accSeconds += siteAccSeconds[s];
        }
        double hours = w.horizonSeconds / 3600.0;
        var fleetPart = new RunSummary.Fleet(w.sites.length, accelerators, itCapacityW / 1e6, byType, accSeconds / 3600.0);
        var power = new RunSummary.Power(rec.peakItMw, rec.peakFacilityMw, rec.itMwh / hours, rec.facilityMwh / hours,
                rec.itMwh > 0 ? rec.facilityMwh / rec.itMwh : 0);
        Map<String, Double> bySource = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) bySource.put(sources.name(i), rec.bySourceMwh[i]);
        double consumed = rec.facilityMwh - rec.shortfallMwh;
        var energy = new RunSummary.Energy(rec.facilityMwh, rec.itMwh, bySource, rec.carbonKg / 1000.0,
                consumed > 0 ? rec.carbonFreeMwh / consumed : 0, rec.waterM3, rec.curtailedMwh, rec.exportedMwh,
                rec.shortfallMwh);

        // cost
        CostModel costs = new CostModel(w);
        double capex = sum(costs.capexUsd);
        double opex = sum(costs.opexUsd);
        double total = capex + opex + rec.energyUsd;
        double usdPerAccH = accSeconds > 0 ? total / (accSeconds / 3600.0) : 0;
        double served = rec.servedWithinTokens + rec.servedBeyondTokens;
        double usdPerMTokens = served > 0 ? usdPerAccH * (rec.inferenceAcceleratorSeconds / 3600.0) / served * 1e6 : 0;
        var cost = new RunSummary.Cost(capex, opex, rec.energyUsd, rec.carbonUsd, total, sum(costs.investmentUsd),
                usdPerAccH, usdPerMTokens);

        var training = training(usdPerAccH);
        List<RunSummary.ServiceDetail> svc = new ArrayList<>();
        for (int v = 0; v < router.services(); v++) {
            svc.add(new RunSummary.ServiceDetail(router.serviceName(v), rec.serviceDemand[v], rec.serviceServed[v],
                    rec.serviceWithin[v], ratio(rec.serviceWithin[v], rec.serviceDemand[v])));
        }
        List<RunSummary.RegionDetail> regions = new ArrayList<>();
        double[] rd = router.regionDemandTokens();
        double[] rs = router.regionServedTokens();
        double[] rw = router.regionWithinTokens();
        for (int g = 0; g < rd.length; g++) {
            regions.add(new RunSummary.RegionDetail(router.regionNames().get(g), rd[g], rs[g], rw[g], ratio(rw[g], rd[g])));
        }
        var inference = new RunSummary.Inference(rec.demandTokens, served, rec.servedWithinTokens, rec.droppedTokens,
                ratio(rec.servedWithinTokens, rec.demandTokens), rtt.quantile(0.99),
                router.meanTtftMs(), router.meanTpotMs(), svc, regions);

        // partners: each site's capacity, energy, carbon and cost by ownership share
        Map<String, double[]> partners = new LinkedHashMap<>();
        for (int s = 0; s < w.sites.length; s++) {
            double siteCost = costs.capexUsd[s] + costs.opexUsd[s] + rec.siteEnergyUsd[s];
            double siteAcc = 0;
            for (int p : w.sitePools[s]) siteAcc += fleet.installed[p];
            double owned = 0;
            for (Partner pt : w.sites[s].partners()) {
                add(partners, pt.name(), pt.share(), siteItCapacityMw[s], siteAcc, rec.siteFacilityMwh[s], rec.siteCarbonKg[s], siteCost);
                owned += pt.share();
            }
            if (owned < 1 - 1e-9) add(partners, "unassigned", 1 - owned, siteItCapacityMw[s], siteAcc, rec.siteFacilityMwh[s], rec.siteCarbonKg[s], siteCost);
        }
        List<RunSummary.PartnerShare> partnerList = new ArrayList<>();
        partners.forEach((name, v) -> partnerList.add(new RunSummary.PartnerShare(name, v[0], v[1], v[2], v[3] / 1000.0, v[4])));

        var engine = new RunSummary.Engine(events, wallSeconds, seed, w.steps, w.scenario.horizon().stepMinutes());
        return new RunSummary(w.scenario.name(), fleetPart, power, energy, training, inference, cost, partnerList, engine);
    }

    private static void add(Map<String, double[]> m, String name, double share, double itMw, double acc, double mwh,
                            double carbonKg, double cost) {
        double[] v = m.computeIfAbsent(name, k -> new double[5]);
        v[0] += share * itMw;
        v[1] += share * acc;
        v[2] += share * mwh;
        v[3] += share * carbonKg;
        v[4] += share * cost;
    }

    private RunSummary.Training training(double usdPerAccH) {
        List<RunSummary.JobDetail> details = new ArrayList<>();
        double allocated = 0;
        double productive = 0;
        long interruptions = 0;
        int started = 0;
        for (Job j : scheduler.jobs) {
            interruptions += j.interruptions;
            double alloc = j.heldAcceleratorSeconds / 3600.0;
            double prod = j.productiveAcceleratorSeconds() / 3600.0;
            if (j.start >= 0) started++;
            allocated += alloc;
            productive += prod;
            String site = j.pool >= 0 ? w.sites[w.poolSite[j.pool]].name() : null;
            String acc = j.pool >= 0 ? w.poolTypeName[j.pool] : j.spec.accelerator();
            double progress = j.work > 0 ? (j.state == Job.State.DONE ? 1.0 : j.progress.saved() / j.work) : 0;
            details.add(new RunSummary.JobDetail(j.spec.name(), j.count, j.spares, site, acc,
                    j.start >= 0 ? w.isoTime(j.start) : null, j.end >= 0 ? w.isoTime(j.end) : null,
                    progress, j.interruptions, alloc > 0 ? prod / alloc : 0, alloc, alloc - prod,
                    j.progress == null ? 0 : j.progress.intervalSeconds() / 60.0, alloc * usdPerAccH));
        }
        return new RunSummary.Training(scheduler.jobs.length, started, scheduler.completed(), interruptions,
                allocated > 0 ? productive / allocated : 0, allocated, productive, allocated - productive, details);
    }

    /** part ÷ whole, 0 for an empty whole, at most 1 (sums of the same tokens may differ in the last bit). */
    private static double ratio(double part, double whole) {
        return whole > 0 ? Math.min(1.0, part / whole) : 0;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) s += v;
        return s;
    }
}
