package dev.stargate.model.scenario;

import dev.stargate.model.input.In;
import java.util.List;

/** Inference work: where users are, and the services they use. */
public record Inference(
        @In(doc = "Demand regions: population centres from which users send requests", required = false)
        List<DemandRegion> regions,
        @In(doc = "Inference services", required = false)
        List<InferenceService> services,
        @In(doc = "Fibre route length ÷ great-circle distance between users and a site", min = 1, max = 10, defaultValue = "1.5")
        double fibreRouteFactor,
        @In(doc = "Speed of light in optical fibre (c ÷ refractive index ≈ 1.47)", unit = "km/ms", min = 1, max = 300, defaultValue = "204")
        double fibreKmPerMs) {
}
