package dev.stargate.server.store;

import java.time.Instant;

/**
 * A run as stored: what ran (a snapshot of the scenario's text and version, so later edits do not
 * change it), how (kind, seed, time limit) and where it is. {@code scenarioSource} is null in
 * listings; {@code scenarioId} is null once the scenario is deleted. A run belongs to its
 * scenario's workspace.
 */
public record RunRecord(long id, long workspaceId, Long scenarioId, String scenarioName, int scenarioVersion, String scenarioSource, RunKind kind,
                        Long seed, Double timeLimitSeconds, RunStatus status, double progress, String stage, String error,
                        int attempts, Instant createdAt, Instant startedAt, Instant finishedAt) {}
