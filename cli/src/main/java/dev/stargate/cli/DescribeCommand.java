package dev.stargate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stargate.model.scenario.LoadedScenario;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Describe a scenario's fleet: sites, IT and facility power, accelerators, racks, land and a capex estimate.")
final class DescribeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--json", description = "Print the description as one JSON document.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LoadedScenario s = Scenarios.load(file, spec.commandLine().getErr());
        FleetDescription d = FleetDescription.of(s);
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(d));
        } else {
            d.print(spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
