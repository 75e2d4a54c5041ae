package dev.stargate.model.scenario;

import dev.stargate.model.input.In;
import java.time.LocalDate;

/** A site's grid interconnect: how much it may import and from when. */
public record GridConnection(
        @In(doc = "Most power the site may import from the grid; 0 for an off-grid site", unit = "MW", min = 0, max = 100000, typicalMin = 1, typicalMax = 20000, defaultValue = "0")
        double interconnectMw,
        @In(doc = "Date from which the interconnect is available (absent: from the start)", required = false)
        java.time.LocalDate availableDate,
        @In(doc = "Grid import price overriding the region's, e.g. a contracted tariff", unit = "USD/MWh", min = 0, max = 2000, required = false)
        Double priceUsdPerMwh) {

    public boolean availableOn(LocalDate day) {
        return interconnectMw > 0 && (availableDate == null || !day.isBefore(availableDate));
    }
}
