package dev.stargate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/run-summary.md documents every key the run summary has. */
class RunSummaryDocsTest {
    @Test
    void everyKeyIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("../docs/run-summary.md"));
        JsonNode s = new ObjectMapper().readTree(Cli.run("simulate", Cli.OFF_GRID, "--json", "--quiet").out());
        List<String> keys = new ArrayList<>();
        collect(s, "", keys);
        assertThat(keys).hasSizeGreaterThan(60);
        for (String k : keys) assertThat(docs).as("docs/run-summary.md documents %s", k).contains("`" + k + "`");
    }

    private static void collect(JsonNode n, String path, List<String> out) {
        if (path.endsWith("bySourceMwh") || path.endsWith("acceleratorsByType")) {
            out.add(path);
            return;
        }
        if (n.isObject()) {
            n.fieldNames().forEachRemaining(f -> collect(n.get(f), path.isEmpty() ? f : path + "." + f, out));
        } else if (n.isArray()) {
            if (n.size() > 0) collect(n.get(0), path + "[]", out);
        } else {
            out.add(path);
        }
    }
}
