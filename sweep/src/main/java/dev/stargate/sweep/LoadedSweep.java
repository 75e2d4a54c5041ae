package dev.stargate.sweep;

import dev.stargate.model.scenario.LoadedScenario;
import java.util.List;
import java.util.Map;

/**
 * A sweep read and checked: its scenario (loaded and validated), the scenario's text as a tree to
 * vary, each parameter's value in the scenario (null where the scenario leaves it to a default),
 * and the summary keys to report (null: all).
 *
 * @param file the sweep file's name, for messages and reports
 */
public record LoadedSweep(Sweep sweep, String file, LoadedScenario base, Map<String, Object> baseTree, List<Object> baseValues,
                          List<String> outputs) {}
