package dev.stargate.planner;

import dev.stargate.model.profiles.SiteProfiles;
import dev.stargate.model.profiles.Streams;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Representative days of a site's year: the days of hourly temperature, solar and wind (each
 * standardised by its spread over the year, so the three weigh alike) are clustered (k-means with
 * k-means++ seeding, deterministic), and each cluster is represented by
 * its real day nearest the centroid (a medoid, so the day stays physically coherent), weighted by
 * the number of days it stands for. Weights sum to the days of the year.
 */
public final class RepresentativeDays {
    private static final int HOURS = 24;
    private static final int MAX_ITERATIONS = 100;

    /** Chosen days: hourly temperature, solar and wind capacity factor, and weight (days). */
    public record Day(int dayOfYear, double weight, double[] temperatureDegC, double[] solarCf, double[] windCf) {}

    private RepresentativeDays() {}

    /** @param year hourly profiles of one year (365 or 366 days of 24 steps) */
    public static Day[] choose(SiteProfiles year, int k, long seed) {
        int days = year.steps() / HOURS;
        double[][] series = {year.temperatureDegC(), year.solarCf(), year.windCf()};
        double[][] x = new double[days][3 * HOURS];
        for (int f = 0; f < 3; f++) {
            double sd = spread(series[f], days * HOURS);
            for (int d = 0; d < days; d++) {
                for (int h = 0; h < HOURS; h++) x[d][f * HOURS + h] = sd > 0 ? series[f][d * HOURS + h] / sd : 0;
            }
        }
        int clusters = Math.min(k, days);
        double[][] centroid = seed(x, clusters, Streams.of(seed, "representative-days"));
        int[] assign = new int[days];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            boolean changed = false;
            for (int d = 0; d < days; d++) {
                int best = nearest(x[d], centroid);
                if (best != assign[d] || it == 0) changed |= best != assign[d];
                assign[d] = best;
            }
            double[][] next = new double[clusters][x[0].length];
            int[] size = new int[clusters];
            for (int d = 0; d < days; d++) {
                size[assign[d]]++;
                for (int j = 0; j < x[d].length; j++) next[assign[d]][j] += x[d][j];
            }
            for (int c = 0; c < clusters; c++) {
                if (size[c] == 0) {
                    next[c] = centroid[c]; // keep an emptied centroid where it was
                    continue;
                }
                for (int j = 0; j < next[c].length; j++) next[c][j] /= size[c];
            }
            centroid = next;
            if (!changed && it > 0) break;
        }
        int[] size = new int[clusters];
        for (int a : assign) size[a]++;
        Day[] out = new Day[clusters];
        int n = 0;
        for (int c = 0; c < clusters; c++) {
            if (size[c] == 0) continue;
            int medoid = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int d = 0; d < days; d++) {
                if (assign[d] != c) continue;
                double dist = distance(x[d], centroid[c]);
                if (dist < best) {
                    best = dist;
                    medoid = d;
                }
            }
            int from = medoid * HOURS;
            out[n++] = new Day(medoid + 1, size[c],
                    Arrays.copyOfRange(year.temperatureDegC(), from, from + HOURS),
                    Arrays.copyOfRange(year.solarCf(), from, from + HOURS),
                    Arrays.copyOfRange(year.windCf(), from, from + HOURS));
        }
        Day[] result = Arrays.copyOf(out, n);
        Arrays.sort(result, (a, b) -> Integer.compare(a.dayOfYear(), b.dayOfYear()));
        return result;
    }

    private static double spread(double[] v, int n) {
        double mean = 0;
        for (int i = 0; i < n; i++) mean += v[i];
        mean /= n;
        double var = 0;
        for (int i = 0; i < n; i++) var += (v[i] - mean) * (v[i] - mean);
        return Math.sqrt(var / n);
    }

    private static double[][] seed(double[][] x, int k, SplittableRandom r) {
        double[][] c = new double[k][];
        c[0] = x[r.nextInt(x.length)].clone();
        double[] d2 = new double[x.length];
        for (int i = 1; i < k; i++) {
            double total = 0;
            for (int d = 0; d < x.length; d++) {
                double best = Double.POSITIVE_INFINITY;
                for (int j = 0; j < i; j++) best = Math.min(best, distance(x[d], c[j]));
                d2[d] = best;
                total += best;
            }
            double u = r.nextDouble() * total;
            int pick = x.length - 1;
            for (int d = 0; d < x.length; d++) {
                u -= d2[d];
                if (u <= 0) {
                    pick = d;
                    break;
                }
            }
            c[i] = x[pick].clone();
        }
        return c;
    }

    private static int nearest(double[] v, double[][] centroids) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double d = distance(v, centroids[c]);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }
}
