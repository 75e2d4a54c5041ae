package dev.stargate.model.catalogue;

import dev.stargate.model.input.In;
import java.util.List;
import java.util.Map;

/** A class of served model: its throughput on each accelerator type and its unloaded latencies. */
public record ModelClass(
        @In(doc = "Catalogue name of the model class", key = true)
        String name,
        @In(doc = "Human-readable name")
        String displayName,
        @In(doc = "Parameters of the reference model", unit = "billion", min = 0, max = 100000)
        double parametersB,
        @In(doc = "Output tokens per second per accelerator at the throughput the serving stack sustains, by accelerator name", unit = "tokens/s", min = 0, max = 1e7)
        Map<String, Double> tokensPerSecondPerAccelerator,
        @In(doc = "Time to first token on an unloaded server", unit = "ms", min = 0, max = 600000)
        double baseTtftMs,
        @In(doc = "Time per output token on an unloaded server", unit = "ms", min = 0, max = 60000)
        double baseTpotMs,
        @In(doc = "Confidence grade: A primary, B reputable press, C secondary or assumption", defaultValue = "C")
        String confidence,
        @In(doc = "Where the figures come from", required = false)
        List<String> source,
        @In(doc = "Assumptions and derivations, each marked as such", required = false)
        List<String> notes) {
}
