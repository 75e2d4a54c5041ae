package dev.stargate.model.input;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for misspelt names: the closest candidate by edit distance, if close enough. */
public final class Suggest {
    private Suggest() {}

    /** The closest candidate, or null when none is plausibly meant. */
    public static String closest(String given, Collection<String> candidates) {
        if (given == null) return null;
        String g = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            int d = lc.equals(g) ? 0 : distance(g, lc);
            if (lc.contains(g) || g.contains(lc)) d = Math.min(d, Math.abs(lc.length() - g.length()) / 2 + 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(2, g.length() / 3);
        if (bestDistance <= allowed) return best;
        return shortestContaining(g, candidates);
    }

    /**
     * A shortened name: the shortest candidate that contains what was given as a whole part
     * ("gb200" in "nvidia_gb200", "liquid" in "liquid_dtc"); null if none or if it is ambiguous.
     */
    private static String shortestContaining(String g, Collection<String> candidates) {
        if (g.length() < 3) return null;
        String best = null;
        boolean tie = false;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            int at = lc.indexOf(g);
            if (at < 0) continue;
            boolean startsPart = at == 0 || !Character.isLetterOrDigit(lc.charAt(at - 1));
            boolean endsPart = at + g.length() == lc.length() || !Character.isLetterOrDigit(lc.charAt(at + g.length()));
            if (!startsPart && !endsPart) continue;
            if (best == null || c.length() < best.length()) {
                best = c;
                tie = false;
            } else if (c.length() == best.length()) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** " (did you mean 'x'?)" or "" — ready to append to a message. */
    public static String hint(String given, Collection<String> candidates) {
        String c = closest(given, candidates);
        return c == null ? "" : "; did you mean '" + c + "'?";
    }

    /** Levenshtein distance with transpositions counted as one edit. */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
