package dev.stargate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with right-aligned numbers, for terminals and logs alike. */
final class Table {
    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] numeric;
    private int separatorBefore = -1;

    Table(String... headers) {
        this.headers = List.of(headers);
        this.numeric = new boolean[headers.length];
    }

    /** Right-aligns the given columns. */
    Table numeric(int... columns) {
        for (int c : columns) numeric[c] = true;
        return this;
    }

    Table row(Object... cells) {
        String[] r = new String[headers.size()];
        for (int i = 0; i < r.length; i++) r[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
        rows.add(r);
        return this;
    }

    /** Draws a rule before the next row (e.g. before a total). */
    Table rule() {
        separatorBefore = rows.size();
        return this;
    }

    void print(PrintWriter out) {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) w[i] = headers.get(i).length();
        for (String[] r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], r[i].length());
        line(out, headers.toArray(String[]::new), w);
        out.println(dashes(w));
        for (int k = 0; k < rows.size(); k++) {
            if (k == separatorBefore) out.println(dashes(w));
            line(out, rows.get(k), w);
        }
        out.flush();
    }

    private void line(PrintWriter out, String[] cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) sb.append("  ");
            String c = cells[i];
            String pad = " ".repeat(w[i] - c.length());
            sb.append(numeric[i] ? pad + c : c + pad);
        }
        out.println(sb.toString().stripTrailing());
    }

    private static String dashes(int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) sb.append("  ");
            sb.append("-".repeat(w[i]));
        }
        return sb.toString();
    }
}
