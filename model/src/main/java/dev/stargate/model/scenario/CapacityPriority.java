package dev.stargate.model.scenario;

/** Which work gets healthy accelerators first when both want them. */
public enum CapacityPriority { TRAINING, INFERENCE }
