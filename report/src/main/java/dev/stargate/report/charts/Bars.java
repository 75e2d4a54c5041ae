package dev.stargate.report.charts;

import java.util.List;
import java.util.Locale;

/** Horizontal bar charts: one value per row, or a group of values per row. */
public final class Bars {
    private static final double ROW = 22;
    private static final double TOP = 10;
    private static final double BOTTOM = 34;
    private static final double RIGHT = 150;

    private Bars() {}

    /** One bar per label; values in {@code unit}, each bar with its own colour and tooltip. */
    public static String render(String label, String unit, List<String> labels, double[] values, String[] colors, String[] tooltips,
                                double width, double max) {
        return grouped(label, unit, labels, List.of(""), new double[][] {values}, colors, tooltips, width, max);
    }

    /**
     * Rows of grouped bars: {@code values[g][row]} for each group g (named in {@code groups}, a
     * colour each unless {@code rowColors} colours single bars).
     */
    public static String grouped(String label, String unit, List<String> rows, List<String> groups, double[][] values, String[] rowColors,
                                 String[] tooltips, double width, double max) {
        double labelWidth = 10 + 7 * rows.stream().mapToInt(String::length).max().orElse(4);
        double left = Math.min(260, Math.max(80, labelWidth));
        double groupRow = ROW * Math.max(1, groups.size()) * (groups.size() > 1 ? 0.7 : 1);
        double height = TOP + rows.size() * (groupRow + 6) + BOTTOM;
        Svg svg = new Svg(width, height, label);
        double plotW = width - left - RIGHT;
        double top = max;
        if (!(top > 0)) {
            for (double[] g : values) for (double v : g) top = Math.max(top, v);
        }
        double[] ticks = Ticks.nice(0, top <= 0 ? 1 : top, 5);
        double scale = ticks[ticks.length - 1];
        for (double t : ticks) {
            double x = left + t / scale * plotW;
            svg.line(x, TOP, x, height - BOTTOM, Palette.GRID, 1, false);
            svg.text(x, height - BOTTOM + 14, Ticks.label(t), "middle", 10, Palette.AXIS, false);
        }
        svg.text(left + plotW / 2, height - 6, unit, "middle", 11, Palette.AXIS, false);
        for (int r = 0; r < rows.size(); r++) {
            double y0 = TOP + r * (groupRow + 6);
            svg.text(left - 6, y0 + groupRow / 2 + 4, rows.get(r), "end", 11, Palette.TEXT, false);
            double bh = groupRow / groups.size() - 2;
            for (int g = 0; g < groups.size(); g++) {
                double v = values[g][r];
                String color = groups.size() == 1 && rowColors != null ? rowColors[r] : Palette.series(g);
                String tip = tooltips != null && groups.size() == 1 ? tooltips[r]
                        : rows.get(r) + (groups.get(g).isEmpty() ? "" : " — " + groups.get(g)) + ": " + String.format(Locale.ROOT, "%,.4g", v) + " " + unit;
                svg.rect(left, y0 + g * (bh + 2), v / scale * plotW, bh, color, tip);
            }
        }
        svg.line(left, TOP, left, height - BOTTOM, Palette.AXIS, 1, false);
        if (groups.size() > 1) {
            for (int g = 0; g < groups.size(); g++) {
                svg.rect(left + plotW + 14, TOP + g * 18, 12, 12, Palette.series(g), null);
                svg.text(left + plotW + 32, TOP + g * 18 + 10, groups.get(g), "start", 11, Palette.TEXT, false);
            }
        }
        return svg.toString();
    }

    /** One horizontal bar split into parts (e.g. a cost breakdown), with a legend. */
    public static String split(String label, String unit, List<String> parts, double[] values, double width) {
        double total = 0;
        for (double v : values) total += v;
        Svg svg = new Svg(width, 96, label);
        double x = 10;
        double w = width - 20;
        for (int i = 0; i < values.length; i++) {
            double pw = total > 0 ? values[i] / total * w : 0;
            svg.rect(x, 10, pw, 30, Palette.series(i), String.format(Locale.ROOT, "%s: %,.4g %s (%.1f%%)", parts.get(i), values[i], unit,
                    total > 0 ? 100 * values[i] / total : 0));
            x += pw;
        }
        double lx = 10;
        for (int i = 0; i < parts.size(); i++) {
            String text = String.format(Locale.ROOT, "%s %.1f%%", parts.get(i), total > 0 ? 100 * values[i] / total : 0);
            svg.rect(lx, 56, 12, 12, Palette.series(i), null);
            svg.text(lx + 16, 66, text, "start", 11, Palette.TEXT, false);
            lx += 30 + 7 * text.length();
        }
        return svg.toString();
    }
}
