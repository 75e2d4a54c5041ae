package dev.stargate.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a sweep's samples on the driver, deterministically from the sweep's seed: Latin
 * hypercube (each parameter's probability range cut into as many equal strata as samples, one
 * sample in each, strata shuffled independently per parameter), plain random, or the full grid;
 * the sweep's correlations are then induced by reordering ({@link RankCorrelationInducer}).
 */
final class Sampler {
    private Sampler() {}

    static List<Sample> draw(LoadedSweep s) {
        Sweep sw = s.sweep();
        List<Parameter> ps = sw.parameters();
        if (sw.sampler() == SamplerKind.GRID) return grid(s);
        int n = sw.samples();
        SplittableRandom random = new SplittableRandom(sw.seed());
        double[][] u = new double[ps.size()][n];
        for (int j = 0; j < ps.size(); j++) {
            if (sw.sampler() == SamplerKind.LATIN_HYPERCUBE) {
                int[] perm = permutation(n, random);
                for (int i = 0; i < n; i++) u[j][i] = (perm[i] + random.nextDouble()) / n;
            } else {
                for (int i = 0; i < n; i++) u[j][i] = random.nextDouble();
            }
        }
        if (!sw.correlations().isEmpty()) RankCorrelationInducer.induce(u, correlationMatrix(sw), random);
        List<Sample> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<Object> values = new ArrayList<>(ps.size());
            List<Double> numbers = new ArrayList<>(ps.size());
            for (int j = 0; j < ps.size(); j++) {
                Draw.Value v = Draw.of(ps.get(j).distribution(), u[j][i], s.baseValues().get(j));
                values.add(v.value());
                numbers.add(v.number());
            }
            out.add(new Sample(i, Sample.seed(sw.seed(), i), List.copyOf(values), List.copyOf(numbers)));
        }
        return out;
    }

    /** The parameters' target rank correlations: 1 on the diagonal, the sweep's correlations, 0 elsewhere. */
    static double[][] correlationMatrix(Sweep sw) {
        List<String> paths = sw.parameters().stream().map(Parameter::path).toList();
        double[][] m = new double[paths.size()][paths.size()];
        for (int j = 0; j < m.length; j++) m[j][j] = 1;
        for (Correlation c : sw.correlations()) {
            int a = paths.indexOf(c.parameters().get(0));
            int b = paths.indexOf(c.parameters().get(1));
            m[a][b] = c.rho();
            m[b][a] = c.rho();
        }
        return m;
    }

    /** Every combination of the parameters' grid values, the first parameter varying slowest. */
    private static List<Sample> grid(LoadedSweep s) {
        List<Parameter> ps = s.sweep().parameters();
        long total = 1;
        for (Parameter p : ps) total = Math.multiplyExact(total, p.grid().size());
        if (total > 1_000_000) throw new IllegalArgumentException("the grid has " + total + " combinations; at most 1,000,000");
        List<Sample> out = new ArrayList<>((int) total);
        int[] at = new int[ps.size()];
        for (int i = 0; i < total; i++) {
            List<Object> values = new ArrayList<>();
            List<Double> numbers = new ArrayList<>();
            for (int j = 0; j < ps.size(); j++) {
                Draw.Value v = Draw.grid(ps.get(j).grid(), at[j], s.baseValues().get(j));
                values.add(v.value());
                numbers.add(v.number());
            }
            out.add(new Sample(i, Sample.seed(s.sweep().seed(), i), List.copyOf(values), List.copyOf(numbers)));
            for (int j = ps.size() - 1; j >= 0; j--) {
                if (++at[j] < ps.get(j).grid().size()) break;
                at[j] = 0;
            }
        }
        return out;
    }

    /** One sample with every parameter at its median (first value of a choice or grid), for checking a sweep before it runs. */
    static List<Sample> central(LoadedSweep s) {
        List<Object> values = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (int j = 0; j < s.sweep().parameters().size(); j++) {
            Parameter p = s.sweep().parameters().get(j);
            Draw.Value v = s.sweep().sampler() == SamplerKind.GRID ? Draw.grid(p.grid(), 0, s.baseValues().get(j))
                    : p.distribution().type() == DistributionType.CHOICE ? Draw.of(p.distribution(), 0, s.baseValues().get(j))
                    : Draw.of(p.distribution(), 0.5, s.baseValues().get(j));
            values.add(v.value());
            numbers.add(v.number());
        }
        return List.of(new Sample(0, Sample.seed(s.sweep().seed(), 0), values, numbers));
    }

    /** A random permutation of 0..n-1 (Fisher-Yates). */
    static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }
}
