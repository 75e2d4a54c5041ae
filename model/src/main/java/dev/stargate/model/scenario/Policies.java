package dev.stargate.model.scenario;

import dev.stargate.model.input.In;

/** The policies the engine applies, each chosen by name. */
public record Policies(
        @In(doc = "Where training jobs are placed", defaultValue = "first_fit")
        PlacementPolicy placement,
        @In(doc = "Which site serves a region's requests first", defaultValue = "nearest")
        RoutingPolicy routing,
        @In(doc = "What is capped first when a site's energy supply falls short", defaultValue = "training_first")
        PowerCapOrder powerCap,
        @In(doc = "Who gets accelerators first when training and inference compete", defaultValue = "training")
        CapacityPriority capacityPriority,
        @In(doc = "Share of each site's healthy accelerators kept for inference, whatever the priority", min = 0, max = 1, defaultValue = "0")
        double inferenceReserveFraction) {
}
