package dev.stargate.sweep;

import dev.stargate.model.input.In;

/** A sweep file: one {@code sweep:} section (docs/sweeps.md). */
public record SweepFile(
        @In(doc = "The sweep: a scenario, the parameters varied and how samples are drawn")
        Sweep sweep) {}
