package dev.stargate.sweep;

import static dev.stargate.report.charts.Svg.esc;

import dev.stargate.report.charts.Tornado;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sweep's HTML report, self-contained (inline SVG, no scripts): the sweep's settings and
 * parameters, the spread of every output (P10, P50, P90), tornado charts of the rank correlation
 * of each parameter with the headline outputs, and the samples that failed, with their values.
 */
final class SweepReport {
    private static final double WIDTH = 900;
    /** Outputs charted when the sweep names none, in this order, where present. */
    private static final List<String> HEADLINES = List.of("training.goodput", "cost.totalUsd", "cost.usdPerAcceleratorHour",
            "energy.carbonTonnes", "energy.carbonFreeShare", "inference.sloAttainment", "power.peakFacilityMw", "plan.objectiveUsd",
            "plan.carbonTonnes", "plan.capexUsd");
    private static final int MAX_FAILURES_LISTED = 50;
    /** Plan outputs of IT by candidate (docs/plan.md, plan.itMwBySite). */
    private static final String SITE_IT = "plan.itMwBySite.";
    private static final String CSS = "body{font:15px/1.5 system-ui,sans-serif;color:#1b1f24;margin:0}main{max-width:960px;margin:0 auto;padding:1em 1.5em 3em}"
            + "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:2px solid #0072B2}table{border-collapse:collapse;width:100%;margin:.6em 0}"
            + "th,td{border-bottom:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}td.n{text-align:right;"
            + "font-variant-numeric:tabular-nums}figure{margin:1em 0}figcaption{color:#57606a;font-size:.9em}svg.chart{width:100%;height:auto}"
            + ".meta{color:#57606a}code{font:13px ui-monospace,monospace;background:#f6f8fa;padding:1px 4px}";

    private SweepReport() {}

    static String render(SweepRun run, String version) {
        Sweep s = run.sweep().sweep();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(run.sweep().base().scenario().name()))
                .append(" — Stargate sweep</title><style>").append(CSS).append("</style></head><body><main>");
        h.append("<h1>Sweep of ").append(esc(run.sweep().base().scenario().name())).append("</h1>");
        h.append(String.format(Locale.ROOT, "<p class=\"meta\">%d samples (%s, seed %d) of %s runs, %d failed; %s in %.1f s (%.1f samples/min).</p>",
                run.samples().size(), esc(s.sampler().name().toLowerCase(Locale.ROOT)), s.seed(), esc(s.kind().name().toLowerCase(Locale.ROOT)),
                run.failed(), esc(run.executor()), run.wallSeconds(), run.samplesPerMinute()));

        h.append("<h2>Parameters</h2><table><tr><th>path</th><th>scenario value</th><th>drawn from</th></tr>");
        for (int j = 0; j < s.parameters().size(); j++) {
            Parameter p = s.parameters().get(j);
            Object base = run.sweep().baseValues().get(j);
            h.append("<tr><td><code>").append(esc(p.path())).append("</code></td><td>").append(esc(base == null ? "(default)" : String.valueOf(base)))
                    .append("</td><td>").append(esc(describe(s.sampler(), p))).append("</td></tr>");
        }
        h.append("</table>");
        if (!s.correlations().isEmpty()) {
            h.append("<p>Drawn together (rank correlation, Iman–Conover): ");
            List<String> pairs = new ArrayList<>();
            for (Correlation c : s.correlations()) {
                pairs.add("<code>" + esc(c.parameters().get(0)) + "</code> and <code>" + esc(c.parameters().get(1)) + "</code> "
                        + String.format(Locale.ROOT, "%+.2f", c.rho()));
            }
            h.append(String.join("; ", pairs)).append(".</p>");
        }

        List<String> charted = charted(run, true);
        if (!charted.isEmpty() && run.samples().size() - run.failed() >= 3) {
            h.append("<h2>What drives the results</h2><p>Bars: Spearman's rank correlation of each parameter with each output over the samples "
                    + "(+1, the output rises whenever the parameter does; −1, it falls; near 0, no monotone effect). Diamonds: the partial rank "
                    + "correlation (PRCC), the same with the other parameters' effects removed, which shows a real but smaller effect that the "
                    + "others' spread hides. Both measure monotone association one parameter at a time; sensitivity.csv has the numbers.</p>");
            List<String> labels = s.parameters().stream().map(Parameter::path).toList();
            for (String key : charted) {
                SweepStats.Sensitivity sens = run.sensitivity().get(key);
                h.append("<figure>").append(Tornado.render("Sensitivity of " + key, "rank correlation with " + key, labels, sens.spearman(),
                        sens.prcc(), "PRCC", 1.0, WIDTH)).append("<figcaption>").append(esc(key)).append("</figcaption></figure>");
            }
            List<String> flat = charted(run, false);
            if (!flat.isEmpty()) h.append("<p>The same in every sample (no correlation to chart): ").append(esc(String.join(", ", flat))).append(".</p>");
        }

