package dev.stargate.model.profiles;

import dev.stargate.model.profiles.Streams;
import dev.stargate.model.catalogue.GridRegion;
import dev.stargate.model.scenario.Site;
import dev.stargate.model.scenario.Weather;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Built-in generators of a site's weather, calibrated to its region's climate normals and
 * renewable capacity factors:
 * <ul>
 *   <li>temperature: annual mean + seasonal cosine peaking on the warmest day + daily cosine
 *       peaking at the warmest local solar hour;</li>
 *   <li>solar: cosine of the sun's zenith angle at the site (declination and hour angle from the
 *       day of year and local solar time) times a daily clearness factor, scaled so that the
 *       capacity factor over whole years equals the region's;</li>
 *   <li>wind: a log-normal speed with AR(1) persistence through a turbine power curve (cubic
 *       between cut-in and rated speed, zero above cut-out), its mean speed solved so the capacity
 *       factor equals the region's.</li>
 * </ul>
 * Calibration runs over whole calendar years covering the horizon, so a one-month horizon sees
 * that month's share of the year's sun and wind. Random draws come from streams named after the
 * site, so other sites do not change them.
 */
public final class WeatherGenerator {
    private static final double DAYS_PER_YEAR = 365.25;
    private static final double MAX_DECLINATION_DEG = 23.44;
    private static final double SECONDS_PER_HOUR = 3600.0;

    private WeatherGenerator() {}

    /** Profiles for {@code steps} steps of {@code stepSeconds} from {@code start} (00:00 UTC). */
    public static SiteProfiles generate(Site site, GridRegion region, Weather w, LocalDate start, int steps,
                                        int stepSeconds, long seed) {
        // whole years around the horizon for calibration
        LocalDate yearStart = LocalDate.of(start.getYear(), 1, 1);
        long offsetSteps = (start.toEpochDay() - yearStart.toEpochDay()) * 86400L / stepSeconds;
        long endDay = start.toEpochDay() + (long) Math.ceil((double) steps * stepSeconds / 86400.0);
        LocalDate lastDay = LocalDate.ofEpochDay(endDay);
        LocalDate calEnd = LocalDate.of(lastDay.getYear() + (lastDay.getDayOfYear() == 1 ? 0 : 1), 1, 1);
        int calSteps = (int) ((calEnd.toEpochDay() - yearStart.toEpochDay()) * 86400L / stepSeconds);

        double[] temp = new double[calSteps];
        double[] solar = new double[calSteps];
        double[] wind = new double[calSteps];
        temperature(site, region, w, yearStart, stepSeconds, temp);
        solar(site, w, yearStart, stepSeconds, Streams.of(seed, "weather/solar/" + site.name()), solar);
        calibrate(solar, region.solarCapacityFactor());
        wind(w, stepSeconds, Streams.of(seed, "weather/wind/" + site.name()), region.windCapacityFactor(), wind);

        int from = (int) offsetSteps;
        return new SiteProfiles(slice(temp, from, steps), slice(solar, from, steps), slice(wind, from, steps));
    }

    private static double[] slice(double[] a, int from, int n) {
        double[] out = new double[n];
        System.arraycopy(a, from, out, 0, n);
        return out;
    }

    /** Local solar time in hours at the middle of a step. */
    private static double solarHour(long secondsFromMidnightUtc, int stepSeconds, double longitudeDeg) {
        double utcHour = (secondsFromMidnightUtc + stepSeconds / 2.0) / SECONDS_PER_HOUR;
        double h = utcHour + longitudeDeg / 15.0;
        return ((h % 24) + 24) % 24;
    }

    static void temperature(Site site, GridRegion r, Weather w, LocalDate yearStart, int stepSeconds, double[] out) {
        int perDay = 86400 / stepSeconds;
        for (int i = 0; i < out.length; i++) {
            int day = i / perDay;
            int doy = LocalDate.ofEpochDay(yearStart.toEpochDay() + day).getDayOfYear();
            double hour = solarHour((long) (i % perDay) * stepSeconds, stepSeconds, site.longitudeDeg());
            out[i] = r.meanTempDegC()
                    + r.seasonalAmplitudeDegC() * Math.cos(2 * Math.PI * (doy - r.warmestDayOfYear()) / DAYS_PER_YEAR)
                    + r.diurnalAmplitudeDegC() * Math.cos(2 * Math.PI * (hour - w.warmestHourLocal()) / 24.0);
        }
    }

