package dev.stargate.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/**
 * Progress of a long run on stderr: a redrawn bar on a terminal, a plain line every 10 % otherwise,
 * with the time left once the run has gone on long enough to estimate it. Safe to call from
 * several threads.
 */
final class Progress implements DoubleConsumer {
    private static final int WIDTH = 40;
    /** No estimate of the time left before this much is done, or this many seconds have passed (short runs need none). */
    private static final double ESTIMATE_FROM_FRACTION = 0.05;
    private static final double ESTIMATE_FROM_SECONDS = 3;
    private final long startNanos = System.nanoTime();
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
            err.printf(Locale.ROOT, "\r%s [%s%s] %3.0f%%%-26s", label, "#".repeat(cells), " ".repeat(WIDTH - cells), fraction * 100, left(fraction));
            err.flush();
        } else {
            int tenth = (int) Math.floor(fraction * 10);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            err.printf(Locale.ROOT, "%s: %d%%%s%n", label, tenth * 10, left(fraction));
            err.flush();
        }
    }

    /** " (about 1 min 40 s left)", or nothing while too little is done to tell. */
    private String left(double fraction) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        if (fraction < ESTIMATE_FROM_FRACTION || fraction >= 1 || elapsed < ESTIMATE_FROM_SECONDS) return "";
        long s = Math.round(elapsed * (1 - fraction) / fraction);
        return s >= 60 ? String.format(Locale.ROOT, " (about %d min %02d s left)", s / 60, s % 60) : String.format(Locale.ROOT, " (about %d s left)", s);
    }

    synchronized void done() {
        if (err == null || (!terminal && lastTenth == 10)) return;
        if (terminal) err.printf(Locale.ROOT, "\r%s [%s] 100%%%n", label, "#".repeat(WIDTH));
        else err.printf(Locale.ROOT, "%s: 100%%%n", label);
        err.flush();
    }
}
