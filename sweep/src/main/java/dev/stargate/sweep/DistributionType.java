package dev.stargate.sweep;

/** The shapes a parameter's values may be drawn from. */
public enum DistributionType { UNIFORM, NORMAL, TRIANGULAR, CHOICE, DATE_SHIFT }
