package dev.stargate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stargate.sweep.SweepFixtures;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command with a Spark master whose executors are other JVMs (Spark's
 * local-cluster mode: a standalone master and workers on this machine, as on a cluster): the
 * executors get Stargate's classes from the driver, and the samples equal those of local threads.
 * Runs after package (failsafe), on the jars ./stargate runs.
 */
class SparkClusterIT {
    private static final Path STARGATE_JAR = Path.of("..", "cli", "target", "stargate.jar").toAbsolutePath().normalize();
    private static final Path SPARK_JAR = Path.of("target", "stargate-spark.jar").toAbsolutePath();
    private static final Path SPARK_LIB = Path.of("target", "lib").toAbsolutePath();
    private static final long TIMEOUT_SECONDS = 240;

    @Test
    void executorsInOtherJvmsGiveTheSameSamplesAsLocalThreads(@TempDir Path dir) throws Exception {
        assertThat(STARGATE_JAR).as("the stargate jar (built by the cli module before this one)").isRegularFile();
        assertThat(SPARK_JAR).isRegularFile();
        Path sweep = dir.resolve("sweep.yaml");
        Path scenario = SweepFixtures.TEACHING.resolve("one-site-one-job.yaml").toAbsolutePath().normalize();
        Files.writeString(sweep, SweepFixtures.ONE_JOB.replace("scenario: one-site-one-job.yaml", "scenario: \"" + scenario + "\""));
        // a Spark home for the workers: they start executors from its jars/ (Spark's own, as a distribution has them)
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home"));
        Files.createSymbolicLink(sparkHome.resolve("jars"), SPARK_LIB);

        String local = samples(run(dir, sparkHome, sweep, "local", List.of()));
        String cluster = samples(run(dir, sparkHome, sweep, "cluster", List.of("--spark", "local-cluster[2,1,1024]")));
        assertThat(cluster).isEqualTo(local);
        assertThat(local.lines().count()).isEqualTo(1 + 6);
    }

    private static Path run(Path dir, Path sparkHome, Path sweep, String name, List<String> extra) throws IOException, InterruptedException {
        Path out = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
                String.join(File.pathSeparator, STARGATE_JAR.toString(), SPARK_JAR.toString(), SPARK_LIB.resolve("*").toString()),
                "dev.stargate.cli.Main", "sweep", sweep.toString(), "--samples", "6", "--out", out.toString(), "--quiet"));
        cmd.addAll(extra);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13"); // Spark's launcher asks, outside a distribution
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) p.destroyForcibly();
        String log = Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8);
        assertThat(finished).as("finished within %d s: %s", TIMEOUT_SECONDS, log).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).contains("6 samples, 0 failed");
        return out.resolve("samples.csv");
    }

    /** samples.csv without its seconds column (the only one allowed to differ). */
    private static String samples(Path csv) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",", -1);
            cells[3] = "";
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }
}
