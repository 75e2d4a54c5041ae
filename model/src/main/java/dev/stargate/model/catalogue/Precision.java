package dev.stargate.model.catalogue;

/** Numeric precision of training or inference arithmetic. */
public enum Precision { BF16, FP8, FP4 }
