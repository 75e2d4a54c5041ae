package dev.stargate.cli;

import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.planner.Planner;
import dev.stargate.report.RunFiles;
import dev.stargate.report.RunPipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Stargate's main job on the built-in reference scenario (scenarios/stargate-2026.yaml):",
                "plan the least-cost buildout to 2031, simulate the planned fleet's last year, and write stargate-demo/",
                "(report.html, CSV and Parquet tables, summary.json, plan.json); print the key figures and the report's path."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "stargate-demo",
            description = "Where to write the outputs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        LoadedScenario s = Scenarios.reference(err);
        o.printf(Locale.ROOT, "Loaded and validated %s (%d warnings) in %.2f s.%n%n", s.file(), s.warnings().size(), (System.nanoTime() - t0) / 1e9);
        FleetDescription.of(s).print(o);
        o.println();
        o.flush();
        Planner.Outcome plan = RunPipeline.plan(s, null, Runtime.getRuntime().availableProcessors(), false, line -> {
            if (!quiet) {
                err.println(line);
                err.flush();
            }
        });
        PlanCommand.print(plan.report().plan(), o);
        o.println();
        o.flush();
        Path report = PlanCommand.simulateAndReport(s, plan, out, err, quiet);
        KeyFigures.print(RunFiles.readSummary(out.resolve(RunFiles.SUMMARY)), o);
        o.println();
        o.printf(Locale.ROOT, "Outputs in %s/: report.html, summary.json, plan.json, planned-scenario.yaml, CSV and Parquet tables; whole demo %.1f s.%n",
                out, (System.nanoTime() - t0) / 1e9);
        o.println("Report: " + report.toAbsolutePath());
        o.println("Next: ./stargate plan FILE, ./stargate simulate FILE, ./stargate report DIR, ./stargate catalog (see README.md);");
        o.println("      ./stargate sweep scenarios/sweeps/one-gigawatt-uncertainty.yaml for the range of outcomes and what drives them.");
        o.flush();
        return Main.OK;
    }
}
