package dev.stargate.server.store;

import java.time.Instant;

/**
 * A scenario as a user saved it: its text exactly as sent (YAML or JSON) and a version that each
 * update increments. {@code source} is null in listings.
 */
public record StoredScenario(long id, long workspaceId, String name, String format, String source, int version, Instant createdAt, Instant updatedAt) {}
