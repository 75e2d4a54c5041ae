package dev.stargate.model.input;

/** Errors make an input unusable; warnings flag plausible mistakes (e.g. MW written for GW). */
public enum Severity { ERROR, WARNING }
