package dev.stargate.model.scenario;

import dev.stargate.model.input.In;

/** An owner of a site and its share of the site's capacity, cost and energy. */
public record Partner(
        @In(doc = "Partner name")
        String name,
        @In(doc = "Ownership share of the site", min = 0, minExclusive = true, max = 1)
        double share) {
}
