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
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    static final String SMALL = """
            name: small plan
            horizon: {start: 2029-01-01, end: 2030-01-01}
            sites:
              - name: abilene
                country: US
                region: ercot
                latitudeDeg: 32.5
                longitudeDeg: -99.8
                cooling: liquid_dtc
                grid: {interconnectMw: 400, availableDate: 2025-01-01}
                phases:
                  - {name: p1, onlineDate: 2025-06-01, accelerator: nvidia_gb200, acceleratorCount: 100000}
            planning:
              startYear: 2026
              years: 4
              targets:
                - {year: 2027, itMw: 600}
                - {year: 2029, itMw: 1500}
              roadmap:
                - {year: 2026, accelerator: nvidia_gb200}
                - {year: 2027, accelerator: nvidia_gb300}
              representativeDays: 6
              candidates:
                - {name: abilene, site: abilene, maxItMw: 1000, leadTimeYears: 1}
                - {name: north, country: "NO", region: norway_no4, latitudeDeg: 68.3, longitudeDeg: 17.5, maxItMw: 800,
                   interconnectMw: 1000, coolingOptions: [liquid_dtc_closed_loop], leadTimeYears: 1, siteCostUsd: 2.0e8}
            """;

    /** The keys other tools depend on (docs/plan.md). */
    static final List<String> KEYS = List.of("plan.status", "plan.objectiveUsd", "plan.gap", "plan.solveSeconds", "plan.itMwByYear",
            "plan.sitesOpened", "plan.milestones", "plan.carbonTonnes", "plan.greedyObjectiveUsd");

    @Test
    void planJsonHasItsKeysAndTheEmittedScenarioSimulates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("small.yaml");
        Files.writeString(file, SMALL);
        Path emitted = dir.resolve("planned.yaml");
        Path mps = dir.resolve("master.mps");
        Cli c = Cli.run("plan", file.toString(), "--json", "--quiet", "--emit-scenario", emitted.toString(),
                "--export-mps", mps.toString(), "--out", dir.resolve("out").toString());
        assertThat(c.exit()).as(c.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(c.out());
        for (String k : KEYS) {
            JsonNode n = doc;
            for (String part : k.split("\\.")) n = n.get(part);
            assertThat(n).as(k).isNotNull();
        }
        JsonNode plan = doc.get("plan");
        assertThat(plan.get("status").asText()).isEqualTo("optimal");
        assertThat(plan.get("itMwByYear").get("2029").asDouble()).isGreaterThanOrEqualTo(1500);
        double bySite = 0;
        for (JsonNode mw : plan.get("itMwBySite")) bySite += mw.asDouble();
        assertThat(plan.get("itMwBySite").has("north")).isTrue();
        assertThat(bySite).as("the sites' IT adds up to the last year's").isCloseTo(plan.get("itMwByYear").get("2029").asDouble(),
                org.assertj.core.api.Assertions.within(1e-6));
        JsonNode m = plan.get("milestones").get(0);
        for (String k : List.of("site", "date", "what")) assertThat(m.get(k)).as(k).isNotNull();
        assertThat(Files.readString(mps)).contains("ROWS").contains("COLUMNS");
        assertThat(dir.resolve("out").resolve("plan.json")).exists();

        Cli sim = Cli.run("simulate", emitted.toString(), "--json", "--quiet");
        assertThat(sim.exit()).as(sim.err()).isZero();
        JsonNode s = new ObjectMapper().readTree(sim.out());
        assertThat(s.get("fleet").get("itCapacityMw").asDouble()).isCloseTo(plan.get("itMwByYear").get("2029").asDouble(),
                org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void aScenarioWithoutPlanningIsAUserError() {
        Cli c = Cli.run("plan", Cli.ONE_JOB);
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("has no planning: section");
    }

    @Test
    void everyPlanKeyIsDocumented(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("small.yaml");
        Files.writeString(file, SMALL);
        JsonNode doc = new ObjectMapper().readTree(Cli.run("plan", file.toString(), "--json", "--quiet").out());
        String docs = Files.readString(Path.of("../docs/plan.md"));
        List<String> keys = new ArrayList<>();
        collect(doc, "", keys);
        for (String k : keys) assertThat(docs).as("docs/plan.md documents %s", k).contains("`" + k + "`");
    }

    private static void collect(JsonNode n, String path, List<String> out) {
        if (path.endsWith("ByYear") || path.endsWith("BySite") || path.endsWith("ByType") || path.endsWith("energyCapacityMw") || path.endsWith("energyMwh")) {
            out.add(path);
            return;
        }
        if (n.isObject()) n.fieldNames().forEachRemaining(f -> collect(n.get(f), path.isEmpty() ? f : path + "." + f, out));
        else if (n.isArray()) {
            if (n.size() > 0 && !n.get(0).isTextual()) collect(n.get(0), path + "[]", out);
            else out.add(path);
        } else out.add(path);
    }
}
