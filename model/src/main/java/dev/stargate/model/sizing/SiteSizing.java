package dev.stargate.model.sizing;

import dev.stargate.model.catalogue.Accelerator;
import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.catalogue.CoolingTechnology;
import dev.stargate.model.catalogue.EnergyKind;
import dev.stargate.model.catalogue.EnergyTechnology;
import dev.stargate.model.catalogue.GridRegion;
import dev.stargate.model.scenario.EnergyAsset;
import dev.stargate.model.scenario.Phase;
import dev.stargate.model.scenario.Site;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Static figures of a site from its declaration and the catalogue: accelerators, racks, IT and
 * facility power, land, supply and capex. Used by validation, {@code describe} and the planner;
 * the engine computes the same quantities hour by hour.
 */
public record SiteSizing(
        Site site,
        Map<String, Long> acceleratorsByType,
        long accelerators,
        long racks,
        double itMw,
        double designPue,
        double meanPue,
        double facilityMwAtDesign,
        double landAcresNeeded,
        double firmSupplyMw,
        double storagePowerMw,
        double variableNameplateMw,
        double capexFacilityUsd,
        double capexAcceleratorsUsd,
        double capexEnergyUsd) {

    public double capexUsd() {
        return capexFacilityUsd + capexAcceleratorsUsd + capexEnergyUsd;
    }

    /** Everything the site will have once all its phases and assets are online. */
    public static SiteSizing of(Site site, Catalogue catalogue) {
        return asOf(site, catalogue, LocalDate.MAX);
    }

    /** What the site has on {@code day}: phases, assets and interconnect online by then. */
    public static SiteSizing asOf(Site site, Catalogue catalogue, LocalDate day) {
        CoolingTechnology cooling = catalogue.cooling().get(site.cooling());
        GridRegion region = catalogue.regions().get(site.region());
        Map<String, Long> byType = new TreeMap<>();
        long count = 0;
        long racks = 0;
        double itW = 0;
        double accCapex = 0;
        for (Phase p : site.phases()) {
            if (p.onlineDate().isAfter(day)) continue;
            Accelerator a = catalogue.accelerators().get(p.accelerator());
            byType.merge(p.accelerator(), (long) p.acceleratorCount(), Long::sum);
            count += p.acceleratorCount();
            racks += (p.acceleratorCount() + a.acceleratorsPerRack() - 1) / a.acceleratorsPerRack();
            itW += (double) p.acceleratorCount() * a.systemPowerW();
            accCapex += (double) p.acceleratorCount() * a.unitPriceUsd();
        }
        double itMw = itW / 1e6;
        double designTemp = region.meanTempDegC() + region.seasonalAmplitudeDegC() + region.diurnalAmplitudeDegC();
        double designPue = cooling.pue(designTemp);
        double meanPue = cooling.pue(region.meanTempDegC());
        double facilityMw = itMw * designPue;
        double firm = 0;
        double storage = 0;
        double variable = 0;
        double energyCapex = 0;
        for (EnergyAsset asset : site.energy()) {
            if (asset.onlineDate() != null && asset.onlineDate().isAfter(day)) continue;
            EnergyTechnology t = catalogue.energy().get(asset.technology());
            switch (t.kind()) {
                case FIRM -> firm += asset.capacityMw();
                case STORAGE -> storage += asset.capacityMw();
                case SOLAR, WIND -> variable += asset.capacityMw();
                case GRID -> { } // rejected by validation: grid import is grid.interconnectMw
            }
            if (asset.priceUsdPerMwh() == null && t.kind() != EnergyKind.GRID) {
                energyCapex += asset.capacityMw() * 1000.0 * t.capexUsdPerKw();
            }
        }
        return new SiteSizing(site, byType, count, racks, itMw, designPue, meanPue, facilityMw,
                facilityMw * cooling.landAcresPerMw(), firm, storage, variable,
                itMw * cooling.capexUsdPerMw(), accCapex, energyCapex);
    }

    /** Grid import available on {@code day}. */
    public static double interconnectMw(Site site, LocalDate day) {
        return site.grid().availableOn(day) ? site.grid().interconnectMw() : 0.0;
    }
}
