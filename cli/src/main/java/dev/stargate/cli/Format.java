package dev.stargate.cli;

import java.util.Locale;

/** Number formats used in tables: thousands separators, sensible precision, units in headers. */
final class Format {
    private Format() {}

    /** "1 site", "3 sites": a count with its noun in the right number. */
    static String plural(long n, String noun) {
        return count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    static String mw(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** Billions of USD with one decimal. */
    static String billions(double usd) {
        return String.format(Locale.ROOT, "%,.1f", usd / 1e9);
    }

    static String sci(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
