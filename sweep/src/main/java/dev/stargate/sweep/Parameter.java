package dev.stargate.sweep;

import dev.stargate.model.input.In;
import java.util.List;

/** One varied input: where it is in the scenario, and how its values are drawn. */
public record Parameter(
        @In(doc = "Path of the value in the scenario: fields by name, list items by their name or [index], catalogue entries "
                + "under catalogue.SECTION.NAME; e.g. sites.abilene.phases[1].onlineDate, catalogue.accelerators.nvidia_gb200.failureRatePerDay")
        String path,
        @In(doc = "How values are drawn (latin_hypercube and random samplers)", required = false)
        Distribution distribution,
        @In(doc = "Values of a grid sampler, every combination with the other parameters' grids", required = false)
        List<String> grid) {}
