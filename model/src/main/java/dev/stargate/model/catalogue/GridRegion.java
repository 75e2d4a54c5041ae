package dev.stargate.model.catalogue;

import dev.stargate.model.input.In;
import java.util.List;

/**
 * A grid region: the carbon and price of grid electricity, and the climate normals and renewable
 * resource that calibrate the built-in hourly profile generators.
 */
public record GridRegion(
        @In(doc = "Catalogue name of the grid region", key = true)
        String name,
        @In(doc = "Human-readable name")
        String displayName,
        @In(doc = "ISO 3166-1 alpha-2 country code", required = true)
        String country,
        @In(doc = "Direct CO2 emitted per MWh of grid electricity (annual average)", unit = "kg/MWh", min = 0, max = 2000)
        double carbonKgPerMwh,
        @In(doc = "Share of grid electricity from carbon-free sources (annual average)", min = 0, max = 1)
        double carbonFreeShare,
        @In(doc = "Price of grid electricity for a large industrial load", unit = "USD/MWh", min = 0, max = 2000)
        double priceUsdPerMwh,
        @In(doc = "Annual mean outdoor temperature", unit = "°C", min = -40, max = 45)
        double meanTempDegC,
        @In(doc = "Half the difference between the warmest and coldest monthly means", unit = "°C", min = 0, max = 40)
        double seasonalAmplitudeDegC,
        @In(doc = "Half the typical daily temperature range", unit = "°C", min = 0, max = 25)
        double diurnalAmplitudeDegC,
        @In(doc = "Day of the year (1-366) of the warmest seasonal temperature", min = 1, max = 366)
        int warmestDayOfYear,
        @In(doc = "Annual capacity factor of utility solar PV in the region (calibrates the solar generator)", min = 0, max = 1)
        double solarCapacityFactor,
        @In(doc = "Annual capacity factor of onshore wind in the region (calibrates the wind generator)", min = 0, max = 1)
        double windCapacityFactor,
        @In(doc = "Confidence grade: A primary, B reputable press, C secondary or assumption", defaultValue = "C")
        String confidence,
        @In(doc = "Where the figures come from", required = false)
        List<String> source,
        @In(doc = "Assumptions and derivations, each marked as such", required = false)
        List<String> notes) {
}
