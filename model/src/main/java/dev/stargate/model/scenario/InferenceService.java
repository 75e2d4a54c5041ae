package dev.stargate.model.scenario;

import dev.stargate.model.input.In;
import java.util.List;

/** A served model with its demand by region, latency targets and residency rule. */
public record InferenceService(
        @In(doc = "Unique name of the service")
        String name,
        @In(doc = "Model class (catalogue name): throughput per accelerator type and unloaded latencies")
        String model,
        @In(doc = "Demand by region at the horizon start")
        List<Demand> demand,
        @In(doc = "Demand growth per year as a fraction (1.0 doubles in a year), compounded continuously", min = -1, max = 100, defaultValue = "0")
        double growthPerYear,
        @In(doc = "Daily swing of demand around its mean as a fraction of the mean", min = 0, max = 1, defaultValue = "0.3")
        double diurnalAmplitude,
        @In(doc = "Local hour of peak demand", unit = "h", min = 0, max = 24, defaultValue = "14")
        double peakHourLocal,
        @In(doc = "Largest network round-trip time allowed between users and a serving site", unit = "ms", min = 1, max = 10000, defaultValue = "150")
        double rttBudgetMs,
        @In(doc = "Time-to-first-token target", unit = "ms", min = 1, max = 600000, defaultValue = "2000")
        double ttftSloMs,
        @In(doc = "Time-per-output-token target", unit = "ms", min = 1, max = 60000, defaultValue = "200")
        double tpotSloMs,
        @In(doc = "Countries where requests may be served (data residency); absent: any", required = false)
        List<String> allowedCountries) {
}
