package dev.stargate.report.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A tornado chart: one signed bar per row around a zero axis, rows sorted by the bar's length,
 * longest on top, for sensitivities such as rank correlations in [-1, 1].
 */
public final class Tornado {
    private static final double ROW = 24;
    private static final double TOP = 12;
    private static final double BOTTOM = 36;
    private static final double RIGHT = 44;
    /** Width of a label character at 11 px, and the share of the chart labels may take. */
    private static final double CHAR_PX = 6.4;
    private static final double MAX_LABEL_SHARE = 0.45;
    private static final String POSITIVE = "#0072B2";
    private static final String NEGATIVE = "#D55E00";

    private Tornado() {}

    /** Rows labelled {@code labels} with values in [-limit, limit]; NaN values are drawn as "n/a". */
    public static String render(String label, String axisTitle, List<String> labels, double[] values, double limit, double width) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> Double.isNaN(values[i]) ? -1 : Math.abs(values[i])).reversed());
        double labelWidth = Math.min(MAX_LABEL_SHARE * width, Math.max(90, 12 + CHAR_PX * labels.stream().mapToInt(String::length).max().orElse(4)));
        int maxChars = (int) ((labelWidth - 12) / CHAR_PX);
        double height = TOP + order.size() * ROW + BOTTOM;
        Svg svg = new Svg(width, height, label);
        double plot = width - labelWidth - RIGHT;
        double zero = labelWidth + plot / 2;
        double scale = plot / 2 / limit;
        for (double t = -limit; t <= limit + 1e-9; t += limit / 2) {
            double x = zero + t * scale;
            svg.line(x, TOP, x, TOP + order.size() * ROW, Palette.GRID, 1, false);
            svg.text(x, TOP + order.size() * ROW + 16, String.format(Locale.ROOT, "%.1f", t), "middle", 11, Palette.AXIS, false);
        }
        svg.text(zero, height - 4, axisTitle, "middle", 11, Palette.AXIS, false);
        for (int r = 0; r < order.size(); r++) {
            int i = order.get(r);
            double y = TOP + r * ROW;
            svg.text(labelWidth - 8, y + ROW * 0.65, fit(labels.get(i), maxChars), "end", 11, Palette.TEXT, false);
            double v = values[i];
            if (Double.isNaN(v)) {
                svg.text(zero + 6, y + ROW * 0.65, "n/a (constant)", "start", 11, Palette.AXIS, false);
                continue;
            }
            double w = Math.abs(v) * scale;
            String tip = String.format(Locale.ROOT, "%s: %+.3f", labels.get(i), v);
            svg.rect(v >= 0 ? zero : zero - w, y + 4, Math.max(1, w), ROW - 8, v >= 0 ? POSITIVE : NEGATIVE, tip);
            svg.text(v >= 0 ? zero + w + 4 : zero - w - 4, y + ROW * 0.65, String.format(Locale.ROOT, "%+.2f", v), v >= 0 ? "start" : "end", 10,
                    Palette.TEXT, false);
        }
        svg.line(zero, TOP, zero, TOP + order.size() * ROW, Palette.AXIS, 1.2, false);
        return svg.toString();
    }

    /** A label that fits: too long, it keeps its end (the most specific part of a path) after an ellipsis. */
    static String fit(String label, int maxChars) {
        return label.length() <= maxChars ? label : "…" + label.substring(label.length() - Math.max(1, maxChars - 1));
    }
}
