package dev.stargate.model.scenario;

import dev.stargate.model.input.In;

/** A population centre whose users send requests; its clock sets the daily shape of demand. */
public record DemandRegion(
        @In(doc = "Unique name of the region")
        String name,
        @In(doc = "ISO 3166-1 alpha-2 country code of the users")
        String country,
        @In(doc = "Latitude of the population centre", unit = "°", min = -90, max = 90)
        double latitudeDeg,
        @In(doc = "Longitude of the population centre", unit = "°", min = -180, max = 180)
        double longitudeDeg,
        @In(doc = "Offset of local time from UTC", unit = "h", min = -12, max = 14)
        double utcOffsetH) {
}
