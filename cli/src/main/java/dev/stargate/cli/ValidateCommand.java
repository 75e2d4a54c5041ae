package dev.stargate.cli;

import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Problem;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.ScenarioLoader;
import dev.stargate.model.sizing.FleetSizing;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Check scenario files: syntax, types, ranges, references and physics.",
                "Reports every problem with file:line:column and field path. Exit 0 if all files are valid, 2 otherwise."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario YAML files.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int invalid = 0;
        for (Path f : files) {
            try {
                LoadedScenario s = ScenarioLoader.load(f);
                for (Problem p : s.warnings()) err.println(p);
                FleetSizing z = FleetSizing.of(s.scenario(), s.catalogue());
                int warnings = s.warnings().size();
                out.printf("ok: %s — %s, %s accelerators, %s MW IT, %s, %s%s%n",
                        f, Format.plural(s.scenario().sites().size(), "site"), Format.count(z.accelerators()), Format.mw(z.itMw()),
                        Format.plural(s.trainingJobs().size(), "training job"), Format.plural(s.scenario().inference().services().size(), "inference service"),
                        warnings == 0 ? "" : " (" + Format.plural(warnings, "warning") + ")");
            } catch (InvalidInputException e) {
                invalid++;
                for (Problem p : e.problems()) err.println(p);
                int n = e.errors().size();
                out.printf("invalid: %s — %s%n", f, Format.plural(n, "error"));
            }
        }
        out.flush();
        err.flush();
        return invalid == 0 ? Main.OK : Main.INVALID_INPUT;
    }
}
