package dev.stargate.report.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A tornado chart: one signed bar per row around a zero axis, rows sorted by the bar's length,
 * longest on top, for sensitivities such as rank correlations in [-1, 1]; optionally a second
 * measure per row drawn as a diamond on the bar's row (e.g. the partial rank correlation).
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
    private static final String MARK = "#1b1f24";
    private static final double MARK_PX = 5;
    /** Width of a value label such as "+0.95" at 10 px. */
    private static final double VALUE_LABEL_PX = 28;

    private Tornado() {}

    /** Rows labelled {@code labels} with values in [-limit, limit]; NaN values are drawn as "n/a". */
    public static String render(String label, String axisTitle, List<String> labels, double[] values, double limit, double width) {
        return render(label, axisTitle, labels, values, null, null, limit, width);
    }

    /** The same, with a second measure per row ({@code marks}, named {@code markName}; NaN: no diamond) drawn as a diamond. */
    public static String render(String label, String axisTitle, List<String> labels, double[] values, double[] marks, String markName, double limit,
                                double width) {
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
            boolean marked = marks != null && !Double.isNaN(marks[i]);
            String tip = String.format(Locale.ROOT, "%s: %+.3f", labels.get(i), v) + (marked ? String.format(Locale.ROOT, ", %s %+.3f", markName, marks[i]) : "");
            svg.rect(v >= 0 ? zero : zero - w, y + 4, Math.max(1, w), ROW - 8, v >= 0 ? POSITIVE : NEGATIVE, tip);
            double end = v >= 0 ? zero + w : zero - w; // the value's label goes past the bar's end, and past a diamond where it would cover it
            if (marked) {
                double mx = zero + marks[i] * scale;
                double near = v >= 0 ? end : end - VALUE_LABEL_PX - 8;
                double far = v >= 0 ? end + VALUE_LABEL_PX + 8 : end;
                boolean covers = mx + MARK_PX > near && mx - MARK_PX < far;
                boolean room = v >= 0 ? mx + MARK_PX + VALUE_LABEL_PX + 8 <= width : mx - MARK_PX - VALUE_LABEL_PX - 8 >= labelWidth;
                if (covers && room) end = v >= 0 ? Math.max(end, mx + MARK_PX) : Math.min(end, mx - MARK_PX);
            }
            svg.text(v >= 0 ? end + 4 : end - 4, y + ROW * 0.65, String.format(Locale.ROOT, "%+.2f", v), v >= 0 ? "start" : "end", 10,
                    Palette.TEXT, false);
            if (marked) {
                double mx = zero + marks[i] * scale;
                double my = y + ROW / 2;
                svg.path(String.format(Locale.ROOT, "M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ", mx, my - MARK_PX, mx + MARK_PX, my, mx, my + MARK_PX,
                        mx - MARK_PX, my), MARK, "#ffffff", 1, String.format(Locale.ROOT, "%s: %s %+.3f", labels.get(i), markName, marks[i]));
            }
        }
        svg.line(zero, TOP, zero, TOP + order.size() * ROW, Palette.AXIS, 1.2, false);
        return svg.toString();
    }

    /** A label that fits: too long, it keeps its end (the most specific part of a path) after an ellipsis. */
    static String fit(String label, int maxChars) {
        return label.length() <= maxChars ? label : "…" + label.substring(label.length() - Math.max(1, maxChars - 1));
    }
}
