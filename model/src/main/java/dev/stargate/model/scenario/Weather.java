package dev.stargate.model.scenario;

import dev.stargate.model.input.In;

/**
 * Settings of the built-in hourly weather generators. Temperature follows the region's climate
 * normals (seasonal and daily cosines); solar follows the sun's geometry at the site with a
 * day-to-day clearness factor; wind follows an autocorrelated log-normal speed through a generic
 * turbine power curve. Solar and wind are scaled so the year's capacity factor matches the region's.
 */
public record Weather(
        @In(doc = "Standard deviation of the daily clearness factor of solar output around its mean (fraction of the mean)", min = 0, max = 1, defaultValue = "0.25")
        double solarDayToDaySd,
        @In(doc = "Standard deviation of the logarithm of wind speed", min = 0, max = 2, defaultValue = "0.5")
        double windLogSpeedSd,
        @In(doc = "E-folding time of wind-speed anomalies (persistence of windy and calm spells)", unit = "h", min = 1, max = 1000, defaultValue = "36")
        double windPersistenceH,
        @In(doc = "Turbine cut-in speed ÷ rated speed (3 m/s ÷ 12 m/s for a typical utility turbine)", min = 0, max = 1, defaultValue = "0.25")
        double windCutInRatio,
        @In(doc = "Turbine cut-out speed ÷ rated speed (25 m/s ÷ 12 m/s for a typical utility turbine)", min = 1, max = 5, defaultValue = "2.08")
        double windCutOutRatio,
        @In(doc = "Local solar hour of the daily temperature maximum", unit = "h", min = 0, max = 24, defaultValue = "15")
        double warmestHourLocal) {
}
