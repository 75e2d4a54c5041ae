package dev.stargate.cli;

import dev.stargate.model.scenario.LoadedScenario;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Stargate's main job on the built-in reference scenario (scenarios/stargate-2026.yaml): validate it and describe its fleet.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        LoadedScenario s = Scenarios.reference(spec.commandLine().getErr());
        out.printf("Loaded and validated %s (%d warnings) in %.2f s.%n%n", s.file(), s.warnings().size(), (System.nanoTime() - t0) / 1e9);
        FleetDescription.of(s).print(out);
        out.println();
        out.println("Next: stargate describe FILE, stargate catalog, stargate schema (see README.md).");
        out.flush();
        return Main.OK;
    }
}
