package dev.stargate.model.scenario;

import dev.stargate.model.input.Location;

/**
 * A training job with the path and location that name it in messages: a scenario job
 * ({@code training.jobs[3]}, location found from the path) or a trace row (its file line).
 */
record LocatedJob(TrainingJob job, String path, Location location) {}
