package dev.stargate.sweep;

import java.util.List;
import java.util.Map;

/** A finished sweep: the samples drawn, what each gave, the spreads and sensitivities, where and how long it ran. */
public record SweepRun(LoadedSweep sweep, List<Sample> samples, List<SampleResult> results, List<SweepStats.Spread> spreads,
                       Map<String, SweepStats.Sensitivity> sensitivity, String executor, double wallSeconds) {
    public long failed() {
        return results.stream().filter(r -> !r.ok()).count();
    }

    public double samplesPerMinute() {
        return results.size() / wallSeconds * 60;
    }
}
