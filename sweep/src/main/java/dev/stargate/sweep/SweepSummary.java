package dev.stargate.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code stargate sweep --json} prints and {@code summary.json} holds: {@code {"sweep": …}},
 * keys documented in docs/sweeps.md. Undefined statistics (too few samples, a constant output)
 * are null, never NaN.
 */
public record SweepSummary(Body sweep) {
    public record Body(String scenario, String file, String kind, String sampler, long seed, int samples, long failed, String executor,
                       double wallSeconds, double samplesPerMinute, List<Param> parameters, Map<String, Spread> outputs,
                       Map<String, Map<String, Sensitivity>> sensitivity) {}

    /** A parameter: its path, the scenario's own value (null: a default), and what it is drawn from. */
    public record Param(String path, Object scenarioValue, String drawnFrom) {}

    /** The spread of an output; interval bounds are [low, high] or null. */
    public record Spread(int samples, Double mean, Double min, Double p10, Double p50, Double p90, Double max, double[] p10Interval,
                         double[] p50Interval, double[] p90Interval) {}

    public record Sensitivity(Double spearman, Double prcc) {}

    public static SweepSummary of(SweepRun run) {
        Sweep s = run.sweep().sweep();
        List<Param> params = new ArrayList<>();
        for (int j = 0; j < s.parameters().size(); j++) {
            Parameter p = s.parameters().get(j);
            Object base = run.sweep().baseValues().get(j);
            if (base instanceof String text && Draw.numeric(text)) base = Double.parseDouble(text.strip()); // catalogue numbers come as text
            params.add(new Param(p.path(), base, SweepReport.describe(s.sampler(), p)));
        }
        Map<String, Spread> outputs = new LinkedHashMap<>();
        for (SweepStats.Spread sp : run.spreads()) {
            outputs.put(sp.key(), new Spread(sp.samples(), n(sp.mean()), n(sp.min()), n(sp.p10()), n(sp.p50()), n(sp.p90()), n(sp.max()),
                    interval(sp.p10Interval()), interval(sp.p50Interval()), interval(sp.p90Interval())));
        }
        Map<String, Map<String, Sensitivity>> sensitivity = new LinkedHashMap<>();
        run.sensitivity().forEach((key, sens) -> {
            Map<String, Sensitivity> byParameter = new LinkedHashMap<>();
            for (int j = 0; j < s.parameters().size(); j++) {
                byParameter.put(s.parameters().get(j).path(), new Sensitivity(n(sens.spearman()[j]), n(sens.prcc()[j])));
            }
            sensitivity.put(key, byParameter);
        });
        return new SweepSummary(new Body(run.sweep().base().scenario().name(), run.sweep().file(), s.kind().name().toLowerCase(Locale.ROOT),
                s.sampler().name().toLowerCase(Locale.ROOT), s.seed(), run.results().size(), run.failed(), run.executor(), run.wallSeconds(),
                run.samplesPerMinute(), params, outputs, sensitivity));
    }

    private static Double n(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    private static double[] interval(QuantileInterval.Bounds b) {
        return Double.isNaN(b.low()) ? null : new double[] {b.low(), b.high()};
    }
}
