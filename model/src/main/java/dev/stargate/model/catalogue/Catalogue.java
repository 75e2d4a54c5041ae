package dev.stargate.model.catalogue;

import dev.stargate.model.input.In;
import java.util.Map;

/** Everything Stargate knows about the world before a scenario: each map is keyed by name. */
public record Catalogue(
        @In(doc = "Accelerator types, by name")
        Map<String, Accelerator> accelerators,
        @In(doc = "Cooling technologies, by name")
        Map<String, CoolingTechnology> cooling,
        @In(doc = "Energy technologies, by name")
        Map<String, EnergyTechnology> energy,
        @In(doc = "Grid regions, by name")
        Map<String, GridRegion> regions,
        @In(doc = "Served model classes, by name")
        Map<String, ModelClass> models) {

    /** The catalogue sections, in file order; each is one YAML file under {@code catalogue/}. */
    public static final String[] SECTIONS = {"accelerators", "cooling", "energy", "regions", "models"};
}
