package dev.stargate.sweep;

import dev.stargate.model.input.Problems;
import dev.stargate.model.input.Suggest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Checks of a sweep's parameters and correlations that need no run, each problem located by its field in the sweep file. */
final class ParameterChecks {
    /** Stands for the scenario's value where the path does not lead to one (so value checks are skipped). */
    static final Object UNKNOWN = new Object();

    private ParameterChecks() {}

    /** A parameter's distribution or grid: complete, consistent, and of the type of the scenario's value. */
    static void shape(SamplerKind sampler, Parameter p, Object base, String at, Problems problems) {
        if (sampler == SamplerKind.GRID) {
            if (p.grid() == null || p.grid().isEmpty()) problems.error(at + ".grid", "a grid sampler needs grid values for every parameter");
            else for (int k = 0; k < p.grid().size(); k++) checkTyped(p.grid().get(k), base, at + ".grid[" + k + "]", problems);
            return;
        }
        Distribution d = p.distribution();
        if (d == null) {
            problems.error(at + ".distribution", "a " + sampler.name().toLowerCase() + " sampler needs a distribution for every parameter");
            return;
        }
        String dd = at + ".distribution";
        switch (d.type()) {
            case UNIFORM -> {
                if (need(d.min(), dd + ".min", "uniform", problems) & need(d.max(), dd + ".max", "uniform", problems) && d.min() >= d.max()) {
                    problems.error(dd + ".max", "must be above min (" + d.min() + ")");
                }
                numeric(base, at, problems);
            }
            case TRIANGULAR -> {
                if (need(d.min(), dd + ".min", "triangular", problems) & need(d.mode(), dd + ".mode", "triangular", problems)
                        & need(d.max(), dd + ".max", "triangular", problems)) {
                    if (d.min() >= d.max()) problems.error(dd + ".max", "must be above min (" + d.min() + ")");
                    else if (d.mode() < d.min() || d.mode() > d.max()) problems.error(dd + ".mode", "must lie within min and max");
                }
                numeric(base, at, problems);
            }
            case NORMAL -> {
                need(d.mean(), dd + ".mean", "normal", problems);
                need(d.sd(), dd + ".sd", "normal", problems);
                if (d.min() != null && d.max() != null && d.min() >= d.max()) problems.error(dd + ".max", "must be above min (" + d.min() + ")");
                numeric(base, at, problems);
            }
            case CHOICE -> {
                if (d.values() == null || d.values().isEmpty()) {
                    problems.error(dd + ".values", "a choice needs values");
                } else {
                    for (int k = 0; k < d.values().size(); k++) checkTyped(d.values().get(k), base, dd + ".values[" + k + "]", problems);
                    if (d.weights() != null && !d.weights().isEmpty()) {
                        if (d.weights().size() != d.values().size()) problems.error(dd + ".weights", "give one weight per value (" + d.values().size() + ")");
                        else if (d.weights().stream().anyMatch(w -> w == null || w < 0) || d.weights().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                            problems.error(dd + ".weights", "weights are zero or more and not all zero");
                        }
                    }
                }
            }
            case DATE_SHIFT -> {
                if (need(d.minDays(), dd + ".minDays", "date_shift", problems) & need(d.maxDays(), dd + ".maxDays", "date_shift", problems)
                        && d.minDays() > d.maxDays()) {
                    problems.error(dd + ".maxDays", "must be at least minDays (" + d.minDays() + ")");
                }
                if (base != UNKNOWN) {
                    try {
                        LocalDate.parse(String.valueOf(base));
                    } catch (DateTimeParseException e) {
                        problems.error(at + ".path", base == null ? "a date_shift moves the scenario's own date, and the scenario gives none there"
                                : "a date_shift needs a date there; the scenario has " + base);
                    }
                }
            }
        }
    }

    /** The correlations: pairs of the sweep's parameters, each pair once, together a valid correlation matrix; not on a grid. */
    static void correlations(Sweep s, Problems problems) {
        if (s.correlations().isEmpty()) return;
        if (s.sampler() == SamplerKind.GRID) {
            problems.error("sweep.correlations", "a grid runs every combination, so its values cannot be correlated; correlations apply to "
                    + "latin_hypercube and random sweeps");
            return;
        }
        List<String> paths = s.parameters().stream().map(Parameter::path).toList();
        Set<String> pairs = new HashSet<>();
        boolean complete = true;
        for (int i = 0; i < s.correlations().size(); i++) {
            Correlation c = s.correlations().get(i);
            String at = "sweep.correlations[" + i + "]";
            if (c.parameters().size() != 2) {
                problems.error(at + ".parameters", "name two parameters, got " + c.parameters().size());
                complete = false;
                continue;
            }
            for (int k = 0; k < 2; k++) {
                if (!paths.contains(c.parameters().get(k))) {
                    problems.error(at + ".parameters[" + k + "]", "'" + c.parameters().get(k) + "' is not a parameter of this sweep"
                            + Suggest.hint(c.parameters().get(k), paths));
                    complete = false;
                }
            }
            if (c.parameters().get(0).equals(c.parameters().get(1))) {
                problems.error(at + ".parameters", "a parameter is fully correlated with itself; name two different ones");
                complete = false;
            } else if (!pairs.add(String.join("\n", new TreeSet<>(c.parameters())))) {
                problems.error(at + ".parameters", "this pair is correlated twice; give it one rho");
                complete = false;
            }
        }
        if (complete && !RankCorrelationInducer.positiveDefinite(Sampler.correlationMatrix(s))) {
            problems.error("sweep.correlations", "these correlations cannot all hold at once (together they are not a valid correlation matrix); "
                    + "make them weaker or consistent: e.g. A~B 0.9 and B~C 0.9 need A~C of at least 0.62");
        }
    }

    private static boolean need(Object v, String path, String type, Problems problems) {
        if (v == null) problems.error(path, "a " + type + " distribution needs it");
        return v != null;
    }

    private static void numeric(Object base, String at, Problems problems) {
        if (base != null && base != UNKNOWN && !Draw.numeric(base)) problems.error(at + ".path", "this distribution draws numbers, but the scenario has '" + base + "' there");
    }

    private static void checkTyped(String value, Object base, String at, Problems problems) {
        if (base == UNKNOWN) return;
        try {
            Draw.typed(value, base);
        } catch (NumberFormatException e) {
            problems.error(at, "'" + value + "' is not a number, and the scenario has a number there");
        }
    }
}
