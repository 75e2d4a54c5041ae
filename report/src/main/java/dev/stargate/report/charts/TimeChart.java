package dev.stargate.report.charts;

import java.util.List;

/**
 * A chart over time: lines, or stacked areas. Long series are downsampled to one point per
 * bucket (the bucket's mean; a line's peaks are kept as a lighter band of bucket maxima) so that
 * a year of hours stays readable and the file small.
 */
public final class TimeChart {
    private static final double LEFT = 70;
    private static final double RIGHT = 160;
    private static final double TOP = 12;
    private static final double BOTTOM = 36;
    /** Buckets across the plot: about one per two pixels. */
    private static final int BUCKETS = 360;

    /** A named series of values at the chart's times. */
    public record Series(String name, double[] values, String color) {}

    private TimeChart() {}

    /**
     * @param times epoch seconds of each value (step starts)
     * @param stepSeconds length of a step
     */
    public static String render(String label, String yUnit, long[] times, long stepSeconds, List<Series> series, boolean stacked,
                                double width, double height) {
        Svg svg = new Svg(width, height, label);
        int n = times.length;
        int buckets = Math.min(BUCKETS, Math.max(1, n));
        double[] bx = new double[buckets];
        double[][] mean = new double[series.size()][buckets];
        double[][] max = new double[series.size()][buckets];
        long from = times.length == 0 ? 0 : times[0];
        long to = times.length == 0 ? 1 : times[n - 1] + stepSeconds;
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        for (int b = 0; b < buckets; b++) {
            int i0 = (int) ((long) b * n / buckets);
            int i1 = (int) ((long) (b + 1) * n / buckets);
            double mid = (times[i0] + times[Math.max(i0, i1 - 1)] + stepSeconds) / 2.0;
            bx[b] = LEFT + (mid - from) / (double) (to - from) * plotW;
            for (int s = 0; s < series.size(); s++) {
                double sum = 0;
                double mx = Double.NEGATIVE_INFINITY;
                for (int i = i0; i < i1; i++) {
                    double v = series.get(s).values()[i];
                    sum += v;
                    mx = Math.max(mx, v);
                }
                mean[s][b] = i1 > i0 ? sum / (i1 - i0) : 0;
                max[s][b] = i1 > i0 ? mx : 0;
            }
        }
        double ymax = 0;
        if (stacked) {
            for (int b = 0; b < buckets; b++) {
                double t = 0;
                for (int s = 0; s < series.size(); s++) t += mean[s][b];
                ymax = Math.max(ymax, t);
            }
        } else {
            for (double[] m : max) for (double v : m) ymax = Math.max(ymax, v);
        }
        double[] ticks = Ticks.nice(0, ymax <= 0 ? 1 : ymax, 5);
        double top = ticks[ticks.length - 1];
        java.util.function.DoubleUnaryOperator y = v -> TOP + plotH - v / top * plotH;
        for (double t : ticks) {
            svg.line(LEFT, y.applyAsDouble(t), LEFT + plotW, y.applyAsDouble(t), Palette.GRID, 1, false);
            svg.text(LEFT - 6, y.applyAsDouble(t) + 4, Ticks.label(t), "end", 11, Palette.AXIS, false);
        }
        for (Ticks.TimeTick tt : Ticks.months(from, to)) {
            double x = LEFT + (tt.epochSecond() - from) / (double) (to - from) * plotW;
            if (x < LEFT - 1 || x > LEFT + plotW + 1) continue;
            svg.line(x, TOP + plotH, x, TOP + plotH + 4, Palette.AXIS, 1, false);
            svg.text(x, TOP + plotH + 16, tt.label(), "middle", 10, Palette.AXIS, false);
        }
        svg.line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, Palette.AXIS, 1, false);
        svg.line(LEFT, TOP, LEFT, TOP + plotH, Palette.AXIS, 1, false);
        svg.verticalText(16, TOP + plotH / 2, yUnit, 11, Palette.AXIS);
        if (stacked) {
            double[] base = new double[buckets];
            java.util.Arrays.fill(base, TOP + plotH);
            double[] cumulative = new double[buckets];
            for (int s = 0; s < series.size(); s++) {
                double[] upper = new double[buckets];
                for (int b = 0; b < buckets; b++) {
                    cumulative[b] += mean[s][b];
                    upper[b] = y.applyAsDouble(cumulative[b]);
                }
                svg.band(bx, base, upper, series.get(s).color(), series.get(s).name());
                base = upper;
            }
        } else {
            for (int s = 0; s < series.size(); s++) {
                double[] peak = new double[buckets];
                double[] avg = new double[buckets];
                for (int b = 0; b < buckets; b++) {
                    peak[b] = y.applyAsDouble(max[s][b]);
                    avg[b] = y.applyAsDouble(mean[s][b]);
                }
                svg.band(bx, avg, peak, series.get(s).color() + "33", series.get(s).name() + " (bucket maxima)");
                svg.polyline(bx, avg, series.get(s).color(), 1.6);
            }
        }
        legend(svg, series, LEFT + plotW + 14, TOP + 6);
        return svg.toString();
    }

    static void legend(Svg svg, List<Series> series, double x, double y) {
        for (int s = 0; s < series.size(); s++) {
            double yy = y + s * 18;
            svg.rect(x, yy, 12, 12, series.get(s).color(), null);
            svg.text(x + 18, yy + 10, series.get(s).name(), "start", 11, Palette.TEXT, false);
        }
    }
}
