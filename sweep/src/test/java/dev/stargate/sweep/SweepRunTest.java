package dev.stargate.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.report.Csv;
import dev.stargate.report.Parquet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep of the one-job teaching scenario run end to end: executions agree, files read back, statistics are right. */
class SweepRunTest {
    private static LoadedSweep sweep;
    private static SweepRun twoThreads;

    @BeforeAll
    static void run() {
        sweep = SweepFixtures.load(SweepFixtures.ONE_JOB);
        twoThreads = Sweeps.run(sweep, null, new LocalExecutor(2), 1, n -> { });
    }

    @Test
    void everySampleRunsAndOneThreadGivesTheSameResultsAsTwo() {
        assertThat(twoThreads.results()).hasSize(16).allSatisfy(r -> assertThat(r.ok()).as(String.valueOf(r.error())).isTrue());
        AtomicInteger reported = new AtomicInteger();
        SweepRun one = Sweeps.run(sweep, null, new LocalExecutor(1), 1, reported::set);
        assertThat(SweepFixtures.outcomes(one)).isEqualTo(SweepFixtures.outcomes(twoThreads));
        assertThat(reported.get()).isEqualTo(16);
        assertThat(one.executor()).isEqualTo("local, 1 thread");
        // and the samples differ from each other: the parameters reach the runs
        assertThat(twoThreads.results().stream().map(r -> r.outputs().get("training.goodput")).distinct().count()).isGreaterThan(10);
    }

    @Test
    void aSampleIsTheScenarioWithItsValuesAndSeed() {
        Sample s = twoThreads.samples().get(3);
        String text = SampleRunner.scenarioText(sweep.baseTree(), sweep.sweep().parameters().stream().map(Parameter::path).toList(), s);
        assertThat(text).contains("seed: " + s.seed()).contains("restartMinutes: " + s.values().get(1))
                .contains("onlineDate: " + s.values().get(2)).contains("failureRatePerDay: " + s.values().get(0));
        assertThat(sweep.baseTree().toString()).doesNotContain(String.valueOf(s.seed())); // the base tree is not changed
    }

    @Test
    void moreFailuresAndLongerRestartsLowerGoodput() {
        double[] rho = twoThreads.sensitivity().get("training.goodput").spearman();
        assertThat(rho[0]).as("failure rate").isLessThan(-0.5);
        double[] interruptions = twoThreads.sensitivity().get("training.interruptions").spearman();
        assertThat(interruptions[0]).as("failure rate vs interruptions").isGreaterThan(0.8);
        assertThat(rho[0] + rho[1]).as("failure rate and restart time together").isLessThan(-0.9);
    }

    @Test
    void percentilesAreThoseOfTheSamples() {
        double[] goodput = twoThreads.results().stream().mapToDouble(r -> r.outputs().get("training.goodput")).sorted().toArray();
        SweepStats.Spread s = twoThreads.spreads().stream().filter(x -> x.key().equals("training.goodput")).findFirst().orElseThrow();
        // R type 7 over 16 values: P10 at rank 1.5, P50 at 7.5, P90 at 13.5 (from 0)
        assertThat(s.p10()).isCloseTo((goodput[1] + goodput[2]) / 2, within(1e-12));
        assertThat(s.p50()).isCloseTo((goodput[7] + goodput[8]) / 2, within(1e-12));
        assertThat(s.p90()).isCloseTo((goodput[13] + goodput[14]) / 2, within(1e-12));
        assertThat(s.min()).isEqualTo(goodput[0]);
        assertThat(s.max()).isEqualTo(goodput[15]);
        assertThat(s.mean()).isCloseTo(Arrays.stream(goodput).average().orElseThrow(), within(1e-12));
        assertThat(SweepStats.percentile(new double[] {1, 2, 3, 4}, 0.1)).isCloseTo(1.3, within(1e-12));
        // 90 % interval of the median of 16: order statistics 5 and 12 (Binomial(16, 0.5): F(4) = 0.038, F(10) = 0.895, F(11) = 0.962)
        assertThat(s.p50Interval()).isEqualTo(new QuantileInterval.Bounds(goodput[4], goodput[11]));
        assertThat(s.p10Interval()).isEqualTo(QuantileInterval.Bounds.UNDEFINED); // 16 samples are too few to bound P10 from below
    }

