package dev.stargate.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/** Progress of a long run on stderr: a redrawn bar on a terminal, a plain line every 10 % otherwise. Safe to call from several threads. */
final class Progress implements DoubleConsumer {
    private static final int WIDTH = 40;
    private final PrintWriter err;
    private final String label;
    private final boolean terminal;
    private int lastTenth = -1;
    private int lastCells = -1;

    Progress(PrintWriter err, String label, boolean quiet) {
        this.err = quiet ? null : err;
        this.label = label;
        this.terminal = System.console() != null;
    }

    @Override
    public synchronized void accept(double fraction) {
        if (err == null) return;
        if (terminal) {
            int cells = (int) Math.round(fraction * WIDTH);
            if (cells == lastCells) return;
            lastCells = cells;
            err.printf(Locale.ROOT, "\r%s [%s%s] %3.0f%%", label, "#".repeat(cells), " ".repeat(WIDTH - cells), fraction * 100);
            err.flush();
        } else {
            int tenth = (int) Math.floor(fraction * 10);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            err.printf(Locale.ROOT, "%s: %d%%%n", label, tenth * 10);
            err.flush();
        }
    }

    synchronized void done() {
        if (err == null || (!terminal && lastTenth == 10)) return;
        if (terminal) err.printf(Locale.ROOT, "\r%s [%s] 100%%%n", label, "#".repeat(WIDTH));
        else err.printf(Locale.ROOT, "%s: 100%%%n", label);
        err.flush();
    }
}
