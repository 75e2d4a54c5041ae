package dev.stargate.cli;

import dev.stargate.model.input.Problem;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Loading scenarios for commands: files given by the user, or the reference scenario built into the jar. */
final class Scenarios {
    /** The built-in reference scenario, as shipped in scenarios/ and embedded in the jar. */
    static final String REFERENCE = "scenarios/stargate-2026.yaml";

    private Scenarios() {}

    static LoadedScenario load(Path file, PrintWriter err) {
        LoadedScenario s = ScenarioLoader.load(file);
        printWarnings(s, err);
        return s;
    }

    /** The reference scenario from the working tree if present (so edits show), else from the jar. */
    static LoadedScenario reference(PrintWriter err) {
        Path local = Path.of(REFERENCE);
        if (local.toFile().isFile()) return load(local, err);
        try (InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(REFERENCE)) {
            if (in == null) throw new IllegalStateException(REFERENCE + " is missing from the jar");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            LoadedScenario s = ScenarioLoader.parse(text, REFERENCE + " (built in)", null);
            printWarnings(s, err);
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void printWarnings(LoadedScenario s, PrintWriter err) {
        for (Problem p : s.warnings()) err.println(p);
        err.flush();
    }
}
