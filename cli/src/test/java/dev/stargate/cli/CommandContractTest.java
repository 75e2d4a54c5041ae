package dev.stargate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's contracts: exit codes, messages without stack traces, help and version everywhere. */
class CommandContractTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "validate", "describe", "simulate", "plan", "report", "catalog", "schema", "bench", "validation", "serve", "token", "load-test", "sweep"})
    void everyCommandHasHelpAndVersion(String command) {
        String[] help = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        String[] version = command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
        Cli h = Cli.run(help);
        assertThat(h.exit()).isZero();
        assertThat(h.out()).contains("Usage: stargate");
        Cli v = Cli.run(version);
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("stargate 0.");
    }

    @Test
    void validScenariosValidate() {
        Cli c = Cli.run("validate", Cli.REFERENCE, Cli.ONE_JOB, Cli.OFF_GRID);
        assertThat(c.exit()).isZero();
        assertThat(c.out()).contains("ok: " + Cli.REFERENCE + " — 12 sites, 3,648,000 accelerators");
        assertThat(c.out()).contains("ok: " + Cli.ONE_JOB + " — 1 site, ").contains(", 1 training job, 0 inference services");
    }

    @Test
    void invalidInputExitsWith2AndNamesFileLineFieldAndFix(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(Cli.ONE_JOB)).replace("accelerator: nvidia_h100_sxm, acceleratorCount: 24576",
                "accelerator: nvidia_h10_sxm, acceleratorCount: 24576"));
        Cli c = Cli.run("validate", bad.toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains(bad + ":22:64: ").contains("error: sites[0].phases[0].accelerator: unknown accelerator 'nvidia_h10_sxm'; did you mean 'nvidia_h100_sxm'?");
        assertThat(c.err()).doesNotContain("\tat dev.stargate").doesNotContain("Exception");
        assertThat(c.err().lines()).hasSize(1); // no follow-on errors from the broken reference
        assertThat(c.out()).contains("invalid: " + bad);

        Cli sim = Cli.run("simulate", bad.toString());
        assertThat(sim.exit()).isEqualTo(2);
        assertThat(sim.err()).contains("1 error; nothing was run.").doesNotContain("\tat ");

        Cli debug = Cli.run("simulate", bad.toString(), "--debug");
        assertThat(debug.exit()).isEqualTo(2);
        assertThat(debug.err()).contains("\tat dev.stargate");
    }

    @Test
    void missingFilesAndBadOptionsAreUserErrors() {
        Cli missing = Cli.run("describe", "no/such/scenario.yaml");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no/such/scenario.yaml: error: no such file");
        Cli option = Cli.run("simulate", Cli.ONE_JOB, "--sede", "3");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown options: '--sede'").contains("Possible solutions: --seed");
        Cli section = Cli.run("catalog", "acelerators");
        assertThat(section.exit()).isEqualTo(2);
        assertThat(section.err()).contains("acelerators");
        Cli db = Cli.run("serve", "--db", "jdbc:mysql://localhost/stargate");
        assertThat(db.exit()).isEqualTo(2);
        assertThat(db.err()).contains("unsupported database URL jdbc:mysql://localhost/stargate").contains("jdbc:postgresql://");
        Cli policy = Cli.run("serve", "--on-restart", "retry");
        assertThat(policy.exit()).isEqualTo(2);
        assertThat(policy.err()).contains("--on-restart retry is not requeue or interrupt");
    }

    @Test
    void tokensAreCreatedListedAndRevoked(@TempDir Path dir) {
        String data = dir.toString();
        Cli created = Cli.run("token", "create", "--workspace", "norway", "--role", "planner", "--data-dir", data);
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out().strip()).startsWith("sgt_").hasSizeGreaterThan(40);
        assertThat(created.err()).contains("planner in workspace norway").contains("Shown once");
        Cli listed = Cli.run("token", "list", "--data-dir", data);
        assertThat(listed.out()).contains("norway-planner").contains("norway").doesNotContain(created.out().strip());
        assertThat(Cli.run("token", "revoke", "norway-planner", "--data-dir", data).exit()).isZero();
        Cli again = Cli.run("token", "revoke", "norway-planner", "--data-dir", data);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("no active token norway-planner");
        Cli badRole = Cli.run("token", "create", "--workspace", "norway", "--role", "owner", "--data-dir", data);
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.err()).contains("--role owner is not one of [viewer, planner, admin]");
        Cli open = Cli.run("serve", "--host", "0.0.0.0", "--port", "0", "--data-dir", data);
        assertThat(open.exit()).isEqualTo(2);
        assertThat(open.err()).contains("refusing to listen on 0.0.0.0 without authentication");
    }

    @Test
    void describeAndCatalogShowTheFleetAndItsSources() throws IOException {
        Cli d = Cli.run("describe", Cli.REFERENCE);
        assertThat(d.exit()).isZero();
        assertThat(d.out()).contains("abilene").contains("450,000 nvidia_gb200").contains("total");
        JsonNode j = new ObjectMapper().readTree(Cli.run("describe", Cli.REFERENCE, "--json").out());
        assertThat(j.get("accelerators").asLong()).isEqualTo(3_648_000);
        assertThat(j.get("sites")).hasSize(12);

        Cli c = Cli.run("catalog", "accelerators");
        assertThat(c.out()).contains("nvidia_gb200").contains("2,500");
        JsonNode cj = new ObjectMapper().readTree(Cli.run("catalog", "regions", "--json").out());
        assertThat(cj.get("regions").get("ercot").get("source").get(0).asText()).contains("eGRID2024");
    }

    @Test
    void schemaPrintsTheShippedSchema() throws IOException {
        Cli c = Cli.run("schema");
        assertThat(c.out()).isEqualTo(Files.readString(Path.of("../schema/scenario.schema.json")));
        Cli md = Cli.run("schema", "--markdown");
        assertThat(md.out()).isEqualTo(Files.readString(Path.of("../docs/scenario-reference.md")));
    }

    /** The keys other tools depend on (docs/run-summary.md). */
    static final List<String> SUMMARY_KEYS = List.of(
            "fleet.sites", "fleet.accelerators", "fleet.itCapacityMw",
            "power.peakItMw", "power.peakFacilityMw", "power.meanPue",
            "energy.facilityMwh", "energy.bySourceMwh", "energy.carbonTonnes", "energy.carbonFreeShare", "energy.waterM3",
            "training.jobs", "training.completed", "training.interruptions", "training.goodput",
            "training.lostAcceleratorHours", "training.jobsDetail",
            "inference.demandTokens", "inference.servedTokens", "inference.sloAttainment", "inference.p99RttMs",
            "cost.capexUsd", "cost.opexUsd", "cost.energyUsd", "cost.usdPerMillionTokens", "cost.usdPerAcceleratorHour",
            "engine.events", "engine.wallSeconds", "engine.seed", "partners");

    @Test
    void simulateJsonPrintsOnlyTheRunSummaryWithItsDocumentedKeys() throws IOException {
        Cli c = Cli.run("simulate", Cli.ONE_JOB, "--json", "--seed", "5");
        assertThat(c.exit()).isZero();
        JsonNode s = new ObjectMapper().readTree(c.out()); // stdout is one JSON document
        for (String key : SUMMARY_KEYS) {
            JsonNode n = s;
            for (String part : key.split("\\.")) n = n.get(part);
            assertThat(n).as(key).isNotNull();
        }
        assertThat(s.get("engine").get("seed").asLong()).isEqualTo(5);
        JsonNode job = s.get("training").get("jobsDetail").get(0);
        for (String k : List.of("name", "accelerators", "start", "end", "interruptions", "goodput")) assertThat(job.get(k)).as(k).isNotNull();
        assertThat(s.get("energy").get("bySourceMwh").get("grid").asDouble()).isPositive();
    }

    @Test
    void sameScenarioAndSeedWriteByteIdenticalOutputs(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(Cli.run("simulate", Cli.OFF_GRID, "--out", a.toString(), "--quiet").exit()).isZero();
        assertThat(Cli.run("simulate", Cli.OFF_GRID, "--out", b.toString(), "--quiet").exit()).isZero();
        for (String f : List.of("hourly_sites.csv", "jobs.csv", "inference_hourly.csv")) {
            assertThat(Files.readAllBytes(a.resolve(f))).as(f).isEqualTo(Files.readAllBytes(b.resolve(f)));
        }
        // the summary differs only in the measured wall time
        String sa = Files.readString(a.resolve("summary.json")).replaceAll("\"wallSeconds\" : [0-9.Ee-]+", "");
        String sb = Files.readString(b.resolve("summary.json")).replaceAll("\"wallSeconds\" : [0-9.Ee-]+", "");
        assertThat(sa).isEqualTo(sb);
        assertThat(Files.readString(a.resolve("hourly_sites.csv"))).startsWith("time,site,itMw,facilityMw,pue");
    }
}
