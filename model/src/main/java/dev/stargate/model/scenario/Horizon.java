package dev.stargate.model.scenario;

import dev.stargate.model.input.In;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The simulated period [start, end) and the periodic step of power, energy and inference. */
public record Horizon(
        @In(doc = "First day simulated (00:00 UTC)")
        LocalDate start,
        @In(doc = "Day after the last day simulated (00:00 UTC, exclusive)")
        LocalDate end,
        @In(doc = "Step of the periodic tick for power, energy dispatch, inference and metrics; must divide a day", unit = "min", min = 5, max = 1440, defaultValue = "60")
        int stepMinutes) {

    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    public double hours() {
        return days() * 24.0;
    }
}
