package dev.stargate.sweep;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Turns a probability u in (0, 1) into a parameter's value by its distribution's inverse CDF
 * (so Latin hypercube strata of u are strata of the value), typed like the scenario's own value:
 * whole numbers stay whole, dates stay dates, choices of text stay text.
 */
final class Draw {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    /** A drawn value and the number that stands for it in statistics. */
    record Value(Object value, double number) {}

    private Draw() {}

    static Value of(Distribution d, double u, Object base) {
        return switch (d.type()) {
            case UNIFORM -> number(d.min() + u * (d.max() - d.min()), base);
            case TRIANGULAR -> number(triangular(d.min(), d.mode(), d.max(), u), base);
            case NORMAL -> number(normal(d.mean(), d.sd(), d.min(), d.max(), u), base);
            case CHOICE -> choice(d.values(), d.weights(), u, base);
            case DATE_SHIFT -> {
                int days = d.minDays() + (int) Math.min(d.maxDays() - d.minDays(), Math.floor(u * (d.maxDays() - d.minDays() + 1)));
                yield new Value(LocalDate.parse(String.valueOf(base)).plusDays(days).toString(), days);
            }
        };
    }

    /** A grid value, typed like the scenario's value; its number is the value, or its position among the grid's. */
    static Value grid(List<String> values, int i, Object base) {
        Object v = typed(values.get(i), base);
        return new Value(v, v instanceof Number n ? n.doubleValue() : i);
    }

    static double triangular(double a, double c, double b, double u) {
        double fc = (c - a) / (b - a);
        return u < fc ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }

    /** A normal value, truncated to [min, max] when given (the inverse CDF of the truncated distribution). */
    static double normal(double mean, double sd, Double min, Double max, double u) {
        double lo = min == null ? 0 : STANDARD_NORMAL.cumulativeProbability((min - mean) / sd);
        double hi = max == null ? 1 : STANDARD_NORMAL.cumulativeProbability((max - mean) / sd);
        double p = lo + u * (hi - lo);
        p = Math.min(Math.max(p, 1e-15), 1 - 1e-15);
        double x = mean + sd * STANDARD_NORMAL.inverseCumulativeProbability(p);
        if (min != null) x = Math.max(min, x);
        if (max != null) x = Math.min(max, x);
        return x;
    }

    private static Value choice(List<String> values, List<Double> given, double u, Object base) {
        List<Double> weights = given == null || given.isEmpty() ? null : given;
        double total = 0;
        for (int i = 0; i < values.size(); i++) total += weights == null ? 1 : weights.get(i);
        double acc = 0;
        int pick = values.size() - 1;
        for (int i = 0; i < values.size(); i++) {
            acc += (weights == null ? 1 : weights.get(i)) / total;
            if (u < acc) {
                pick = i;
                break;
            }
        }
        Object v = typed(values.get(pick), base);
        return new Value(v, v instanceof Number n ? n.doubleValue() : pick);
    }

    /** A number for a field: whole when the scenario's value is whole. */
    private static Value number(double x, Object base) {
        if (whole(base)) {
            long r = Math.round(x);
            return new Value(r, r);
        }
        return new Value(x, x);
    }

    /** Is the scenario's value a whole number (as YAML gave it, or as catalogue text such as "12")? */
    static boolean whole(Object base) {
        return base instanceof Integer || base instanceof Long || (base instanceof String t && t.strip().matches("-?\\d+"));
    }

    /** Is the scenario's value a number (catalogue values may come as text such as "4.7e-4")? */
    static boolean numeric(Object base) {
        if (base instanceof Number) return true;
        if (!(base instanceof String t)) return false;
        try {
            Double.parseDouble(t.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Text from a choice or grid as the scenario's value's type: a number, true/false, or text. */
    static Object typed(String text, Object base) {
        if (whole(base)) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                return Double.parseDouble(text.strip());
            }
        }
        if (numeric(base)) return Double.parseDouble(text.strip());
        if (base instanceof Boolean) return Boolean.parseBoolean(text.strip());
        return text;
    }
}
