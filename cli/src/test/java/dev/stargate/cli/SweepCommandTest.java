package dev.stargate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stargate sweep: the shipped sweep runs and writes its files; mistakes exit 2 with a located message. */
class SweepCommandTest {
    private static final String SHIPPED = "../scenarios/sweeps/one-gigawatt-uncertainty.yaml";

    @Test
    void theShippedSweepRunsAndWritesItsFiles(@TempDir Path dir) {
        Cli c = Cli.run("sweep", SHIPPED, "--samples", "3", "--threads", "2", "--out", dir.toString(), "--quiet");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(c.out()).contains("Sweep of One-gigawatt campus: 3 samples, 0 failed, local, 2 threads")
                .containsPattern("training\\.goodput +0\\.\\d+ +0\\.\\d+ +0\\.\\d+").contains("report: " + dir.resolve("report.html"));
        assertThat(c.err()).isEmpty();
        for (String f : new String[] {"samples.csv", "samples.parquet", "percentiles.csv", "sensitivity.csv", "report.html"}) {
            assertThat(dir.resolve(f)).isNotEmptyFile();
        }
    }

    @Test
    void mistakesExitWith2AndSayWhere(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(SHIPPED)).replace("../teaching/", Path.of("..", "scenarios", "teaching").toAbsolutePath() + "/")
                .replace("sites.west_texas.phases[1]", "sites.west_texas.phase[1]"));
        Cli c = Cli.run("sweep", bad.toString(), "--out", dir.resolve("out").toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains(bad + ":11:").contains("sweep.parameters[0].path: no list 'phase' in sites.west_texas; did you mean 'phases'?").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();

        Cli zero = Cli.run("sweep", SHIPPED, "--samples", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--samples must be at least 1, got 0");
    }

    @Test
    void sparkWithoutItsJarsSaysHowToGetThem() {
        Cli c = Cli.run("sweep", SHIPPED, "--spark", "local[2]", "--samples", "2");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("Spark is not on the classpath").contains("./stargate");
    }
}
