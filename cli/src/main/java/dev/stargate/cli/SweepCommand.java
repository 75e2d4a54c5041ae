package dev.stargate.cli;

import dev.stargate.sweep.LocalExecutor;
import dev.stargate.sweep.LoadedSweep;
import dev.stargate.sweep.SparkExecutors;
import dev.stargate.sweep.SweepExecutor;
import dev.stargate.sweep.SweepFiles;
import dev.stargate.sweep.SweepLoader;
import dev.stargate.sweep.SweepRun;
import dev.stargate.sweep.SweepStats;
import dev.stargate.sweep.Sweeps;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run a scenario many times with parameters drawn from distributions (docs/sweeps.md): a local thread pool,",
                "or Apache Spark with --spark (local[2] works out of the box; a cluster's master URL, or spark-submit).",
                "Writes samples.csv/.parquet, percentiles.csv, sensitivity.csv, summary.json and report.html (P10/P50/P90, tornado charts);",
                "--json prints the summary (docs/sweeps.md) and nothing else on stdout."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SWEEP.yaml", description = "Sweep file (scenarios/sweeps/ has examples).")
    Path file;

    @Option(names = "--samples", paramLabel = "N", description = "Samples to draw (default: the file's).")
    Integer samples;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sweep-out", description = "Where to write the outputs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Local threads (default: the machine's cores).")
    Integer threads;

    @Option(names = "--spark", paramLabel = "MASTER", description = "Run the samples on Spark: local[2], spark://host:7077, …")
    String spark;

    @Option(names = "--json", description = "Print the sweep's summary (docs/sweeps.md) as JSON on stdout, and nothing else there.")
    boolean json;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        if (samples != null && samples < 1) throw new UserException("--samples must be at least 1, got " + samples);
        if (threads != null && threads < 1) throw new UserException("--threads must be at least 1, got " + threads);
        LoadedSweep sweep = SweepLoader.load(file);
        int cores = Runtime.getRuntime().availableProcessors();
        SweepExecutor executor;
        if (spark != null) {
            SparkExecutors provider = SparkExecutors.find();
            if (provider == null) {
                throw new UserException("Spark is not on the classpath: run sweeps with --spark through ./stargate (it adds the spark module's "
                        + "jars), or build them with ./mvnw -B -pl spark -am package and put spark/target/stargate-spark.jar and spark/target/lib/* "
                        + "on the classpath");
            }
            executor = provider.create(spark);
        } else {
            executor = new LocalExecutor(threads != null ? threads : cores);
        }
        int n = samples != null ? samples : sweep.sweep().samples();
        Progress progress = new Progress(err, "sweep of " + sweep.base().scenario().name() + " (" + executor.describe() + ")", quiet);
        SweepRun run;
        try {
            run = Sweeps.run(sweep, samples, executor, 1, done -> progress.accept((double) done / n));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        progress.done();
        SweepFiles.write(run, out, Version.get());
        if (json) {
            o.print(SweepFiles.json(run));
            o.flush();
            return Main.OK;
        }
        o.printf(Locale.ROOT, "Sweep of %s: %d samples, %d failed, %s, %.1f s (%.1f samples/min)%n%n", sweep.base().scenario().name(),
                run.results().size(), run.failed(), run.executor(), run.wallSeconds(), run.samplesPerMinute());
        Table t = new Table("output", "P10", "P50", "P90", "P50 90% interval").numeric(1, 2, 3, 4);
        List<String> shown = sweep.outputs() != null ? sweep.outputs() : List.of("training.goodput", "cost.totalUsd", "energy.carbonTonnes",
                "inference.sloAttainment", "plan.objectiveUsd");
        for (SweepStats.Spread s : run.spreads()) {
            if (shown.contains(s.key())) {
                t.row(s.key(), Format.sci(s.p10()), Format.sci(s.p50()), Format.sci(s.p90()),
                        Double.isNaN(s.p50Interval().low()) ? "" : Format.sci(s.p50Interval().low()) + " to " + Format.sci(s.p50Interval().high()));
            }
        }
        t.print(o);
        o.println();
        o.println("Outputs in " + out + "/: samples.csv, samples.parquet, percentiles.csv, sensitivity.csv, summary.json; report: "
                + out.resolve(SweepFiles.REPORT));
        o.flush();
        return Main.OK;
    }
}
