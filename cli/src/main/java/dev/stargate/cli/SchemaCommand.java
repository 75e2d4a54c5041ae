package dev.stargate.cli;

import dev.stargate.model.schema.ReferenceDocs;
import dev.stargate.model.schema.SchemaGenerator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print the JSON Schema of scenario files (also shipped as schema/scenario.schema.json).",
                "Editors use it to complete and check scenarios; it is generated from the same declarations the loader uses."})
final class SchemaCommand implements Callable<Integer> {
    @picocli.CommandLine.Option(names = "--markdown", description = "Print the scenario file reference (docs/scenario-reference.md) instead.")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(markdown ? ReferenceDocs.markdown() : SchemaGenerator.scenarioSchemaJson());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
