package dev.stargate.model.scenario;

/** Distribution of repair times around their mean. */
public enum RepairDistribution { FIXED, EXPONENTIAL }
