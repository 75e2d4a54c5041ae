package dev.stargate.engine;

import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * How to run: an optional seed overriding the scenario's; whether to keep the hourly tables
 * (memory grows with sites × steps); a listener told the simulated fraction done; whether to check
 * the fleet's invariants after every event (slow: for tests); and failures to inject at given
 * times in addition to the random ones (for tests and what-if studies).
 */
public record RunOptions(Long seed, boolean recordHourly, DoubleConsumer progress, boolean checkInvariants,
                         List<InjectedFailure> injectedFailures) {

    /**
     * A failure of {@code size} accelerators of {@code accelerator} at {@code site}, {@code atSeconds}
     * after the horizon start, at {@code position} among the pool's healthy accelerators (0 is the
     * first computing accelerator of the first job placed there).
     */
    public record InjectedFailure(long atSeconds, String site, String accelerator, int size, long position) {}

    public RunOptions {
        injectedFailures = List.copyOf(injectedFailures);
    }

    public static RunOptions defaults() {
        return new RunOptions(null, true, f -> { }, false, List.of());
    }

    public RunOptions withSeed(Long s) {
        return new RunOptions(s, recordHourly, progress, checkInvariants, injectedFailures);
    }

    public RunOptions withHourly(boolean h) {
        return new RunOptions(seed, h, progress, checkInvariants, injectedFailures);
    }

    public RunOptions withProgress(DoubleConsumer p) {
        return new RunOptions(seed, recordHourly, p, checkInvariants, injectedFailures);
    }

    public RunOptions withInvariantChecks() {
        return new RunOptions(seed, recordHourly, progress, true, injectedFailures);
    }

    public RunOptions withInjectedFailures(List<InjectedFailure> failures) {
        return new RunOptions(seed, recordHourly, progress, checkInvariants, failures);
    }
}
