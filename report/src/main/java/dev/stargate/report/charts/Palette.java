package dev.stargate.report.charts;

/** Colours: the Okabe-Ito set (distinguishable with common colour-vision deficiencies) and a carbon scale. */
public final class Palette {
    public static final String[] SERIES = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000",
            "#7F7F7F", "#8C564B"};
    public static final String AXIS = "#555";
    public static final String GRID = "#e3e3e3";
    public static final String TEXT = "#222";
    public static final String LAND = "#e9ecef";
    public static final String BORDER = "#ffffff";

    private Palette() {}

    public static String series(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** A colour for an energy source by name, stable across charts. */
    public static String source(String name) {
        return switch (name) {
            case "grid" -> "#7F7F7F";
            case "solar_pv" -> "#E69F00";
            case "wind_onshore" -> "#56B4E9";
            case "battery_4h" -> "#CC79A7";
            case "gas_engine", "gas_ccgt", "gas_peaker" -> "#D55E00";
            case "nuclear_large", "nuclear_smr" -> "#0072B2";
            case "hydro" -> "#009E73";
            default -> series(Math.abs(name.hashCode()));
        };
    }

    /** Green (no carbon) through yellow to red (coal-heavy grids, ≥ 700 kg/MWh). */
    public static String carbon(double kgPerMwh) {
        double t = Math.max(0, Math.min(1, kgPerMwh / 700.0));
        int r;
        int g;
        if (t < 0.5) {
            r = (int) Math.round(26 + (230 - 26) * t * 2);
            g = (int) Math.round(152 + (200 - 152) * t * 2);
        } else {
            r = (int) Math.round(230 + (215 - 230) * (t - 0.5) * 2);
            g = (int) Math.round(200 - (200 - 48) * (t - 0.5) * 2);
        }
        int b = (int) Math.round(80 - 40 * t);
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
