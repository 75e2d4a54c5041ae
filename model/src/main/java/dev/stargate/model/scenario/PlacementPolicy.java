package dev.stargate.model.scenario;

/** How a training job chooses a site among those with room. */
public enum PlacementPolicy {
    /** The first site in scenario order. */
    FIRST_FIT,
    /** The site whose free accelerators exceed the job's need by the least. */
    BEST_FIT,
    /** The site with the lowest energy price. */
    CHEAPEST,
    /** The site with the lowest grid carbon intensity. */
    GREENEST
}
