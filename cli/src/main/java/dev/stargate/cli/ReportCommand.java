package dev.stargate.cli;

import dev.stargate.report.RunPipeline;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write RUN_DIR/report.html: one self-contained HTML report (inline SVG charts, works offline) of a run directory",
                "written by simulate --out, plan --out or demo."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RUN_DIR", description = "Run directory (summary.json, scenario.yaml, hourly tables…).")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path report = write(dir);
        spec.commandLine().getOut().println("Report: " + report);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    /** Renders the report of a run directory; user errors for missing or unreadable files. */
    static Path write(Path dir) throws IOException {
        try {
            return RunPipeline.writeReport(dir, Version.get());
        } catch (NoSuchFileException e) {
            throw new UserException("no such file or directory: " + e.getMessage());
        }
    }
}
