package dev.stargate.engine.results;

/** Everything a run produces: the summary, and (when recorded) the hourly tables. */
public record RunResult(RunSummary summary, HourlySites hourlySites, InferenceHourly inferenceHourly) {}
