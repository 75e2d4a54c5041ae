package dev.stargate.engine;

import dev.stargate.engine.core.EventQueue;
import dev.stargate.engine.core.Events;
import dev.stargate.engine.core.FleetState;
import dev.stargate.model.profiles.Streams;
import dev.stargate.engine.core.World;
import dev.stargate.engine.energy.EnergyDispatcher;
import dev.stargate.engine.energy.Sources;
import dev.stargate.engine.energy.StepEnergy;
import dev.stargate.engine.inference.InferenceRouter;
import dev.stargate.engine.inference.RttHistogram;
import dev.stargate.model.profiles.ProfileFiles;
import dev.stargate.model.profiles.SiteProfiles;
import dev.stargate.model.profiles.WeatherGenerator;
import dev.stargate.engine.results.RunResult;
import dev.stargate.engine.training.Job;
import dev.stargate.engine.training.TrainingScheduler;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.PowerCapOrder;
import java.util.SplittableRandom;

/**
 * A deterministic discrete-event simulation of a fleet over the scenario's horizon.
 *
 * <p>Two clocks share one queue: discrete events (phase go-lives, job arrivals, restarts and
 * completions, failures, repairs, site power events) and a periodic tick every step (power,
 * energy dispatch, inference routing, capping and recording). Between events the state is
 * constant, so energy, accelerator-hours and job progress are integrated exactly.
 *
 * <p>Each tick closes the step that ended (exact IT energy × PUE at that step's temperature is
 * dispatched) and opens the next: inference is routed, the site's power for the step is compared
 * with what its supply can give, and training or inference is capped (by policy) to fit.
 */
public final class Simulation {
    private final World w;
    private final long seed;
    private final RunOptions options;
    private final EventQueue queue = new EventQueue(4096);
    private final FleetState fleet;
    private final TrainingScheduler scheduler;
    private final SiteProfiles[] profiles;
    private final Sources sources;
    private final EnergyDispatcher dispatcher;
    private final RttHistogram rtt = new RttHistogram(2000);
    private final InferenceRouter router;
    private final Recorder recorder;
    private final StepEnergy stepEnergy;
    private final SplittableRandom[] siteEvents;
    private final int stepsPerDay;
    private final double[] inferencePeakToday;
    private long events;

    private Simulation(LoadedScenario ls, RunOptions options) {
        this.options = options;
        this.w = new World(ls);
        this.seed = options.seed() != null ? options.seed() : ls.scenario().seed();
        this.fleet = new FleetState(w, queue, seed);
        this.scheduler = new TrainingScheduler(w, fleet, queue, ls.trainingJobs());
        this.profiles = new SiteProfiles[w.sites.length];
        for (int s = 0; s < w.sites.length; s++) {
            SiteProfiles generated = WeatherGenerator.generate(w.sites[s], w.regions[s], w.scenario.weather(),
                    w.scenario.horizon().start(), w.steps, w.stepSeconds, seed);
            var file = ls.profiles().get(w.sites[s].name());
            profiles[s] = file == null ? generated : ProfileFiles.overlay(generated, file, w.scenario.horizon().start(), w.stepSeconds);
        }
        this.sources = new Sources(w);
        this.dispatcher = new EnergyDispatcher(w, sources, profiles);
        this.router = new InferenceRouter(w, fleet, rtt);
        this.recorder = new Recorder(w, sources, router.services(), options.recordHourly());
        this.stepEnergy = new StepEnergy(sources.size());
        this.siteEvents = new SplittableRandom[w.sites.length];
        for (int s = 0; s < w.sites.length; s++) siteEvents[s] = Streams.of(seed, "site-power/" + w.sites[s].name());
        this.stepsPerDay = 86400 / w.stepSeconds;
        this.inferencePeakToday = new double[w.pools()];
    }

