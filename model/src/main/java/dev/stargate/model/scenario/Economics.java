package dev.stargate.model.scenario;

import dev.stargate.model.input.In;

/** Economic settings for annualising capex and valuing carbon. */
public record Economics(
        @In(doc = "Real discount rate for annualising capital and for NPV", min = 0, max = 1, typicalMax = 0.2, defaultValue = "0.08")
        double discountRate,
        @In(doc = "Price charged on each tonne of CO2 emitted", unit = "USD/t", min = 0, max = 10000, defaultValue = "0")
        double carbonPriceUsdPerTonne) {
}
