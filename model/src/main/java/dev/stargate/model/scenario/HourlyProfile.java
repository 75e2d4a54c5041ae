package dev.stargate.model.scenario;

import java.time.LocalDateTime;

/**
 * A site's measured or externally modelled weather, hour by hour from {@code start} (UTC). A
 * column that the file did not give is null: the built-in generator supplies it.
 */
public record HourlyProfile(String file, LocalDateTime start, double[] temperatureDegC, double[] solarCf, double[] windCf) {
    public int hours() {
        double[] any = temperatureDegC != null ? temperatureDegC : solarCf != null ? solarCf : windCf;
        return any == null ? 0 : any.length;
    }

    public LocalDateTime end() {
        return start.plusHours(hours());
    }
}
