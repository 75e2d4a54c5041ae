package dev.stargate.model.catalogue;

/** How an energy technology is dispatched. */
public enum EnergyKind {
    /** Import from the public grid, up to the site's interconnect. */
    GRID,
    /** Variable output following the sun. */
    SOLAR,
    /** Variable output following the wind. */
    WIND,
    /** Charges from surplus, discharges into shortfall. */
    STORAGE,
    /** Dispatchable up to its capacity (gas, nuclear, hydro). */
    FIRM
}
