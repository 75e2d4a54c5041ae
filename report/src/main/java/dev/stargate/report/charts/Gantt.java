package dev.stargate.report.charts;

import java.util.List;

/**
 * Rows of time segments with point marks (phases and milestones; jobs and their interruptions).
 * Marks are drawn as ticks in a strip under the row's bars.
 */
public final class Gantt {
    private static final double ROW = 20;
    private static final double TOP = 8;
    private static final double BOTTOM = 30;
    private static final double RIGHT = 20;

    /** A bar from {@code from} to {@code to} (epoch seconds). */
    public record Segment(long from, long to, String color, String tooltip) {}

    /** A mark at a time: a tick across the row. */
    public record Mark(long at, String color, String tooltip) {}

    public record Row(String label, List<Segment> segments, List<Mark> marks) {}

    private Gantt() {}

    public static String render(String label, List<Row> rows, long from, long to, double width) {
        double left = Math.min(240, Math.max(80, 10 + 7 * rows.stream().mapToInt(r -> r.label().length()).max().orElse(4)));
        double height = TOP + rows.size() * ROW + BOTTOM;
        Svg svg = new Svg(width, height, label);
        double plotW = width - left - RIGHT;
        java.util.function.LongToDoubleFunction x = t -> left + Math.max(0, Math.min(1, (t - from) / (double) (to - from))) * plotW;
        for (Ticks.TimeTick tt : Ticks.months(from, to)) {
            double xx = x.applyAsDouble(tt.epochSecond());
            svg.line(xx, TOP, xx, height - BOTTOM, Palette.GRID, 1, false);
            svg.text(xx, height - BOTTOM + 14, tt.label(), "middle", 10, Palette.AXIS, false);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double y = TOP + r * ROW;
            svg.text(left - 6, y + ROW / 2 + 4, row.label(), "end", 11, Palette.TEXT, false);
            boolean strip = !row.marks().isEmpty();
            double barH = strip ? ROW * 0.55 : ROW - 6;
            for (Segment s : row.segments()) {
                double x0 = x.applyAsDouble(s.from());
                svg.rect(x0, y + 2, Math.max(2, x.applyAsDouble(s.to()) - x0), barH, s.color(), s.tooltip());
            }
            // marks as a strip of ticks under the bars, so dense marks never hide the bars
            for (Mark m : row.marks()) {
                double xm = x.applyAsDouble(m.at());
                svg.rect(xm - 0.6, y + 3 + barH, 1.2, ROW - barH - 4, m.color(), m.tooltip());
            }
        }
        svg.line(left, height - BOTTOM, left + plotW, height - BOTTOM, Palette.AXIS, 1, false);
        return svg.toString();
    }
}
