package dev.stargate.report.charts;

import java.util.Locale;

/**
 * A small SVG writer. Every text it is given is escaped, so names from scenarios cannot inject
 * markup. Tooltips are SVG {@code <title>} elements: native, accessible, and script-free.
 */
public final class Svg {
    private final StringBuilder sb = new StringBuilder(8192);
    final double width;
    final double height;

    public Svg(double width, double height, String label) {
        this.width = width;
        this.height = height;
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\" role=\"img\" aria-label=\"")
                .append(esc(label)).append("\"><title>").append(esc(label)).append("</title>");
    }

    /** Escapes text for HTML and SVG content and attributes. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Coordinates with one decimal: enough for the eye, compact for the file. */
    static String n(double v) {
        if (!Double.isFinite(v)) return "0";
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    private Svg tip(String tooltip) {
        if (tooltip != null) sb.append("<title>").append(esc(tooltip)).append("</title>");
        return this;
    }

    public Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, w)))
                .append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"").append(fill).append('"');
        if (tooltip == null) {
            sb.append("/>");
            return this;
        }
        sb.append('>');
        tip(tooltip);
        sb.append("</rect>");
        return this;
    }

    public Svg line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"")
                .append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append('"');
        if (dashed) sb.append(" stroke-dasharray=\"3 3\"");
        sb.append("/>");
        return this;
    }

    public Svg polyline(double[] xs, double[] ys, String stroke, double width) {
        sb.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) sb.append(n(xs[i])).append(',').append(n(ys[i])).append(' ');
        sb.append("\"/>");
        return this;
    }

    /** A filled band between a lower and an upper line (for stacked areas). */
    public Svg band(double[] xs, double[] lower, double[] upper, String fill, String tooltip) {
        sb.append("<polygon fill=\"").append(fill).append("\" points=\"");
        for (int i = 0; i < xs.length; i++) sb.append(n(xs[i])).append(',').append(n(upper[i])).append(' ');
        for (int i = xs.length - 1; i >= 0; i--) sb.append(n(xs[i])).append(',').append(n(lower[i])).append(' ');
        sb.append("\">");
        tip(tooltip);
        sb.append("</polygon>");
        return this;
    }

    public Svg path(String d, String fill, String stroke, double strokeWidth, String tooltip) {
        sb.append("<path d=\"").append(d).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(n(strokeWidth)).append("\">");
        tip(tooltip);
        sb.append("</path>");
        return this;
    }

    public Svg circle(double cx, double cy, double r, String fill, String stroke, String tooltip) {
        sb.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r)).append("\" fill=\"")
                .append(fill).append("\" fill-opacity=\"0.85\" stroke=\"").append(stroke).append("\">");
        tip(tooltip);
        sb.append("</circle>");
        return this;
    }

    /** Text; anchor is start, middle or end. */
    public Svg text(double x, double y, String text, String anchor, double size, String fill, boolean bold) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"").append(n(size)).append("\" fill=\"").append(fill).append('"');
        if (bold) sb.append(" font-weight=\"bold\"");
        sb.append('>').append(esc(text)).append("</text>");
        return this;
    }

    /** Text rotated by −90° (for vertical axis titles). */
    public Svg verticalText(double x, double y, String text, double size, String fill) {
        sb.append("<text transform=\"translate(").append(n(x)).append(',').append(n(y)).append(") rotate(-90)\" text-anchor=\"middle\" font-size=\"")
                .append(n(size)).append("\" fill=\"").append(fill).append("\">").append(esc(text)).append("</text>");
        return this;
    }

    @Override
    public String toString() {
        return sb + "</svg>";
    }
}
