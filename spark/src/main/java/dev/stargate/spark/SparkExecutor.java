package dev.stargate.spark;

import dev.stargate.sweep.Sample;
import dev.stargate.sweep.SampleResult;
import dev.stargate.sweep.SampleRunner;
import dev.stargate.sweep.SweepExecutor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Runs a sweep's samples as Spark tasks: the samples are parallelised, each task runs
 * {@link SampleRunner#run} (a pure function of the scenario text and the sample) and the results
 * are collected in sample order. With a local master the driver binds to loopback; a cluster's
 * master comes from the argument or, under spark-submit, from its configuration.
 */
public final class SparkExecutor implements SweepExecutor {
    /** Masters whose executors run inside this JVM (local, local[4], local[*], local[2,3]); others need the jars shipped. */
    private static final Pattern IN_PROCESS = Pattern.compile("local(\\[[^\\]]*])?");
    /** Partitions per core of the cluster, so that uneven samples balance out. */
    private static final int SLICES_PER_CORE = 4;

    private final String master;

    /** @param master local[2], spark://host:7077, …; null to take spark-submit's */
    public SparkExecutor(String master) {
        this.master = master;
    }

    @Override
    public List<SampleResult> run(SampleRunner runner, List<Sample> samples, IntConsumer done) {
        SparkConf conf = new SparkConf().setAppName("stargate-sweep").set("spark.ui.enabled", "false");
        if (master != null) conf.setMaster(master);
        // every result comes back to the driver (about 2 KB each); its heap is the limit, not Spark's default 1 GB cap on collected results
        conf.setIfMissing("spark.driver.maxResultSize", "0");
        if (master == null || master.startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        if (master != null && !IN_PROCESS.matcher(master).matches()) {
            // executors in other JVMs (a cluster, local-cluster) fetch Stargate's classes from the driver; spark-submit's --jars takes precedence
            List<String> jars = stargateJars();
            if (!jars.isEmpty()) conf.setIfMissing("spark.jars", String.join(",", jars));
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            int slices = Math.max(1, Math.min(samples.size(), sc.defaultParallelism() * SLICES_PER_CORE));
            sc.sc().addSparkListener(new Progress(samples.size(), slices, done));
            List<SampleResult> results = new ArrayList<>(sc.parallelize(samples, slices).map(runner::run).collect());
            done.accept(results.size());
            return results;
        }
    }

    /** The jars holding Stargate's classes (the stargate jar with the engine, and this module's), where this JVM loaded them from jars. */
    static List<String> stargateJars() {
        List<String> out = new ArrayList<>();
        for (Class<?> c : List.of(SampleRunner.class, SparkExecutor.class)) {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) continue; // nothing to ship: the cluster must provide the classes
            try {
                Path p = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(p) && p.toString().endsWith(".jar") && !out.contains(p.toString())) out.add(p.toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a local file (e.g. a remote class loader): likewise
            }
        }
        return out;
    }

    /** Tells {@code done} how many samples have finished as the tasks (slices of samples) end. */
    private static final class Progress extends SparkListener {
        private final int samples;
        private final int slices;
        private final IntConsumer done;
        private final AtomicInteger tasks = new AtomicInteger();

        Progress(int samples, int slices, IntConsumer done) {
            this.samples = samples;
            this.slices = slices;
            this.done = done;
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (end.taskInfo().successful()) done.accept((int) Math.min(samples, (long) samples * tasks.incrementAndGet() / slices));
        }
    }

    @Override
    public String describe() {
        return "Spark " + (master == null ? "(spark-submit's master)" : master);
    }
}
