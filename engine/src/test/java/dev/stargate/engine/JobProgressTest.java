package dev.stargate.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.stargate.engine.training.JobProgress;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class JobProgressTest {
    @Test
    void savesAtTheEndOfEachWrite() {
        JobProgress p = new JobProgress(100, 10);
        p.advance(50, 2);
        assertThat(p.progress()).isEqualTo(100);
        assertThat(p.saved()).isZero();
        p.advance(55, 2); // 50 more compute, then 5 of the 10-s write
        assertThat(p.progress()).isEqualTo(200);
        assertThat(p.saved()).isZero();
        p.advance(5, 2); // write completes
        assertThat(p.saved()).isEqualTo(200);
        p.advance(330, 2); // three full cycles
        assertThat(p.saved()).isEqualTo(800);
        assertThat(p.phase()).isZero();
        assertThat(p.rollback()).isZero();
    }

    @Test
    void rollbackLosesUnsavedWork() {
        JobProgress p = new JobProgress(100, 10);
        p.advance(110 + 40, 1);
        assertThat(p.rollback()).isEqualTo(40);
        assertThat(p.progress()).isEqualTo(100);
    }

    @Test
    void timeToReachSkipsTheLastWrite() {
        JobProgress p = new JobProgress(100, 10);
        assertThat(p.secondsToReach(250, 1)).isEqualTo(100 + 10 + 100 + 10 + 50);
        assertThat(p.secondsToReach(200, 1)).isEqualTo(210); // ends on a chunk boundary: no final write
        assertThat(p.secondsToReach(0, 1)).isZero();
    }

    /** Advancing in any number of pieces lands where advancing at once does. */
    @Test
    void advancingInPiecesEqualsAdvancingAtOnce() {
        Gen<Double> pieces = SourceDSL.doubles().between(0, 500);
        QuickTheory.qt().withFixedSeed(42).withExamples(500)
                .forAll(SourceDSL.doubles().between(1, 300), SourceDSL.doubles().between(0, 60),
                        SourceDSL.lists().of(pieces).ofSizeBetween(1, 20))
                .checkAssert((tau, delta, dts) -> {
                    JobProgress a = new JobProgress(tau, delta);
                    JobProgress b = new JobProgress(tau, delta);
                    double total = 0;
                    for (double dt : dts) {
                        a.advance(dt, 3);
                        total += dt;
                    }
                    b.advance(total, 3);
                    assertThat(a.progress()).isCloseTo(b.progress(), within(1e-6 * (1 + b.progress())));
                    assertThat(a.saved()).isCloseTo(b.saved(), within(1e-6 * (1 + b.progress())));
                });
    }

    /** The predicted time to a target is exactly the time advancing takes to get there. */
    @Test
    void predictedCompletionMatchesAdvancing() {
        QuickTheory.qt().withFixedSeed(7).withExamples(500)
                .forAll(SourceDSL.doubles().between(1, 300), SourceDSL.doubles().between(0, 60),
                        SourceDSL.doubles().between(0, 1000), SourceDSL.doubles().between(1, 1e5))
                .checkAssert((tau, delta, already, work) -> {
                    JobProgress p = new JobProgress(tau, delta);
                    p.advance(already, 1);
                    double target = p.progress() + work;
                    double t = p.secondsToReach(target, 1);
                    p.advance(t, 1);
                    assertThat(p.progress()).isCloseTo(target, within(1e-6 * target));
                });
    }
}