        h.append(String.format(Locale.ROOT, "<h2>Spread of the outputs</h2><p>P50's %.0f %% interval: where the true median lies with that "
                + "confidence, from the order statistics of the samples (conservative for Latin hypercube samples; blank when there are too few). "
                + "percentiles.csv has the intervals of P10 and P90 too.</p>", QuantileInterval.LEVEL * 100));
        h.append("<table><tr><th>output</th><th>samples</th><th>P10</th><th>P50</th><th>P90</th><th>P50 interval</th><th>min</th><th>max</th></tr>");
        for (SweepStats.Spread sp : run.spreads()) {
            h.append("<tr><td><code>").append(esc(sp.key())).append("</code></td><td class=\"n\">").append(sp.samples()).append("</td>");
            for (double v : new double[] {sp.p10(), sp.p50(), sp.p90()}) h.append("<td class=\"n\">").append(num(v)).append("</td>");
            QuantileInterval.Bounds ci = sp.p50Interval();
            h.append("<td class=\"n\">").append(Double.isNaN(ci.low()) ? "" : num(ci.low()) + " – " + num(ci.high())).append("</td>");
            for (double v : new double[] {sp.min(), sp.max()}) h.append("<td class=\"n\">").append(num(v)).append("</td>");
            h.append("</tr>");
        }
        h.append("</table>");

        if (s.kind() == SweepKind.PLAN) whereCapacityGoes(h, run);

        if (run.failed() > 0) {
            h.append("<h2>Failed samples</h2><table><tr><th>sample</th><th>values</th><th>error</th></tr>");
            int listed = 0;
            for (int i = 0; i < run.results().size() && listed < MAX_FAILURES_LISTED; i++) {
                SampleResult r = run.results().get(i);
                if (r.ok()) continue;
                listed++;
                h.append("<tr><td class=\"n\">").append(r.index()).append("</td><td>").append(esc(values(s, run.samples().get(i))))
                        .append("</td><td>").append(esc(r.error())).append("</td></tr>");
            }
            h.append("</table>");
            if (run.failed() > MAX_FAILURES_LISTED) h.append("<p>samples.csv lists all ").append(run.failed()).append(".</p>");
        }
        h.append("<footer class=\"meta\">Stargate ").append(esc(version)).append(", sweep file <code>").append(esc(run.sweep().file()))
                .append("</code>. Every sample's values and outputs: samples.csv and samples.parquet.</footer></main></body></html>\n");
        return h.toString();
    }

    /** For plan sweeps: per candidate, how often the plan has IT there in its last year, and how much (from plan.itMwBySite.*). */
    private static void whereCapacityGoes(StringBuilder h, SweepRun run) {
        Map<String, Double> share = new HashMap<>();
        for (SweepStats.Spread sp : run.spreads()) {
            if (!sp.key().startsWith(SITE_IT)) continue;
            long with = run.results().stream().filter(SampleResult::ok).map(r -> r.outputs().get(sp.key())).filter(v -> v != null && v > 0).count();
            share.put(sp.key(), (double) with / sp.samples());
        }
        if (share.isEmpty()) return;
        List<SweepStats.Spread> sites = run.spreads().stream().filter(sp -> share.containsKey(sp.key()))
                .sorted(Comparator.comparingDouble((SweepStats.Spread sp) -> -sp.p50()).thenComparingDouble(sp -> -share.get(sp.key()))
                        .thenComparingDouble(sp -> -sp.p90()))
                .toList();
        h.append("<h2>Where the capacity goes</h2><p>IT online at each candidate in the plan's last year, over the samples that succeeded "
                + "(committed capacity included, so announced sites are always there).</p><table><tr><th>candidate</th><th>samples with IT</th>"
                + "<th>P10 MW</th><th>P50 MW</th><th>P90 MW</th></tr>");
        for (SweepStats.Spread sp : sites) {
            h.append("<tr><td>").append(esc(sp.key().substring(SITE_IT.length()))).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.0f %%", 100 * share.get(sp.key()))).append("</td>");
            for (double v : new double[] {sp.p10(), sp.p50(), sp.p90()}) h.append("<td class=\"n\">").append(String.format(Locale.ROOT, "%,.0f", v)).append("</td>");
            h.append("</tr>");
        }
        h.append("</table>");
    }

    /** Outputs with a defined correlation (defined: true) or constant over the samples (false), among those the report charts. */
    private static List<String> charted(SweepRun run, boolean defined) {
        List<String> wanted = run.sweep().outputs() != null ? run.sweep().outputs() : HEADLINES;
        return wanted.stream().filter(run.sensitivity()::containsKey)
                .filter(k -> Arrays.stream(run.sensitivity().get(k).spearman()).anyMatch(r -> !Double.isNaN(r)) == defined).toList();
    }

    static String describe(SamplerKind sampler, Parameter p) {
        if (sampler == SamplerKind.GRID) return "grid " + p.grid();
        Distribution d = p.distribution();
        return switch (d.type()) {
            case UNIFORM -> "uniform " + d.min() + " to " + d.max();
            case TRIANGULAR -> "triangular " + d.min() + ", mode " + d.mode() + ", " + d.max();
            case NORMAL -> "normal, mean " + d.mean() + ", sd " + d.sd() + (d.min() != null || d.max() != null
                    ? ", within " + (d.min() == null ? "-∞" : d.min()) + " to " + (d.max() == null ? "∞" : d.max()) : "");
            case CHOICE -> "choice of " + d.values() + (d.weights() == null || d.weights().isEmpty() ? "" : " weighted " + d.weights());
            case DATE_SHIFT -> "date shifted " + d.minDays() + " to " + d.maxDays() + " days";
        };
    }

    private static String values(Sweep s, Sample sample) {
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < s.parameters().size(); j++) parts.add(s.parameters().get(j).path() + " = " + sample.values().get(j));
        return String.join("; ", parts);
    }

    private static String num(double v) {
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e7)) return String.format(Locale.ROOT, "%.4g", v);
        return String.format(Locale.ROOT, a >= 100 ? "%,.0f" : "%.4f", v);
    }

}
