package dev.stargate.model.profiles;

import dev.stargate.model.scenario.HourlyProfile;
import java.time.temporal.ChronoUnit;

/** Hourly weather from a site's profile file, laid over the generated profiles column by column. */
public final class ProfileFiles {
    private ProfileFiles() {}

    /**
     * Profiles of {@code generated.steps()} steps of {@code stepSeconds} from {@code start}: each
     * step takes the value of the hour it starts in; columns the file lacks stay generated.
     */
    public static SiteProfiles overlay(SiteProfiles generated, HourlyProfile file, java.time.LocalDate start, int stepSeconds) {
        int steps = generated.steps();
        long offsetHours = ChronoUnit.HOURS.between(file.start(), start.atStartOfDay());
        return new SiteProfiles(
                pick(generated.temperatureDegC(), file.temperatureDegC(), offsetHours, steps, stepSeconds),
                pick(generated.solarCf(), file.solarCf(), offsetHours, steps, stepSeconds),
                pick(generated.windCf(), file.windCf(), offsetHours, steps, stepSeconds));
    }

    private static double[] pick(double[] generated, double[] hourly, long offsetHours, int steps, int stepSeconds) {
        if (hourly == null) return generated;
        double[] out = new double[steps];
        for (int k = 0; k < steps; k++) out[k] = hourly[(int) (offsetHours + (long) k * stepSeconds / 3600)];
        return out;
    }
}