    /** Runs a loaded scenario. */
    public static RunResult run(LoadedScenario ls, RunOptions options) {
        long t0 = System.nanoTime();
        Simulation sim = new Simulation(ls, options);
        sim.loop();
        return new Summaries(sim.w, sim.seed, sim.scheduler, sim.fleet, sim.sources, sim.recorder, sim.router, sim.rtt,
                sim.events, (System.nanoTime() - t0) / 1e9).result();
    }

    private void loop() {
        for (int i = 0; i < w.phasePool.length; i++) {
            if (w.phaseTime[i] < w.horizonSeconds) queue.push(w.phaseTime[i], Events.PHASE_ONLINE, i, 0);
        }
        scheduler.scheduleArrivals();
        for (int s = 0; s < w.sites.length; s++) scheduleSiteDown(s, 0);
        for (int i = 0; i < options.injectedFailures().size(); i++) {
            RunOptions.InjectedFailure f = options.injectedFailures().get(i);
            if (f.atSeconds() < w.horizonSeconds) queue.push(f.atSeconds(), Events.INJECTED_FAILURE, i, 0);
        }
        queue.push(0, Events.TICK, 0, 0);
        while (!queue.isEmpty()) {
            long t = queue.peekTime();
            int kind = queue.peekKind();
            int id = queue.peekId();
            int arg = queue.peekArg();
            queue.pop();
            events++;
            switch (kind) {
                case Events.TICK -> {
                    if (tick(id, t)) return;
                }
                case Events.PHASE_ONLINE -> {
                    int p = w.phasePool[id];
                    fleet.install(p, w.phaseCount[id], t);
                    scheduler.topUpAndPlace(p, t);
                }
                case Events.JOB_ARRIVAL -> scheduler.arrive(scheduler.jobs[id], t);
                case Events.JOB_RESTARTED -> scheduler.restarted(scheduler.jobs[id], arg, t);
                case Events.JOB_COMPLETE -> scheduler.complete(scheduler.jobs[id], arg, t);
                case Events.POOL_FAILURE -> {
                    if (fleet.isCurrentFailure(id, arg)) {
                        fleet.drawFailure(id);
                        scheduler.fail(id, fleet.drawnSize(), fleet.drawnPosition(), t);
                    }
                }
                case Events.REPAIR -> {
                    fleet.repair(id, arg, t);
                    scheduler.topUpAndPlace(id, t);
                }
                case Events.SITE_DOWN -> {
                    fleet.setSiteDown(id, true, t);
                    scheduler.siteDown(id, t);
                    long duration = Math.round(w.scenario.failures().sitePowerEventHours() * 3600.0);
                    queue.push(t + Math.max(1, duration), Events.SITE_UP, id, 0);
                }
                case Events.SITE_UP -> {
                    fleet.setSiteDown(id, false, t);
                    scheduler.siteUp(id, t);
                    scheduleSiteDown(id, t);
                }
                case Events.INJECTED_FAILURE -> {
                    RunOptions.InjectedFailure f = options.injectedFailures().get(id);
                    int p = w.pool(f.site(), f.accelerator());
                    long healthy = fleet.healthy(p);
                    if (healthy > 0) scheduler.fail(p, Math.min(f.size(), healthy), Math.min(f.position(), healthy - 1), t);
                }
                default -> throw new IllegalStateException("unknown event kind " + kind);
            }
            // place waiting jobs once the instant's events are done (before its tick routes inference)
            if (scheduler.placementDue() && (queue.isEmpty() || queue.peekTime() > t || queue.peekKind() == Events.TICK)) {
                scheduler.placePending(t);
            }
            if (options.checkInvariants()) Invariants.check(w, fleet, scheduler, t);
        }
    }

    private void scheduleSiteDown(int s, long t) {
        double perSecond = w.scenario.failures().sitePowerEventsPerYear() / (365.25 * 86400.0);
        double dt = Streams.exponential(siteEvents[s], perSecond);
        if (Double.isFinite(dt) && t + dt < w.horizonSeconds) queue.push(t + (long) Math.ceil(dt), Events.SITE_DOWN, s, 0);
    }

