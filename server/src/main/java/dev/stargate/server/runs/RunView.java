package dev.stargate.server.runs;

import dev.stargate.server.store.RunRecord;
import java.time.Duration;
import java.time.Instant;

/**
 * A run as clients see it (GET /api/runs/{id}, the run list, live events): status, progress in
 * percent, the current stage, and timings in seconds.
 */
public record RunView(long id, Long scenarioId, String scenarioName, int scenarioVersion, String kind, Long seed,
                      Double timeLimitSeconds, String status, double progressPercent, String stage, String error, int attempts,
                      Instant createdAt, Instant startedAt, Instant finishedAt, Double queuedSeconds, Double runSeconds) {

    static RunView of(RunRecord r, Double liveProgress, String liveStage) {
        double progress = liveProgress != null ? liveProgress : r.progress();
        Instant now = Instant.now();
        Double queued = null;
        if (r.startedAt() != null) queued = seconds(r.createdAt(), r.startedAt());
        else if (!r.status().isFinal()) queued = seconds(r.createdAt(), now);
        Double running = null;
        if (r.startedAt() != null) running = seconds(r.startedAt(), r.finishedAt() != null ? r.finishedAt() : now);
        return new RunView(r.id(), r.scenarioId(), r.scenarioName(), r.scenarioVersion(), r.kind().wire(), r.seed(), r.timeLimitSeconds(),
                r.status().wire(), Math.round(progress * 1000) / 10.0, liveStage != null ? liveStage : r.stage(), r.error(), r.attempts(),
                r.createdAt(), r.startedAt(), r.finishedAt(), queued, running);
    }

    private static double seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis() / 1000.0);
    }
}
