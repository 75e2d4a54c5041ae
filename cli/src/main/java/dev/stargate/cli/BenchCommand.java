package dev.stargate.cli;

import dev.stargate.bench.ScaleTable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Measure the engine: whole-process time of a simulated year of the reference scenario,",
                "and a scale table (0.1 to 100 GW, one year each, plus 10 GW over two years), each run in a fresh JVM.",
                "JMH micro-benchmarks of the hot paths: java -jar bench/target/benchmarks.jar"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario to scale (default: ${DEFAULT-VALUE}).",
            defaultValue = Scenarios.REFERENCE)
    Path scenario;

    @Option(names = "--scales", paramLabel = "GW", split = ",", description = "Fleet sizes in GW of facility power (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.1,1,10,100")
    double[] scales;

    @Option(names = "--heap", paramLabel = "SIZE", description = "Java heap of each run (default: ${DEFAULT-VALUE}).", defaultValue = "1g")
    String heap;

    @Option(names = "--plan-cases", paramLabel = "CANDIDATESxDAYS", split = ",",
            description = "Planner cases: candidates x representative days of the scenario's planning case (default: ${DEFAULT-VALUE}).",
            defaultValue = "10x12,30x12,30x24,60x12")
    String[] planCases;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(scenario)) throw new UserException(scenario + " does not exist; run from the repository root or give --scenario");
        double whole = wholeProcessSeconds(err);
        var rows = ScaleTable.table(scenario, scales, heap, err);
        out.printf(Locale.ROOT, "Machine: %d cores, Java %s, %s; heap -Xmx%s; %s%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("os.name"), heap, LocalDate.now());
        out.printf(Locale.ROOT, "Whole process, `java -Xmx%s -jar stargate.jar simulate %s --json`: %.2f s%n%n", heap, scenario, whole);
        out.print(ScaleTable.markdown(rows));
        java.util.List<ScaleTable.PlanRow> plans = new java.util.ArrayList<>();
        for (String c : planCases) {
            String[] parts = c.toLowerCase(Locale.ROOT).split("x");
            err.println("bench: planner " + parts[0] + " candidates x " + parts[1] + " days...");
            err.flush();
            plans.add(ScaleTable.plan(scenario, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), heap));
        }
        out.println();
        out.println("Planner (the scenario's planning case; time limit and target gap from its planning: section):");
        out.println();
        out.print(ScaleTable.planMarkdown(plans));
        out.flush();
        return Main.OK;
    }

    /** Wall time of a separate `stargate simulate` process on the scenario, JVM start included. */
    private double wholeProcessSeconds(PrintWriter err) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = System.getProperty("java.class.path");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-cp", jar, Main.class.getName(), "simulate",
                scenario.toString(), "--json", "--quiet"));
        err.println("bench: whole-process simulate of " + scenario + "...");
        err.flush();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) throw new IllegalStateException("simulate failed with exit code " + p.exitValue());
        return (System.nanoTime() - t0) / 1e9;
    }
}
