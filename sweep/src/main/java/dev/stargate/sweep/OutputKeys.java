package dev.stargate.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stargate.engine.results.RunSummary;
import dev.stargate.planner.PlanReport;
import dev.stargate.report.RunFiles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers a sample reports: every numeric value of the run summary (docs/run-summary.md) or
 * of the plan (docs/plan.md) by its dotted key, e.g. {@code training.goodput},
 * {@code energy.bySourceMwh.grid}, {@code plan.objectiveUsd}. Lists (per job, per service) are
 * left out, and so are {@code engine.*} and {@code plan.solveSeconds}, which describe the computer
 * rather than the fleet (and would make identical samples differ between executions).
 */
final class OutputKeys {
    private static final String ENGINE = "engine.";
    private static final String SOLVE_SECONDS = "plan.solveSeconds";

    private OutputKeys() {}

    /** The keys a kind of run can report: exact keys, and map keys ending in '.' that take any name after them. */
    static List<String> known(SweepKind kind) {
        List<String> out = new ArrayList<>();
        if (kind == SweepKind.SIMULATE) walk(RunSummary.class, "", out);
        else walk(PlanReport.class, "", out);
        out.removeIf(OutputKeys::aboutTheComputer);
        return out;
    }

    static boolean isKnown(String key, List<String> known) {
        for (String k : known) {
            if (k.equals(key) || (k.endsWith(".") && key.startsWith(k) && key.length() > k.length())) return true;
        }
        return false;
    }

    private static boolean aboutTheComputer(String key) {
        return key.startsWith(ENGINE) || key.equals(SOLVE_SECONDS);
    }

    private static void walk(Class<?> type, String prefix, List<String> out) {
        for (RecordComponent rc : type.getRecordComponents()) {
            Class<?> t = rc.getType();
            String key = prefix + rc.getName();
            if (t.isRecord()) {
                walk(t, key + ".", out);
            } else if (Map.class.isAssignableFrom(t)) {
                Type v = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[1];
                if (v instanceof Class<?> c && Number.class.isAssignableFrom(c)) out.add(key + ".");
            } else if (t.isPrimitive() ? t != boolean.class : Number.class.isAssignableFrom(t)) {
                out.add(key);
            }
        }
    }

    /** A result's numbers by key, from its JSON form (the summary or the plan document). */
    static Map<String, Double> flatten(Object result) {
        Map<String, Double> out = new LinkedHashMap<>();
        flatten(RunFiles.JSON.valueToTree(result), "", out);
        out.keySet().removeIf(OutputKeys::aboutTheComputer);
        return out;
    }

    private static void flatten(JsonNode n, String prefix, Map<String, Double> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> flatten(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out));
        } else if (n.isNumber()) {
            out.put(prefix, n.doubleValue());
        }
    }
}
