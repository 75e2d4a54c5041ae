package dev.stargate.model.scenario;

import dev.stargate.model.input.In;

/**
 * Failure and repair: accelerator failures at the catalogue's per-accelerator rate (times a
 * multiplier), plus correlated failures of whole nodes, racks and site power.
 */
public record Failures(
        @In(doc = "Multiplier on every accelerator's catalogue failure rate (2 doubles them)", min = 0, max = 1000, defaultValue = "1")
        double rateMultiplier,
        @In(doc = "Mean time to repair or replace a failed accelerator", unit = "h", min = 0, max = 10000, defaultValue = "48")
        double repairHours,
        @In(doc = "Distribution of repair times", defaultValue = "exponential")
        RepairDistribution repairDistribution,
        @In(doc = "Failures that take down a whole node (scale-up domain up to 8, else 8 accelerators), per node-day", unit = "1/node-day", min = 0, max = 1, defaultValue = "0")
        double nodeFailureRatePerDay,
        @In(doc = "Failures that take down a whole rack, per rack-day", unit = "1/rack-day", min = 0, max = 1, defaultValue = "0")
        double rackFailureRatePerDay,
        @In(doc = "Site power events that stop a whole site, per site-year", unit = "1/site-year", min = 0, max = 365, defaultValue = "0")
        double sitePowerEventsPerYear,
        @In(doc = "Duration of a site power event", unit = "h", min = 0, max = 10000, defaultValue = "4")
        double sitePowerEventHours) {
}
