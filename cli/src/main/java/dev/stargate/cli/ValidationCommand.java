package dev.stargate.cli;

import dev.stargate.bench.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validation", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run the validation suite: scenarios built from published facts, compared with those figures",
                "(campus power, training throughput and interruptions, serving capacity, carbon, cost). Exit 1 if a case fails."})
final class ValidationCommand implements Callable<Integer> {
    @Option(names = "--cases", paramLabel = "FILE", defaultValue = "validation/cases.yaml", description = "Case file (default: ${DEFAULT-VALUE}).")
    Path cases;

    @Option(names = "--write", paramLabel = "FILE", description = "Also write the table as Markdown (docs/validation.md).")
    Path write;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(cases)) throw new UserException(cases + " does not exist; run from the repository root or give --cases");
        List<Validation.Result> results = Validation.run(cases);
        String md = Validation.markdown(results);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        if (write != null) Files.writeString(write, md, StandardCharsets.UTF_8);
        return results.stream().allMatch(Validation.Result::pass) ? Main.OK : Main.INTERNAL_ERROR;
    }
}
