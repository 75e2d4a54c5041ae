package dev.stargate.report.charts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Axis ticks: "nice" numbers (1, 2, 5 × 10^k) and calendar ticks for time axes. */
public final class Ticks {
    private Ticks() {}

    /** About {@code target} nice ticks covering [min, max]. */
    public static double[] nice(double min, double max, int target) {
        if (!(max > min)) max = min + 1;
        double step = niceStep((max - min) / Math.max(1, target));
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        int n = (int) Math.round((hi - lo) / step) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = lo + i * step;
        return t;
    }

    static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    /** Short number labels: 1,200; 3.5k; 2.1M; 4.0G. */
    public static String label(double v) {
        double a = Math.abs(v);
        if (a >= 1e18) return String.format(Locale.ROOT, "%.1fE", v / 1e18);
        if (a >= 1e15) return String.format(Locale.ROOT, "%.1fP", v / 1e15);
        if (a >= 1e12) return String.format(Locale.ROOT, "%.1fT", v / 1e12);
        if (a >= 1e9) return String.format(Locale.ROOT, "%.1fG", v / 1e9);
        if (a >= 1e6) return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        if (a >= 1e4) return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        if (a >= 10 || v == Math.rint(v)) return String.format(Locale.ROOT, "%,.0f", v);
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A tick at a time (epoch seconds) and its label. */
    public record TimeTick(long epochSecond, String label) {}

    /** Month starts (or quarters, or years, for long spans) between two times. */
    public static List<TimeTick> months(long from, long to) {
        LocalDate a = LocalDate.ofEpochDay(Math.floorDiv(from, 86400));
        LocalDate b = LocalDate.ofEpochDay(Math.floorDiv(to, 86400));
        long months = (b.getYear() - a.getYear()) * 12L + b.getMonthValue() - a.getMonthValue();
        int every = months <= 14 ? 1 : months <= 40 ? 3 : 12;
        List<TimeTick> out = new ArrayList<>();
        LocalDate d = a.withDayOfMonth(1);
        if (d.isBefore(a)) d = d.plusMonths(1);
        while (!d.isAfter(b)) {
            if ((d.getMonthValue() - 1) % every == 0) {
                String label = d.getMonthValue() == 1 || every >= 12 ? d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear()
                        : d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                out.add(new TimeTick(d.atStartOfDay().toEpochSecond(ZoneOffset.UTC), label));
            }
            d = d.plusMonths(1);
        }
        return out;
    }
}
