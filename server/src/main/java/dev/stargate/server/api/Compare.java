package dev.stargate.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Two runs' key figures side by side, read from their summaries by key (docs/run-summary.md) so
 * that the comparison shows exactly what the summaries say.
 */
final class Compare {
    /** One figure: its summary key, a label and its unit. */
    record Figure(String key, String label, String unit) {}

    /** A row of the comparison: both values, their difference and the relative difference. */
    record Row(String key, String label, String unit, Double a, Double b, Double difference, Double relative) {}

    record RunRef(long id, String scenarioName, int scenarioVersion, String kind, Long seed) {}

    record Result(RunRef a, RunRef b, List<Row> figures) {}

    static final List<Figure> FIGURES = List.of(
            new Figure("fleet.sites", "Sites", ""),
            new Figure("fleet.accelerators", "Accelerators at the horizon end", ""),
            new Figure("fleet.itCapacityMw", "IT capacity at the horizon end", "MW"),
            new Figure("power.peakFacilityMw", "Peak facility power", "MW"),
            new Figure("power.meanPue", "Mean PUE", ""),
            new Figure("energy.facilityMwh", "Facility energy", "MWh"),
            new Figure("energy.carbonTonnes", "Carbon", "t CO2"),
            new Figure("energy.carbonFreeShare", "Carbon-free share", ""),
            new Figure("energy.waterM3", "Water", "m³"),
            new Figure("energy.shortfallMwh", "Energy shortfall", "MWh"),
            new Figure("training.completed", "Training jobs completed", ""),
            new Figure("training.goodput", "Training goodput", ""),
            new Figure("training.interruptions", "Training interruptions", ""),
            new Figure("training.lostAcceleratorHours", "Accelerator-hours lost", "h"),
            new Figure("inference.sloAttainment", "Inference SLO attainment", ""),
            new Figure("inference.p99RttMs", "p99 round-trip time", "ms"),
            new Figure("inference.meanTtftMs", "Mean time to first token", "ms"),
            new Figure("cost.totalUsd", "Total cost of the horizon", "USD"),
            new Figure("cost.investmentUsd", "Investment online at the horizon end", "USD"),
            new Figure("cost.usdPerAcceleratorHour", "Cost per accelerator-hour", "USD/h"),
            new Figure("cost.usdPerMillionTokens", "Cost per million tokens", "USD"));

    private Compare() {}

    static List<Row> rows(JsonNode a, JsonNode b) {
        List<Row> out = new ArrayList<>();
        for (Figure f : FIGURES) {
            Double va = value(a, f.key());
            Double vb = value(b, f.key());
            Double diff = va != null && vb != null ? vb - va : null;
            Double rel = diff != null && va != 0 ? diff / Math.abs(va) : null;
            out.add(new Row(f.key(), f.label(), f.unit(), va, vb, diff, rel));
        }
        return out;
    }

    private static Double value(JsonNode summary, String key) {
        JsonNode n = summary.at("/" + key.replace('.', '/'));
        return n.isNumber() ? n.doubleValue() : null;
    }
}
