package dev.stargate.model.planning;

import dev.stargate.model.input.In;
import dev.stargate.model.scenario.Partner;
import java.util.List;

/**
 * A site the plan may build on. With {@code site}, location, region, cooling, land, grid and
 * partners come from that scenario site (fields given here override), and its phases online by a
 * year are committed capacity; otherwise they are given here.
 */
public record Candidate(
        @In(doc = "Unique name of the candidate (an existing site's name when it extends one)")
        String name,
        @In(doc = "Scenario site this candidate extends (absent: a new site)", required = false)
        String site,
        @In(doc = "ISO country code (new sites)", required = false)
        String country,
        @In(doc = "Grid region (catalogue name; new sites)", required = false)
        String region,
        @In(doc = "Latitude (new sites)", unit = "°", min = -90, max = 90, required = false)
        Double latitudeDeg,
        @In(doc = "Longitude (new sites)", unit = "°", min = -180, max = 180, required = false)
        Double longitudeDeg,
        @In(doc = "Most IT capacity the site can hold, committed included", unit = "MW", min = 0, max = 1e6, typicalMax = 20000)
        double maxItMw,
        @In(doc = "Land available (absent: the site's, or unlimited)", unit = "acres", min = 0, max = 1e6, required = false)
        Double landAcres,
        @In(doc = "Grid interconnect (absent: the site's)", unit = "MW", min = 0, max = 1e6, required = false)
        Double interconnectMw,
        @In(doc = "First year the interconnect can be used (absent: the site's date, or the start)", min = 2000, max = 2100, required = false)
        Integer interconnectYear,
        @In(doc = "Cooling technologies the site may use (absent: the site's); the plan picks one", required = false)
        List<String> coolingOptions,
        @In(doc = "Energy technologies the plan may build at the site", required = false)
        List<String> energyOptions,
        @In(doc = "Years from construction start to the first capacity online", unit = "years", min = 0, max = 20, defaultValue = "2")
        int leadTimeYears,
        @In(doc = "Block size here (absent: planning.blockMw)", unit = "MW", min = 1, max = 10000, required = false)
        Double blockMw,
        @In(doc = "Capital to develop the site (land, roads, substation), spent when it opens", unit = "USD", min = 0, max = 1e12, defaultValue = "0")
        double siteCostUsd,
        @In(doc = "Owners and shares (absent: the site's)", required = false)
        List<Partner> partners) {
}
