package dev.stargate.cli;

import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.report.RunFiles;
import dev.stargate.report.RunPipeline;
import dev.stargate.planner.PlanReport;
import dev.stargate.planner.Planner;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Plan the least-cost buildout of a scenario's planning: section (MILP with OR-Tools, Benders decomposition).",
                "Prints the plan; --json prints the plan document (docs/plan.md) and nothing else on stdout."})
final class PlanCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Scenario YAML file with a planning: section.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = {"Write the plan here (plan.json, plan tables, planned-scenario.yaml),",
            "then simulate the last planned year of the planned fleet and write that run and report.html beside it."})
    Path out;

    @Option(names = "--json", description = "Print the plan as JSON on stdout.")
    boolean json;

    @Option(names = "--time-limit", paramLabel = "S", description = "Seconds the solve may take (default: planning.timeLimitSeconds).")
    Double timeLimit;

    @Option(names = "--emit-scenario", paramLabel = "OUT.yaml", description = "Write the plan as a scenario that stargate simulate runs.")
    Path emitScenario;

    @Option(names = "--export-mps", paramLabel = "FILE", description = "Write the final master problem (with its cuts) in MPS format.")
    Path exportMps;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        LoadedScenario s = Scenarios.load(file, err);
        if (s.scenario().planning() == null) {
            throw new UserException(file + " has no planning: section; see docs/scenario-reference.md (Planning) or scenarios/stargate-2026.yaml");
        }
        Planner.Outcome o = RunPipeline.plan(s, timeLimit, Runtime.getRuntime().availableProcessors(), exportMps != null,
                line -> {
                    if (!quiet) {
                        err.println(line);
                        err.flush();
                    }
                });
        PrintWriter w = spec.commandLine().getOut();
        if (json) w.print(RunFiles.planJson(o.report()));
        else print(o.report().plan(), w);
        if (emitScenario != null) Files.writeString(emitScenario, RunPipeline.plannedYaml(s, o), StandardCharsets.UTF_8);
        if (exportMps != null) Files.writeString(exportMps, o.masterMps(), StandardCharsets.UTF_8);
        if (out != null) {
            Path report = simulateAndReport(s, o, out, err, quiet);
            if (!json) w.println("Plan, planned scenario, the run of its last year and the report written to " + out + "; report: " + report);
        }
        w.flush();
        return Main.OK;
    }

    /** Writes the plan's files, simulates the planned fleet's last year, and writes that run and its report. */
    static Path simulateAndReport(LoadedScenario source, Planner.Outcome o, Path out, PrintWriter err, boolean quiet) throws Exception {
        Progress progress = new Progress(err, "simulating the planned fleet", quiet);
        Path report = RunPipeline.simulatePlan(source, o, RunPipeline.Listener.of(progress), out, Version.get());
        progress.done();
        return report;
    }

    static void print(PlanReport.Plan p, PrintWriter w) {
        w.printf(Locale.ROOT, "Plan — %s: %s; net present cost $%sB (lower bound $%sB, gap %.2f%%, $%sB) in %.1f s, %d iterations, %d cuts%n",
                p.scenario(), p.status(), Format.billions(p.objectiveUsd()), Format.billions(p.lowerBoundUsd()), 100 * p.gap(),
                Format.billions(p.absoluteGapUsd()), p.solveSeconds(), p.iterations(), p.cuts());
        if (p.greedyObjectiveUsd() != null) {
            w.printf(Locale.ROOT, "Greedy baseline (cheapest $/MW first): $%sB; the plan saves $%sB (%.1f%%)%n", Format.billions(p.greedyObjectiveUsd()),
                    Format.billions(p.savingVsGreedyUsd()), 100 * p.savingVsGreedyUsd() / p.greedyObjectiveUsd());
        }
        StringBuilder years = new StringBuilder();
        for (Map.Entry<String, Double> e : p.itMwByYear().entrySet()) years.append(e.getKey()).append(' ').append(Format.mw(e.getValue())).append(" MW, ");
        w.println("IT online: " + years.substring(0, Math.max(0, years.length() - 2)));
        w.printf(Locale.ROOT, "Carbon %s kt CO2 over the plan, %.1f%% carbon-free; capex $%sB, O&M $%sB, energy $%sB (undiscounted)%n",
                Format.fixed(p.carbonTonnes() / 1000, 0), 100 * p.carbonFreeShare(), Format.billions(p.capexUsd()),
                Format.billions(p.opexUsd()), Format.billions(p.energyUsd()));
        w.println("Sites built on: " + String.join(", ", p.sitesOpened()));
        w.println();
        Table t = new Table("date", "site", "milestone");
        p.milestones().forEach(m -> t.row(m.date(), m.site(), m.what()));
        t.print(w);
        if (!p.bindingConstraints().isEmpty()) {
            w.println();
            w.println("Binding constraints:");
            p.bindingConstraints().forEach(b -> w.println("  - " + b));
        }
        if (!p.explanation().isEmpty()) {
            w.println();
            w.println("Explanation:");
            p.explanation().forEach(b -> w.println("  - " + b));
        }
    }
}
