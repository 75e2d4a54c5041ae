package dev.stargate.cli;

import dev.stargate.engine.results.RunResult;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.report.RunFiles;
import dev.stargate.report.RunPipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Simulate a scenario over its horizon: failures, training, inference, power, energy, cost.",
                "Prints the key figures; --json prints the run summary (docs/run-summary.md) and nothing else on stdout."})
final class SimulateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Seed overriding the scenario's.")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the run here: summary.json, CSV and Parquet tables, scenario.yaml and report.html.")
    Path out;

    @Option(names = "--json", description = "Print the run summary as JSON on stdout.")
    boolean json;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        LoadedScenario s = Scenarios.load(file, err);
        Progress progress = new Progress(err, "simulating " + s.scenario().name(), quiet);
        RunResult r = RunPipeline.simulate(s, seed, RunPipeline.Listener.of(progress), out, Version.get());
        progress.done();
        Path report = out == null ? null : out.resolve(RunPipeline.REPORT);
        PrintWriter o = spec.commandLine().getOut();
        if (json) o.print(RunFiles.summaryJson(r.summary()));
        else KeyFigures.print(r.summary(), o);
        if (out != null && !json) o.println("Outputs written to " + out + "; report: " + report);
        o.flush();
        return Main.OK;
    }

}
