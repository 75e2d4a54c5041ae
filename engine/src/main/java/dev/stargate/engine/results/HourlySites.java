package dev.stargate.engine.results;

import java.util.List;
import java.util.Set;

/**
 * Per site and step: power, energy by source, carbon, cost, caps and accelerator use. Columnar
 * (one double[] per column, row = step × sites + site) so a year of a large fleet stays compact.
 */
public record HourlySites(List<String> siteNames, List<String> columns, int steps, int stepMinutes,
                          long startEpochSecond, double[][] values) {
    /**
     * Columns that describe conditions at a site (ratios, weather, capacity factors, caps) rather
     * than quantities: they do not add up over sites. The rest (MW, MWh, kg, m³, USD, accelerators) do.
     */
    public static final Set<String> NOT_ADDITIVE = Set.of("pue", "temperatureDegC", "solarCf", "windCf", "trainingCap", "inferenceCap");

    public int rows() {
        return steps * siteNames.size();
    }

    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no column " + name);
        return i;
    }

    public double get(String column, int step, int site) {
        return values[column(column)][step * siteNames.size() + site];
    }
}
