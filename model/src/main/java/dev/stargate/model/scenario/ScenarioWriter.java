package dev.stargate.model.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stargate.model.input.Unbinder;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a scenario as YAML in the format {@link ScenarioLoader} reads (used by the planner and round-trip tests). */
public final class ScenarioWriter {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private ScenarioWriter() {}

    /** The scenario, with {@code catalogueOverrides} (plain values, may be null) written first. */
    @SuppressWarnings("unchecked")
    public static String toYaml(Scenario scenario, Object catalogueOverrides) {
        Map<String, Object> plain = (Map<String, Object>) Unbinder.toPlain(scenario);
        Map<String, Object> out = new LinkedHashMap<>();
        plain.forEach((k, v) -> {
            out.put(k, v);
            if (k.equals("seed") && catalogueOverrides != null) out.put("catalogue", catalogueOverrides);
        });
        try {
            return YAML.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