    /** The tick at the start of step {@code k}; returns true at the horizon end. */
    private boolean tick(int k, long t) {
        if (k > 0) closeStep(k - 1, t);
        if (k == w.steps) {
            scheduler.finish(t);
            return true;
        }
        openStep(k, t);
        queue.push(t + w.stepSeconds, Events.TICK, k + 1, 0);
        if (k % stepsPerDay == 0) options.progress().accept((double) k / w.steps);
        return false;
    }

    private void closeStep(int k, long t) {
        double carbonPricePerKg = w.scenario.economics().carbonPriceUsdPerTonne() / 1000.0;
        for (int s = 0; s < w.sites.length; s++) {
            fleet.integrate(s, t);
            double itMwh = fleet.takeEnergyJ(s) / 3.6e9;
            double temp = profiles[s].temperatureDegC()[k];
            double pue = w.cooling[s].pue(temp);
            dispatcher.dispatch(s, k, itMwh * pue, stepEnergy);
            recorder.site(k, s, itMwh, pue, temp, profiles[s].solarCf()[k], profiles[s].windCf()[k],
                    fleet.trainingComputing[s], inferenceBusy(s), fleet.capTraining[s], fleet.capInference[s],
                    stepEnergy, carbonPricePerKg);
        }
        recorder.endStep();
    }

    private double inferenceBusy(int s) {
        double b = 0;
        for (int p : w.sitePools[s]) b += router.busy[p] * fleet.capInference[s];
        return b;
    }

    private void openStep(int k, long t) {
        if (k % stepsPerDay == 0 && k > 0) {
            for (int p = 0; p < w.pools(); p++) {
                scheduler.setInferenceHold(p, inferencePeakToday[p]);
                inferencePeakToday[p] = 0;
            }
        }
        router.route(t);
        double busyTotal = 0;
        for (int s = 0; s < w.sites.length; s++) {
            fleet.setInferenceBusy(s, router.dynamicW(s), t);
            cap(s, k, t);
            busyTotal += inferenceBusy(s);
        }
        router.commitStep();
        for (int p = 0; p < w.pools(); p++) inferencePeakToday[p] = Math.max(inferencePeakToday[p], router.taken[p]);
        recorder.inference(k, router.demandTps, router.servedWithinTps, router.servedBeyondTps, busyTotal);
    }

    /** Caps a site's training and inference for step {@code k} so its facility power fits its supply. */
    private void cap(int s, int k, long t) {
        double pue = w.cooling[s].pue(profiles[s].temperatureDegC()[k]);
        double base = fleet.basePowerW(s);
        double train = fleet.trainingDynamicW(s);
        double inf = fleet.inferenceDynamicW(s);
        double availableW = dispatcher.availableMw(s, k) * 1e6;
        double deficitIt = (base + train + inf) - availableW / pue;
        double capTr = 1;
        double capInf = 1;
        if (deficitIt > 1e-6 * (base + train + inf)) {
            boolean trainingFirst = w.scenario.policies().powerCap() == PowerCapOrder.TRAINING_FIRST;
            double first = trainingFirst ? train : inf;
            double second = trainingFirst ? inf : train;
            double cutFirst = Math.min(deficitIt, first);
            double cutSecond = Math.min(deficitIt - cutFirst, second);
            double capFirst = first > 0 ? 1 - cutFirst / first : 1;
            double capSecond = second > 0 ? 1 - cutSecond / second : 1;
            capTr = trainingFirst ? capFirst : capSecond;
            capInf = trainingFirst ? capSecond : capFirst;
        }
        if (capTr != fleet.capTraining[s] || capInf != fleet.capInference[s]) {
            boolean trainingChanged = capTr != fleet.capTraining[s];
            fleet.setCaps(s, capTr, capInf, t);
            if (trainingChanged) scheduler.capChanged(s, capTr, t);
        }
        if (capInf < 1) router.applyCap(s, capInf);
    }

    /** Read access for tests: the jobs of the run. */
    Job[] jobs() {
        return scheduler.jobs;
    }
}
