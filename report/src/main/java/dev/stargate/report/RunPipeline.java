package dev.stargate.report;

import dev.stargate.engine.RunOptions;
import dev.stargate.engine.Simulation;
import dev.stargate.engine.results.RunResult;
import dev.stargate.model.input.Unbinder;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import dev.stargate.model.scenario.ScenarioWriter;
import dev.stargate.planner.PlanReport;
import dev.stargate.planner.Planner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The two runs every front end performs the same way (the CLI's commands and the server's
 * workers): simulate a scenario, or plan its buildout and simulate the planned fleet's last year.
 * Each writes a complete run directory, report included.
 */
public final class RunPipeline {
    /** The planned scenario's file in a plan run's directory. */
    public static final String PLANNED_SCENARIO = "planned-scenario.yaml";
    public static final String REPORT = "report.html";

    /**
     * Shares of a simulation with files that its parts take on the progress scale (measured on the
     * reference scenario: simulating 1.5 s, writing the tables 1.3 s, rendering the report 1.7 s).
     */
    private static final double SIMULATION_SHARE = 0.35;
    private static final double TABLES_SHARE = 0.3;

    /** Where a run is: the fraction done (0 to 1) and what it does now. */
    @FunctionalInterface
    public interface Listener {
        void update(double fraction, String stage);

        /** Only the fraction, for progress bars. */
        static Listener of(DoubleConsumer fraction) {
            return (f, stage) -> fraction.accept(f);
        }
    }

    private RunPipeline() {}

    /** Simulates; when {@code out} is given, writes the run directory and its report there. */
    public static RunResult simulate(LoadedScenario s, Long seed, Listener listener, Path out, String version) throws IOException {
        return simulateAndWrite(s, seed, null, listener, out, version);
    }

    private static RunResult simulateAndWrite(LoadedScenario s, Long seed, PlanReport plan, Listener listener, Path out, String version)
            throws IOException {
        double simShare = out == null ? 1 : SIMULATION_SHARE;
        String name = "simulating " + s.scenario().name();
        RunResult r = Simulation.run(s, RunOptions.defaults().withSeed(seed).withHourly(out != null)
                .withProgress(f -> listener.update(simShare * f, name)));
        if (out != null) {
            listener.update(SIMULATION_SHARE, "writing the tables (CSV, Parquet)");
            RunFiles.write(r, s, plan, out);
            listener.update(SIMULATION_SHARE + TABLES_SHARE, "rendering the report");
            writeReport(out, version);
        }
        listener.update(1, "done");
        return r;
    }

    /**
     * Plans the scenario (it must have a planning: section); throws if the plan fails its
     * independent check, which would be a bug.
     */
    public static Planner.Outcome plan(LoadedScenario s, Double timeLimitSeconds, int threads, boolean exportMps, Consumer<String> log) {
        Planner.Outcome o = Planner.plan(s, timeLimitSeconds, threads, exportMps, log);
        if (!o.violations().isEmpty()) {
            throw new IllegalStateException("the plan failed its independent check (" + o.violations().size() + " violations: "
                    + String.join("; ", o.violations()) + "); this is a bug");
        }
        return o;
    }

    /** The planned scenario as YAML, with the planned scenario's catalogue overrides. */
    public static String plannedYaml(LoadedScenario source, Planner.Outcome o) {
        return ScenarioWriter.toYaml(o.plannedScenario(), Unbinder.toPlain(source.catalogueOverrides()));
    }

    /**
     * Writes a plan's files and its planned scenario into {@code out}, simulates the planned
     * fleet's last year, and writes that run and the report beside them. Returns the report.
     */
    public static Path simulatePlan(LoadedScenario source, Planner.Outcome o, Listener listener, Path out, String version)
            throws IOException {
        Files.createDirectories(out);
        Path planned = out.resolve(PLANNED_SCENARIO);
        Files.writeString(planned, plannedYaml(source, o), StandardCharsets.UTF_8);
        RunFiles.writePlan(o.report(), out);
        simulateAndWrite(ScenarioLoader.load(planned), null, o.report(), listener, out, version);
        return out.resolve(REPORT);
    }

    /** Renders {@code dir}/report.html from the run directory's files. */
    public static Path writeReport(Path dir, String version) throws IOException {
        RunData data = RunData.read(dir);
        Path out = dir.resolve(REPORT);
        Files.writeString(out, HtmlReport.render(data, version), StandardCharsets.UTF_8);
        return out;
    }
}
