package dev.stargate.model.catalogue;

import dev.stargate.model.input.In;
import java.util.List;

/**
 * A cooling technology: rack density limit, PUE as a function of outdoor temperature, water use,
 * facility capex and land use. PUE(T) = pueBase + pueSlopePerDegC × max(0, T − pueKneeDegC).
 */
public record CoolingTechnology(
        @In(doc = "Catalogue name of the cooling technology", key = true)
        String name,
        @In(doc = "Human-readable name")
        String displayName,
        @In(doc = "Highest IT power per rack this cooling can remove", unit = "kW", min = 1, max = 2000)
        double maxRackKw,
        @In(doc = "PUE when the outdoor temperature is at or below the knee", min = 1, max = 3)
        double pueBase,
        @In(doc = "Outdoor dry-bulb temperature above which cooling overhead rises", unit = "°C", min = -30, max = 50)
        double pueKneeDegC,
        @In(doc = "Rise of PUE per degree above the knee", unit = "1/°C", min = 0, max = 0.1)
        double pueSlopePerDegC,
        @In(doc = "Water consumed per unit of IT energy (WUE)", unit = "L/kWh", min = 0, max = 20)
        double wueLPerKwh,
        @In(doc = "Facility capex per MW of IT capacity: shell, power and cooling, excluding IT and land", unit = "USD/MW", min = 0, max = 1e9)
        double capexUsdPerMw,
        @In(doc = "Years over which the facility capex is depreciated", unit = "years", min = 1, max = 60)
        double lifetimeYears,
        @In(doc = "Facility operations and maintenance per MW of IT capacity and year", unit = "USD/MW-year", min = 0, max = 1e8)
        double fixedOmUsdPerMwYear,
        @In(doc = "Land needed per MW of facility power", unit = "acres/MW", min = 0, max = 100)
        double landAcresPerMw,
        @In(doc = "Confidence grade: A primary, B reputable press, C secondary or assumption", defaultValue = "C")
        String confidence,
        @In(doc = "Where the figures come from", required = false)
        List<String> source,
        @In(doc = "Assumptions and derivations, each marked as such", required = false)
        List<String> notes) {

    /** Power usage effectiveness at an outdoor temperature. */
    public double pue(double outdoorDegC) {
        return pueBase + pueSlopePerDegC * Math.max(0.0, outdoorDegC - pueKneeDegC);
    }
}
