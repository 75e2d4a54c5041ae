package dev.stargate.model.sizing;

import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Static figures of a whole fleet once every phase is online: per site and in total. */
public record FleetSizing(List<SiteSizing> sites, Map<String, Long> acceleratorsByType, long accelerators,
                          long racks, double itMw, double facilityMwAtDesign, double landAcresNeeded,
                          double capexFacilityUsd, double capexAcceleratorsUsd, double capexEnergyUsd) {

    public double capexUsd() {
        return capexFacilityUsd + capexAcceleratorsUsd + capexEnergyUsd;
    }

    public static FleetSizing of(Scenario scenario, Catalogue catalogue) {
        List<SiteSizing> sites = scenario.sites().stream().map(s -> SiteSizing.of(s, catalogue)).toList();
        Map<String, Long> byType = new TreeMap<>();
        sites.forEach(s -> s.acceleratorsByType().forEach((k, v) -> byType.merge(k, v, Long::sum)));
        return new FleetSizing(sites, byType,
                sites.stream().mapToLong(SiteSizing::accelerators).sum(),
                sites.stream().mapToLong(SiteSizing::racks).sum(),
                sites.stream().mapToDouble(SiteSizing::itMw).sum(),
                sites.stream().mapToDouble(SiteSizing::facilityMwAtDesign).sum(),
                sites.stream().mapToDouble(SiteSizing::landAcresNeeded).sum(),
                sites.stream().mapToDouble(SiteSizing::capexFacilityUsd).sum(),
                sites.stream().mapToDouble(SiteSizing::capexAcceleratorsUsd).sum(),
                sites.stream().mapToDouble(SiteSizing::capexEnergyUsd).sum());
    }
}
