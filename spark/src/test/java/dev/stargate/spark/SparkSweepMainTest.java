package dev.stargate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point runs the sweep command with spark-submit's master. */
class SparkSweepMainTest {
    private static final String SWEEP = "../scenarios/sweeps/one-gigawatt-uncertainty.yaml";

    private record Run(int exit, String out, String err) {}

    private static Run run(String master, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = SparkSweepMain.run(args, master, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void runsTheSweepWithSparkSubmitsMaster(@TempDir Path dir) {
        Run r = run("local[2]", SWEEP, "--samples", "3", "--out", dir.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 samples, 0 failed, Spark local[2]");
        assertThat(dir.resolve("samples.parquet")).isNotEmptyFile();
    }

    @Test
    void withoutSparkSubmitOrWithItsOwnMasterItSaysWhatToDo() {
        Run none = run(null, SWEEP);
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("run this class with spark-submit").contains("./stargate sweep SWEEP.yaml --spark MASTER");
        Run twice = run("local[2]", SWEEP, "--spark", "local[1]");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("the master is spark-submit's --master (local[2]); leave --spark out");
    }
}
