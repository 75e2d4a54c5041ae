package dev.stargate.model.scenario;

/** The order in which a region's requests try sites within the round-trip budget. */
public enum RoutingPolicy { NEAREST, CHEAPEST, GREENEST }
