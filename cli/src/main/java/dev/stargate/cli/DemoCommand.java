package dev.stargate.cli;

import dev.stargate.engine.results.RunResult;
import dev.stargate.model.scenario.LoadedScenario;
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
                "validate it, describe its fleet, simulate a year, print the key figures and write the outputs."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "stargate-demo",
            description = "Where to write summary.json and the CSV tables (default: ${DEFAULT-VALUE}).")
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
        RunResult r = SimulateCommand.run(s, null, true, err, quiet);
        KeyFigures.print(r.summary(), o);
        ResultFiles.write(r, out);
        o.println();
        o.printf(Locale.ROOT, "Outputs: %s/ (summary.json, hourly_sites.csv, jobs.csv, inference_hourly.csv); whole demo %.1f s.%n",
                out, (System.nanoTime() - t0) / 1e9);
        o.println("Next: ./stargate simulate FILE, ./stargate describe FILE, ./stargate catalog, ./stargate bench (see README.md).");
        o.flush();
        return Main.OK;
    }
}
