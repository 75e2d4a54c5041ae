package dev.stargate.sweep;

import java.io.Serializable;
import java.util.Map;

/** What one sample gave: its outputs by summary key, or the error that stopped it (with how long it took either way). */
public record SampleResult(int index, Map<String, Double> outputs, String error, double seconds) implements Serializable {
    public boolean ok() {
        return error == null;
    }
}
