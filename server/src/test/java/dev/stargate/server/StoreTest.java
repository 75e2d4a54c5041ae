package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stargate.server.store.Database;
import dev.stargate.server.store.RunKind;
import dev.stargate.server.store.RunRecord;
import dev.stargate.server.store.RunStatus;
import dev.stargate.server.store.RunStore;
import dev.stargate.server.store.ScenarioStore;
import dev.stargate.server.store.StoredScenario;
import dev.stargate.server.store.TokenStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The store's guarantees: results all-or-nothing, status changes only from the states they name. */
class StoreTest {
    @TempDir
    Path dir;

    @OnEachDatabase
    void resultsAreWrittenInOneTransaction(TestDatabase db) {
        ServerConfig c = db.config(dir);
        try (Database d = Database.open(c.databaseUrl(), c.databaseUser(), c.databasePassword(), c.dataDir())) {
            long ws = new TokenStore(d.jdbi()).workspace("default");
            StoredScenario s = new ScenarioStore(d.jdbi()).create(ws, "x", "yaml", "name: x");
            RunStore runs = new RunStore(d.jdbi());
            RunRecord r = runs.insert(s, RunKind.SIMULATE, 1L, null);
            assertThat(runs.start(r.id())).isTrue();

            // the second file's name is too long for its column: the insert fails part-way
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("summary.json", "{}".getBytes(StandardCharsets.UTF_8));
            files.put("x".repeat(200), new byte[10]);
            assertThatThrownBy(() -> runs.succeed(r.id(), files, "done")).isInstanceOf(RuntimeException.class);
            assertThat(runs.get(r.id()).orElseThrow().status()).as("not marked succeeded").isEqualTo(RunStatus.RUNNING);
            assertThat(runs.files(r.id())).as("no file half-written").isEmpty();

            // cancelled meanwhile: the results are not written
            assertThat(runs.cancel(r.id())).isTrue();
            assertThat(runs.succeed(r.id(), Map.of("summary.json", new byte[] {'{', '}'}), "done")).isFalse();
            assertThat(runs.files(r.id())).isEmpty();
            assertThat(runs.get(r.id()).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(runs.fail(r.id(), "late")).as("a final status is final").isFalse();
            assertThat(runs.cancel(r.id())).isFalse();

            RunRecord ok = runs.insert(s, RunKind.PLAN, null, 30.0);
            assertThat(runs.start(ok.id())).isTrue();
            byte[] big = "0123456789".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            assertThat(runs.succeed(ok.id(), Map.of("big.csv", big, "summary.json", new byte[] {'{', '}'}), "done")).isTrue();
            assertThat(runs.file(ok.id(), "big.csv").orElseThrow()).isEqualTo(big);
            assertThat(runs.fileGzip(ok.id(), "big.csv").orElseThrow().length).as("stored compressed").isLessThan(big.length / 10);
            assertThat(runs.files(ok.id())).extracting(RunStore.FileInfo::name).containsExactly("big.csv", "summary.json");
            assertThat(runs.get(ok.id()).orElseThrow().timeLimitSeconds()).isEqualTo(30.0);
            assertThat(runs.countByStatus()).containsEntry(RunStatus.SUCCEEDED, 1).containsEntry(RunStatus.CANCELLED, 1);

            // deleting the scenario keeps its runs with the text they ran
            assertThat(new ScenarioStore(d.jdbi()).delete(ws, s.id())).isTrue();
            RunRecord kept = runs.get(ok.id()).orElseThrow();
            assertThat(kept.scenarioId()).isNull();
            assertThat(kept.scenarioSource()).isEqualTo("name: x");
            assertThat(runs.delete(ok.id())).isTrue();
            assertThat(runs.files(ok.id())).isEmpty();
        }
    }
}
