package dev.stargate.spark;

import dev.stargate.cli.Main;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;

/**
 * {@code stargate sweep} under spark-submit, on a cluster (docs/sweeps.md):
 * {@code spark-submit --class dev.stargate.spark.SparkSweepMain --jars stargate.jar stargate-spark.jar SWEEP.yaml [--samples N] [--out DIR]}.
 * spark-submit sets the master (and the rest of Spark's configuration); this runs the sweep
 * command with it, so options, messages, outputs and exit codes are those of {@code stargate sweep}.
 */
public final class SparkSweepMain {
    private SparkSweepMain() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, new SparkConf().get("spark.master", null), out, err));
    }

    /** @param master spark-submit's master (null when not run by spark-submit) */
    static int run(String[] args, String master, PrintWriter out, PrintWriter err) {
        if (master == null) {
            err.println("error: no Spark master: run this class with spark-submit (which sets spark.master), or run ./stargate sweep SWEEP.yaml --spark MASTER");
            return Main.INVALID_INPUT;
        }
        if (Arrays.stream(args).anyMatch(a -> a.equals("--spark") || a.startsWith("--spark="))) {
            err.println("error: --spark: under spark-submit the master is spark-submit's --master (" + master + "); leave --spark out");
            return Main.INVALID_INPUT;
        }
        List<String> argv = new ArrayList<>();
        argv.add("sweep");
        argv.addAll(Arrays.asList(args));
        argv.add("--spark");
        argv.add(master);
        return Main.run(argv.toArray(String[]::new), out, err);
    }
}
