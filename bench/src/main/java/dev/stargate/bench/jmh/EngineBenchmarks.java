package dev.stargate.bench.jmh;

import dev.stargate.engine.RunOptions;
import dev.stargate.engine.Simulation;
import dev.stargate.engine.core.EventQueue;
import dev.stargate.engine.core.FleetState;
import dev.stargate.engine.core.World;
import dev.stargate.engine.energy.EnergyDispatcher;
import dev.stargate.engine.energy.Sources;
import dev.stargate.engine.energy.StepEnergy;
import dev.stargate.engine.inference.InferenceRouter;
import dev.stargate.engine.inference.RttHistogram;
import dev.stargate.model.profiles.SiteProfiles;
import dev.stargate.model.profiles.WeatherGenerator;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the engine's hot paths. Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar}.
 */
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class EngineBenchmarks {

    /** An event queue held at a steady size. */
    @State(Scope.Thread)
    public static class Queue {
        @Param({"1000", "100000"})
        int size;
        EventQueue queue;
        SplittableRandom random;

        @Setup
        public void setup() {
            queue = new EventQueue(size);
            random = new SplittableRandom(1);
            for (int i = 0; i < size; i++) queue.push(random.nextLong(1_000_000_000L), 0, i, 0);
        }
    }

    /** The reference fleet, installed, with its routes and dispatchers ready. */
    @State(Scope.Benchmark)
    public static class Reference {
        World world;
        EnergyDispatcher dispatcher;
        InferenceRouter router;
        StepEnergy step;
        int k;

        @Setup
        public void setup() {
            LoadedScenario ls = ScenarioLoader.load(Path.of("scenarios", "stargate-2026.yaml"));
            world = new World(ls);
            EventQueue queue = new EventQueue(1024);
            FleetState fleet = new FleetState(world, queue, 1);
            for (int i = 0; i < world.phasePool.length; i++) fleet.install(world.phasePool[i], world.phaseCount[i], 0);
            SiteProfiles[] profiles = new SiteProfiles[world.sites.length];
            for (int s = 0; s < profiles.length; s++) {
                profiles[s] = WeatherGenerator.generate(world.sites[s], world.regions[s], world.scenario.weather(),
                        world.scenario.horizon().start(), world.steps, world.stepSeconds, 1);
            }
            Sources sources = new Sources(world);
            dispatcher = new EnergyDispatcher(world, sources, profiles);
            router = new InferenceRouter(world, fleet, new RttHistogram(2000));
            step = new StepEnergy(sources.size());
        }
    }

    /** One site-step of energy dispatch (Milam: solar, battery, grid), through the year. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double dispatchSiteStep(Reference r) {
        r.k = (r.k + 1) % r.world.steps;
        r.dispatcher.dispatch(2, r.k, 1200, r.step);
        return r.step.costUsd;
    }

    /** One step of inference routing for the whole reference fleet (4 services, 10 regions, 12 sites). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double routeFleetStep(Reference r) {
        r.k = (r.k + 1) % r.world.steps;
        r.router.route((long) r.k * r.world.stepSeconds);
        return r.router.servedWithinTps[0];
    }

    /** The two-region teaching scenario: a month of routing and dispatch at two sites. */
    @State(Scope.Benchmark)
    public static class TwoRegion {
        LoadedScenario scenario;

        @Setup
        public void setup() {
            scenario = ScenarioLoader.load(Path.of("scenarios", "teaching", "two-region-inference.yaml"));
        }
    }

    /** One pop and one push at a steady heap size: the cost of one event in the queue. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public long eventQueuePopPush(Queue q) {
        long t = q.queue.peekTime();
        q.queue.pop();
        q.queue.push(t + q.random.nextLong(1_000_000L), 0, 0, 0);
        return t;
    }

    /** A month (744 hourly steps) of inference routing, capping and energy dispatch at two sites. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object routingAndDispatchMonth(TwoRegion s) {
        return Simulation.run(s.scenario, RunOptions.defaults().withHourly(false)).summary();
    }
}
