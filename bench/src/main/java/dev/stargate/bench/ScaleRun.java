package dev.stargate.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stargate.engine.RunOptions;
import dev.stargate.engine.Simulation;
import dev.stargate.engine.results.RunSummary;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the scale table, run in its own JVM so that peak heap is the run's own:
 * {@code ScaleRun SCENARIO GW YEARS} prints one JSON line with the measurements.
 */
public final class ScaleRun {
    private ScaleRun() {}

    public static void main(String[] args) throws Exception {
        LoadedScenario base = ScenarioLoader.load(Path.of(args[0]));
        double gw = Double.parseDouble(args[1]);
        int years = Integer.parseInt(args[2]);
        LoadedScenario ls = FleetScaler.scale(base, gw, years);
        long t0 = System.nanoTime();
        RunSummary s = Simulation.run(ls, RunOptions.defaults().withHourly(false)).summary();
        double wall = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("gw", gw);
        row.put("years", years);
        row.put("sites", s.fleet().sites());
        row.put("accelerators", s.fleet().accelerators());
        row.put("peakFacilityMw", s.power().peakFacilityMw());
        row.put("events", s.engine().events());
        row.put("wallSeconds", wall);
        row.put("eventsPerSecond", s.engine().events() / wall);
        row.put("peakHeapMb", peakHeapBytes() / 1048576.0);
        row.put("interruptions", s.training().interruptions());
        System.out.println(new ObjectMapper().writeValueAsString(row));
    }

    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