    @Test
    void filesHoldEverySampleAndReadBackAsCsvAndParquet(@TempDir Path dir) throws Exception {
        SweepFiles.write(twoThreads, dir, "test");
        Csv.Table t = Csv.read(dir.resolve(SweepFiles.SAMPLES));
        assertThat(t.header()).startsWith("sample", "seed", "status", "seconds", "error",
                "catalogue.accelerators.nvidia_h100_sxm.failureRatePerDay").contains("training.goodput", "energy.itMwh");
        assertThat(t.rows()).hasSize(16);
        double csvGoodput = t.rows().stream().mapToDouble(r -> Double.parseDouble(r[t.column("training.goodput")])).sum();
        assertThat(t.rows().get(5)[t.column("seed")]).isEqualTo(Long.toString(Sample.seed(42, 5)));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            ResultSet r = st.executeQuery("SELECT count(*), sum(\"training.goodput\"), min(status), typeof(any_value(\"training.goodput\")) FROM "
                    + Parquet.literal(dir.resolve("samples.parquet")));
            r.next();
            assertThat(r.getLong(1)).isEqualTo(16);
            assertThat(r.getDouble(2)).isCloseTo(csvGoodput, within(1e-9));
            assertThat(r.getString(3)).isEqualTo("ok");
            assertThat(r.getString(4)).isEqualTo("DOUBLE");
        }
        Csv.Table p = Csv.read(dir.resolve(SweepFiles.PERCENTILES));
        assertThat(p.header()).containsExactly("output", "samples", "mean", "min", "p10", "p50", "p90", "max", "p10Low", "p10High", "p50Low", "p50High",
                "p90Low", "p90High");
        assertThat(p.rows()).extracting(r -> r[0]).containsExactly("training.goodput", "training.interruptions", "training.completed",
                "cost.totalUsd", "energy.itMwh");
        Csv.Table s = Csv.read(dir.resolve(SweepFiles.SENSITIVITY));
        assertThat(s.header()).containsExactly("output", "parameter", "spearmanRho", "prcc");
        assertThat(s.rows()).hasSize(5 * 3);
        String html = Files.readString(dir.resolve(SweepFiles.REPORT), StandardCharsets.UTF_8);
        assertThat(html).contains("<svg").contains("Sensitivity of training.goodput").contains("16 samples (latin_hypercube, seed 42)")
                .doesNotContain("<script");
    }

    @Test
    void aFailedSampleIsReportedWithItsValuesAndTheSweepGoesOn(@TempDir Path dir) throws Exception {
        SweepRun run = Sweeps.run(SweepFixtures.load(SweepFixtures.ONE_BAD_SAMPLE), null, new LocalExecutor(2), 1, n -> { });
        assertThat(run.results()).extracting(SampleResult::ok).containsExactly(true, false, true);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(run.results().get(1).error()).contains("the scenario rejects these values").contains("training.jobs[0].mfu")
                .contains("value 1.5 is out of range");
        assertThat(run.spreads().get(0).samples()).isEqualTo(2);
        SweepFiles.write(run, dir, "test");
        Csv.Table t = Csv.read(dir.resolve(SweepFiles.SAMPLES));
        String[] failed = t.rows().get(1);
        assertThat(failed[t.column("status")]).isEqualTo("failed");
        assertThat(failed[t.column("training.jobs.llama3-405b-like.mfu")]).isEqualTo("1.5");
        assertThat(failed[t.column("error")]).contains("value 1.5 is out of range");
        assertThat(failed[t.column("training.goodput")]).isEmpty();
        assertThat(t.rows().get(2)[t.column("status")]).isEqualTo("ok");
        assertThat(Files.readString(dir.resolve(SweepFiles.REPORT))).contains("Failed samples").contains("mfu = 1.5");
    }

    @Test
    void withoutOutputsEveryNumberOfTheSummaryIsReportedButNotTheComputers() {
        SweepRun all = Sweeps.run(SweepFixtures.load(SweepFixtures.ONE_JOB.replaceAll("  outputs: .*\n", "")), 2, new LocalExecutor(1), 1, n -> { });
        assertThat(all.results().get(0).outputs()).containsKeys("training.goodput", "energy.carbonTonnes", "cost.capexUsd", "power.peakFacilityMw")
                .hasSizeGreaterThan(40).allSatisfy((k, v) -> assertThat(k).doesNotStartWith("engine."));
    }

    @Test
    void anOutputEndingInADotTakesEveryKeyUnderIt() {
        SweepRun run = Sweeps.run(SweepFixtures.load(SweepFixtures.ONE_JOB.replaceAll("  outputs: .*\n", "  outputs: [energy.bySourceMwh., training.goodput]\n")),
                2, new LocalExecutor(1), 1, n -> { });
        assertThat(run.results().get(0).outputs()).containsKeys("energy.bySourceMwh.grid", "training.goodput")
                .allSatisfy((k, v) -> assertThat(k).matches("energy\\.bySourceMwh\\.\\w+|training\\.goodput"));
    }

    @Test
    void everyKeyOfTheSummaryDocumentIsDocumented() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "sweeps.md"), StandardCharsets.UTF_8);
        assertThat(docs).contains("`{\"sweep\": …}`");
        for (Class<?> c : List.of(SweepSummary.Body.class, SweepSummary.Param.class, SweepSummary.Spread.class,
                SweepSummary.Sensitivity.class)) {
            for (var rc : c.getRecordComponents()) {
                assertThat(docs).as("docs/sweeps.md documents %s.%s", c.getSimpleName(), rc.getName())
                        .containsPattern("`[^`\\s]*\\b" + rc.getName() + "\\b[^`\\s]*`"); // the key in a `code` span
            }
        }
    }

    @Test
    void theSampleCountCanBeOverriddenButNotForAGrid() {
        SweepRun three = Sweeps.run(sweep, 3, new LocalExecutor(2), 1, n -> { });
        assertThat(three.results()).hasSize(3);
        assertThatThrownBy(() -> Sweeps.run(SweepFixtures.load(SweepFixtures.ONE_BAD_SAMPLE), 5,
                new LocalExecutor(1), 1, n -> { })).hasMessageContaining("a grid runs every combination; --samples does not apply");
    }
}
