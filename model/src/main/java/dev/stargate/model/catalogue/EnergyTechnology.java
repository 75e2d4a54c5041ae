package dev.stargate.model.catalogue;

import dev.stargate.model.input.In;
import java.util.List;

/** An energy technology a site can draw on: costs, availability, lifetime, lead time and carbon. */
public record EnergyTechnology(
        @In(doc = "Catalogue name of the energy technology", key = true)
        String name,
        @In(doc = "Human-readable name")
        String displayName,
        @In(doc = "How the technology is dispatched")
        EnergyKind kind,
        @In(doc = "Whether the energy it delivers counts as carbon-free (grid: the region's share applies)")
        boolean carbonFree,
        @In(doc = "Overnight capital cost per kW of nameplate (AC for solar)", unit = "USD/kW", min = 0, max = 100000)
        double capexUsdPerKw,
        @In(doc = "Fixed operations and maintenance per kW of nameplate and year", unit = "USD/kW-year", min = 0, max = 10000)
        double fixedOmUsdPerKwYear,
        @In(doc = "Variable operations and maintenance per MWh delivered", unit = "USD/MWh", min = 0, max = 10000)
        double variableOmUsdPerMwh,
        @In(doc = "Fuel cost per MWh of electricity delivered (heat rate × fuel price)", unit = "USD/MWh", min = 0, max = 10000)
        double fuelUsdPerMwh,
        @In(doc = "Typical annual capacity factor (for firm technologies: availability, the most output a year can give)", min = 0, max = 1)
        double capacityFactor,
        @In(doc = "Economic lifetime over which capex is annualised", unit = "years", min = 1, max = 100)
        double lifetimeYears,
        @In(doc = "Typical time from order to operation", unit = "years", min = 0, max = 30)
        double leadTimeYears,
        @In(doc = "Direct (combustion) CO2 per MWh delivered; the grid's comes from its region", unit = "kg/MWh", min = 0, max = 2000)
        double directCarbonKgPerMwh,
        @In(doc = "Life-cycle greenhouse gases per MWh delivered, CO2-equivalent", unit = "kg/MWh", min = 0, max = 2000)
        double lifecycleCarbonKgPerMwh,
        @In(doc = "Storage: hours of discharge at full power", unit = "h", min = 0, max = 1000, defaultValue = "0")
        double storageHours,
        @In(doc = "Storage: energy out ÷ energy in over a cycle", min = 0, minExclusive = true, max = 1, defaultValue = "1")
        double roundTripEfficiency,
        @In(doc = "Confidence grade: A primary, B reputable press, C secondary or assumption", defaultValue = "C")
        String confidence,
        @In(doc = "Where the figures come from", required = false)
        List<String> source,
        @In(doc = "Assumptions and derivations, each marked as such", required = false)
        List<String> notes) {
}
