package dev.stargate.server;

import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;

/**
 * Scenario text sent to the server: YAML or JSON (JSON is read by the same located parser, so
 * errors point at the JSON's own line and column), validated exactly as the CLI validates a file,
 * except that it may not name files on the server.
 */
public final class ScenarioText {
    public static final String YAML = "yaml";
    public static final String JSON = "json";

    private ScenarioText() {}

    /** "json" for a JSON body (by content type, or a text starting with '{'), else "yaml". */
    public static String format(String contentType, String text) {
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) return JSON;
        return text.stripLeading().startsWith("{") ? JSON : YAML;
    }

    /**
     * Loads and validates; throws {@link dev.stargate.model.input.InvalidInputException} with every
     * problem. {@code label} names the text in locations (e.g. "scenario 12" or "request body").
     */
    public static LoadedScenario load(String text, String label) {
        return ScenarioLoader.parseWithoutFiles(text, label);
    }
}
