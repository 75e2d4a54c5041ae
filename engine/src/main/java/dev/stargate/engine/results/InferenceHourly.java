package dev.stargate.engine.results;

import java.util.List;

/** Per service and step: tokens/s demanded, served within target, served beyond target, dropped. */
public record InferenceHourly(List<String> services, int steps, int stepMinutes, long startEpochSecond,
                              double[] demandTps, double[] servedWithinTps, double[] servedBeyondTps,
                              double[] droppedTps) {
    public int rows() {
        return steps * services.size();
    }
}