    static void solar(Site site, Weather w, LocalDate yearStart, int stepSeconds, SplittableRandom rng, double[] out) {
        int perDay = 86400 / stepSeconds;
        double lat = Math.toRadians(site.latitudeDeg());
        double clearness = 1.0;
        int lastDay = -1;
        for (int i = 0; i < out.length; i++) {
            int day = i / perDay;
            if (day != lastDay) {
                clearness = Math.max(0.0, 1.0 + w.solarDayToDaySd() * Streams.normal(rng));
                lastDay = day;
            }
            int doy = LocalDate.ofEpochDay(yearStart.toEpochDay() + day).getDayOfYear();
            double decl = Math.toRadians(MAX_DECLINATION_DEG) * Math.sin(2 * Math.PI * (284 + doy) / 365.0);
            double hourAngle = Math.toRadians(15.0 * (solarHour((long) (i % perDay) * stepSeconds, stepSeconds, site.longitudeDeg()) - 12.0));
            double cosZenith = Math.sin(lat) * Math.sin(decl) + Math.cos(lat) * Math.cos(decl) * Math.cos(hourAngle);
            out[i] = Math.max(0.0, cosZenith) * clearness;
        }
    }

    /** Scales a shape so its mean equals {@code target}, clipping at 1 (output cannot exceed nameplate). */
    static void calibrate(double[] shape, double target) {
        double[] raw = shape.clone();
        double lo = 0;
        double hi = 1;
        while (mean(raw, hi) < target && hi < 1e6) hi *= 2;
        for (int k = 0; k < 60; k++) {
            double mid = (lo + hi) / 2;
            if (mean(raw, mid) < target) lo = mid;
            else hi = mid;
        }
        double s = (lo + hi) / 2;
        for (int i = 0; i < shape.length; i++) shape[i] = Math.min(1.0, raw[i] * s);
    }

    private static double mean(double[] raw, double scale) {
        double sum = 0;
        for (double v : raw) sum += Math.min(1.0, v * scale);
        return sum / raw.length;
    }

    static void wind(Weather w, int stepSeconds, SplittableRandom rng, double targetCf, double[] out) {
        double rho = Math.exp(-stepSeconds / SECONDS_PER_HOUR / w.windPersistenceH());
        double innovation = Math.sqrt(1 - rho * rho);
        double sd = w.windLogSpeedSd();
        double z = Streams.normal(rng);
        double[] speedFactor = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            speedFactor[i] = Math.exp(sd * z - sd * sd / 2); // mean 1
            z = rho * z + innovation * Streams.normal(rng);
        }
        // solve the mean speed (in units of rated speed) that gives the target capacity factor
        double lo = 0;
        double hi = 4;
        for (int k = 0; k < 60; k++) {
            double mid = (lo + hi) / 2;
            if (meanWindCf(speedFactor, mid, w) < targetCf) lo = mid;
            else hi = mid;
        }
        double meanSpeed = (lo + hi) / 2;
        for (int i = 0; i < out.length; i++) out[i] = powerCurve(speedFactor[i] * meanSpeed, w);
    }

    private static double meanWindCf(double[] f, double meanSpeed, Weather w) {
        double s = 0;
        for (double v : f) s += powerCurve(v * meanSpeed, w);
        return s / f.length;
    }

    /** Output ÷ rated power at a speed given in units of the rated speed. */
    static double powerCurve(double v, Weather w) {
        double in = w.windCutInRatio();
        if (v < in || v >= w.windCutOutRatio()) return 0;
        if (v >= 1) return 1;
        return (v * v * v - in * in * in) / (1 - in * in * in);
    }
}
