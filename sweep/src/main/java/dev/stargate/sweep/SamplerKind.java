package dev.stargate.sweep;

/** How a sweep's samples are drawn. */
public enum SamplerKind { LATIN_HYPERCUBE, RANDOM, GRID }
