package dev.stargate.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Runs a sweep: draws its samples, runs them on an executor, and works out spreads and sensitivities. */
public final class Sweeps {
    private Sweeps() {}

    /**
     * @param samples overrides the sweep's sample count (null: the file's); not for grids
     * @param planThreads site LPs each plan sample solves at once
     */
    public static SweepRun run(LoadedSweep s, Integer samples, SweepExecutor executor, int planThreads, IntConsumer done) {
        LoadedSweep sweep = s;
        if (samples != null) {
            if (s.sweep().sampler() == SamplerKind.GRID) throw new IllegalArgumentException("a grid runs every combination; --samples does not apply");
            Sweep w = s.sweep();
            sweep = new LoadedSweep(new Sweep(w.scenario(), w.kind(), samples, w.sampler(), w.seed(), w.parameters(), w.correlations(), w.outputs()), s.file(),
                    s.base(), s.baseTree(), s.baseValues(), s.outputs());
        }
        List<Sample> drawn = Sampler.draw(sweep);
        long t0 = System.nanoTime();
        List<SampleResult> results = new ArrayList<>(executor.run(new SampleRunner(sweep, planThreads), drawn, done));
        results.sort((a, b) -> Integer.compare(a.index(), b.index()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new SweepRun(sweep, drawn, results, SweepStats.spreads(results), SweepStats.sensitivity(drawn, results, sweep.sweep().parameters().size()),
                executor.describe(), seconds);
    }
}
