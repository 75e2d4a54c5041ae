package dev.stargate.model.scenario;

import dev.stargate.model.input.In;
import java.time.LocalDate;

/** An energy asset serving one site: on-site generation, storage, or a dedicated contract. */
public record EnergyAsset(
        @In(doc = "Energy technology (catalogue name)")
        String technology,
        @In(doc = "Nameplate power", unit = "MW", min = 0, minExclusive = true, max = 100000, typicalMin = 0.5, typicalMax = 20000)
        double capacityMw,
        @In(doc = "Date the asset starts operating (absent: from the start)", required = false)
        LocalDate onlineDate,
        @In(doc = "Price per MWh delivered under a contract (PPA); absent: the technology's variable cost applies and its capex is counted", unit = "USD/MWh", min = 0, max = 2000, required = false)
        Double priceUsdPerMwh,
        @In(doc = "Backup only: runs when grid and the other assets cannot cover the load (e.g. standby turbines)", defaultValue = "false")
        boolean backup) {
}
