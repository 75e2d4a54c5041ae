package dev.stargate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        for (String f : new String[] {"samples.csv", "samples.parquet", "percentiles.csv", "sensitivity.csv", "summary.json", "report.html"}) {
            assertThat(dir.resolve(f)).isNotEmptyFile();
        }
    }

    @Test
    void jsonPrintsTheSummaryAndNothingElse(@TempDir Path dir) throws IOException {
        Cli c = Cli.run("sweep", SHIPPED, "--samples", "4", "--out", dir.toString(), "--json");
        assertThat(c.exit()).as(c.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(c.out()).get("sweep");
        assertThat(s.get("samples").asInt()).isEqualTo(4);
        assertThat(s.get("failed").asInt()).isZero();
        assertThat(s.get("kind").asText()).isEqualTo("simulate");
        assertThat(s.get("parameters")).hasSize(6);
        assertThat(s.get("parameters").get(1).get("scenarioValue").isNumber()).isTrue(); // the catalogue's 4.7e-4, as a number
        JsonNode goodput = s.get("outputs").get("training.goodput");
        assertThat(goodput.get("p50").asDouble()).isBetween(0.0, 1.0);
        assertThat(goodput.get("p10Interval").isNull()).as("4 samples cannot bound P10").isTrue();
        assertThat(s.get("sensitivity").get("training.goodput").get("policies.capacityPriority").has("prcc")).isTrue();
        assertThat(Files.readString(dir.resolve("summary.json"))).isEqualTo(c.out());
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
        Cli noThreads = Cli.run("sweep", SHIPPED, "--threads", "0");
        assertThat(noThreads.exit()).isEqualTo(2);
        assertThat(noThreads.err()).contains("--threads must be at least 1, got 0");
    }

    @Test
    void sparkWithoutItsJarsSaysHowToGetThem() {
        Cli c = Cli.run("sweep", SHIPPED, "--spark", "local[2]", "--samples", "2");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("Spark is not on the classpath").contains("./stargate");
    }
}
