package dev.stargate.model.scenario;

import dev.stargate.model.input.In;

/** Mean demand of one region for one service. */
public record Demand(
        @In(doc = "Demand region (name from inference.regions)")
        String region,
        @In(doc = "Mean output tokens demanded per second, averaged over a day", unit = "tokens/s", min = 0, max = 1e12, typicalMax = 1e10)
        double meanTokensPerSecond) {
}
