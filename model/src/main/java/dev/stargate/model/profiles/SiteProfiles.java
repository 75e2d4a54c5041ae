package dev.stargate.model.profiles;

/**
 * Weather at one site for every step of the horizon: outdoor temperature, and the capacity
 * factors (output ÷ nameplate) of solar PV and onshore wind there.
 */
public record SiteProfiles(double[] temperatureDegC, double[] solarCf, double[] windCf) {
    public int steps() {
        return temperatureDegC.length;
    }
}
