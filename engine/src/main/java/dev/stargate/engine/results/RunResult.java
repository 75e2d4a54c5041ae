package dev.stargate.engine.results;

import java.util.List;

/**
 * Everything a run produces: the summary, (when recorded) the hourly tables, and each job's
 * interruption times in seconds from the horizon start (in the order of
 * {@code summary.training.jobsDetail}; at most 2,000 per job, evenly thinned over the run).
 */
public record RunResult(RunSummary summary, HourlySites hourlySites, InferenceHourly inferenceHourly,
                        List<long[]> interruptionSeconds) {}
