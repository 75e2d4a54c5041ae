package dev.stargate.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * What a sweep's results say: per output, the spread over the samples that ran (P10, P50, P90
 * by linear interpolation between order statistics, each with a 90 % confidence interval
 * ({@link QuantileInterval}), mean, min, max), and per parameter and output
 * Spearman's rank correlation (ties ranked by their average; NaN when either is constant) and the
 * partial rank correlation ({@link PartialRankCorrelation}).
 */
public final class SweepStats {
    /** The spread of one output over the samples that succeeded. */
    public record Spread(String key, int samples, double mean, double min, double p10, double p50, double p90, double max,
                         QuantileInterval.Bounds p10Interval, QuantileInterval.Bounds p50Interval, QuantileInterval.Bounds p90Interval) {}

    private SweepStats() {}

    /** Output keys in the order the samples report them (first sample first). */
    public static List<String> keys(List<SampleResult> results) {
        Set<String> keys = new LinkedHashSet<>();
        for (SampleResult r : results) keys.addAll(r.outputs().keySet());
        return new ArrayList<>(keys);
    }

    public static List<Spread> spreads(List<SampleResult> results) {
        List<Spread> out = new ArrayList<>();
        for (String k : keys(results)) {
            double[] v = column(results, k);
            if (v.length == 0) continue;
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            out.add(new Spread(k, v.length, Arrays.stream(v).average().orElse(Double.NaN), sorted[0], percentile(sorted, 0.10),
                    percentile(sorted, 0.50), percentile(sorted, 0.90), sorted[sorted.length - 1], QuantileInterval.of(sorted, 0.10),
                    QuantileInterval.of(sorted, 0.50), QuantileInterval.of(sorted, 0.90)));
        }
        return out;
    }

    /**
     * How each parameter moves one output, over the samples that succeeded: Spearman's rank
     * correlation and the partial rank correlation (PRCC), per parameter (NaN where undefined).
     */
    public record Sensitivity(double[] spearman, double[] prcc) {}

    /** sensitivity.get(output): each parameter's rank correlations with the output. */
    public static Map<String, Sensitivity> sensitivity(List<Sample> samples, List<SampleResult> results, int parameters) {
        Map<String, Sensitivity> out = new LinkedHashMap<>();
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) if (results.get(i).ok()) ok.add(i);
        List<Integer> lastRows = null;
        PartialRankCorrelation prcc = null;
        for (String k : keys(results)) {
            double[] rho = new double[parameters];
            double[] partial = new double[parameters];
            Arrays.fill(rho, Double.NaN);
            Arrays.fill(partial, Double.NaN);
            List<Integer> rows = ok.stream().filter(i -> results.get(i).outputs().containsKey(k)).toList();
            if (rows.size() >= 3) {
                double[] y = rows.stream().mapToDouble(i -> results.get(i).outputs().get(k)).toArray();
                double[][] x = new double[parameters][];
                for (int p = 0; p < parameters; p++) {
                    int pp = p;
                    x[p] = rows.stream().mapToDouble(i -> samples.get(i).numbers().get(pp)).toArray();
                    if (!PartialRankCorrelation.constant(x[p]) && !PartialRankCorrelation.constant(y)) rho[p] = new SpearmansCorrelation().correlation(x[p], y);
                }
                if (!rows.equals(lastRows)) { // the parameters' side is the same for every output of the same samples
                    prcc = new PartialRankCorrelation(x);
                    lastRows = rows;
                }
                partial = prcc.of(y);
            }
            out.put(k, new Sensitivity(rho, partial));
        }
        return out;
    }

    /** The p-quantile of sorted values, interpolating linearly between order statistics (R type 7). */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double[] column(List<SampleResult> results, String key) {
        return results.stream().filter(SampleResult::ok).filter(r -> r.outputs().containsKey(key)).mapToDouble(r -> r.outputs().get(key)).toArray();
    }
}
