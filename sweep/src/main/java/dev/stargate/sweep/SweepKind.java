package dev.stargate.sweep;

/** What each sample of a sweep runs. */
public enum SweepKind { SIMULATE, PLAN }
