package dev.stargate.spark;

import static dev.stargate.sweep.SweepFixtures.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stargate.sweep.LoadedSweep;
import dev.stargate.sweep.LocalExecutor;
import dev.stargate.sweep.SampleResult;
import dev.stargate.sweep.SparkExecutors;
import dev.stargate.sweep.SweepFixtures;
import dev.stargate.sweep.SweepRun;
import dev.stargate.sweep.Sweeps;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Samples run as Spark tasks (local mode) give exactly what they give on local threads, failures included. */
class SparkExecutorTest {
    @Test
    void sparkLocalModeGivesTheSameSampleResultsAsLocalThreads() {
        LoadedSweep sweep = SweepFixtures.load(SweepFixtures.ONE_JOB);
        AtomicInteger progress = new AtomicInteger();
        SweepRun spark = Sweeps.run(sweep, 10, SparkExecutors.find().create("local[2]"), 1, progress::set);
        SweepRun local = Sweeps.run(sweep, 10, new LocalExecutor(2), 1, n -> { });
        assertThat(spark.results()).hasSize(10).allSatisfy(r -> assertThat(r.ok()).as(String.valueOf(r.error())).isTrue());
        assertThat(outcomes(spark)).isEqualTo(outcomes(local));
        assertThat(spark.executor()).isEqualTo("Spark local[2]");
        assertThat(progress.get()).isEqualTo(10);

        SweepRun bad = Sweeps.run(SweepFixtures.load(SweepFixtures.ONE_BAD_SAMPLE), null, new SparkExecutor("local[1]"), 1, n -> { });
        assertThat(bad.results()).extracting(SampleResult::ok).containsExactly(true, false, true);
        assertThat(outcomes(bad)).isEqualTo(outcomes(Sweeps.run(SweepFixtures.load(SweepFixtures.ONE_BAD_SAMPLE), null, new LocalExecutor(1), 1,
                n -> { })));
    }
}
