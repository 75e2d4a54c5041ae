package dev.stargate.model.scenario;

import dev.stargate.model.input.In;
import java.util.List;

/** A data-centre campus: where it is, its grid connection, cooling, on-site energy, phases and owners. */
public record Site(
        @In(doc = "Short unique name of the site (lower case, e.g. abilene)")
        String name,
        @In(doc = "Human-readable name", required = false)
        String displayName,
        @In(doc = "ISO 3166-1 alpha-2 country code (e.g. US, NO, AE)")
        String country,
        @In(doc = "Grid region (catalogue name): grid carbon, price and climate")
        String region,
        @In(doc = "Latitude of the site", unit = "°", min = -90, max = 90)
        double latitudeDeg,
        @In(doc = "Longitude of the site", unit = "°", min = -180, max = 180)
        double longitudeDeg,
        @In(doc = "Land available to the campus", unit = "acres", min = 0, max = 1e6, typicalMin = 5, typicalMax = 20000, required = false)
        Double landAcres,
        @In(doc = "Announced capacity, for reference (the model uses the phases)", unit = "MW", min = 0, max = 100000, typicalMax = 20000, required = false)
        Double announcedMw,
        @In(doc = "Cooling technology (catalogue name)")
        String cooling,
        @In(doc = "Connection to the public grid", defaultValue = "{}")
        GridConnection grid,
        @In(doc = "On-site and contracted energy assets", required = false)
        List<EnergyAsset> energy,
        @In(doc = "Phases that bring accelerators online")
        List<Phase> phases,
        @In(doc = "Owners and their shares of the site", required = false)
        List<Partner> partners,
        @In(doc = "Hourly weather CSV (columns: time in UTC, and any of temperatureDegC, solarCf, windCf) replacing the built-in generators; path relative to the scenario file", required = false)
        String profilesFile,
        @In(doc = "Sources of the site's facts", required = false)
        List<String> sources,
        @In(doc = "Assumptions made for this site where facts were missing", required = false)
        List<String> assumptions) {

    public String label() {
        return displayName == null ? name : displayName;
    }
}
