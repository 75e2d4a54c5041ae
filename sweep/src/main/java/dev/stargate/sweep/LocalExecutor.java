package dev.stargate.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs samples on a fixed pool of threads of this machine (each simulation is single-threaded). */
public final class LocalExecutor implements SweepExecutor {
    private final int threads;

    public LocalExecutor(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    @Override
    public List<SampleResult> run(SampleRunner runner, List<Sample> samples, IntConsumer done) {
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sweep-sample");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<SampleResult>> futures = new ArrayList<>(samples.size());
            for (Sample s : samples) {
                futures.add(pool.submit(() -> {
                    SampleResult r = runner.run(s);
                    done.accept(finished.incrementAndGet());
                    return r;
                }));
            }
            List<SampleResult> out = new ArrayList<>(samples.size());
            for (Future<SampleResult> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the sweep was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sample failed outside its own error handling", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public String describe() {
        return "local, " + threads + (threads == 1 ? " thread" : " threads");
    }
}
