package dev.stargate.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stargate.model.scenario.ShippedScenariosTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped JSON Schema is the generated one, accepts the shipped scenarios and rejects malformed ones. */
class SchemaTest {
    /** Surefire runs in the module directory, model/. */
    static final Path SHIPPED_SCHEMA = Path.of("..", "schema", "scenario.schema.json");
    static final Path SCENARIOS = Path.of("..", "scenarios");
    static final YAMLMapper YAML = new YAMLMapper();

    static Schema schema;

    @BeforeAll
    static void compileTheShippedSchema() throws IOException {
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(SHIPPED_SCHEMA.toFile());
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(json);
    }

    static List<Path> shipped() throws IOException {
        return ShippedScenariosTest.shipped();
    }

    static JsonNode reference() throws IOException {
        return YAML.readTree(SCENARIOS.resolve("stargate-2026.yaml").toFile());
    }

    @Test
    void theShippedSchemaIsTheGeneratedOne() throws IOException {
        String shipped = Files.readString(SHIPPED_SCHEMA, StandardCharsets.UTF_8);
        assertThat(shipped)
                .as("schema/scenario.schema.json is out of date with the @In declarations; regenerate it with "
                        + "./stargate schema > schema/scenario.schema.json")
                .isEqualTo(SchemaGenerator.scenarioSchemaJson());
    }

    @Test
    void theSchemaDeclaresItsDialectAndEveryRecord() {
        ObjectNode s = SchemaGenerator.scenarioSchema();
        assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(s.get("$id").asText()).isEqualTo(SchemaGenerator.ID);
        assertThat(s.get("$defs").fieldNames()).toIterable().contains("Horizon", "Site", "Phase", "TrainingJob",
                "InferenceService", "AcceleratorOverride", "ModelClassOverride");
        assertThat(s.get("required")).extracting(JsonNode::asText).containsExactlyInAnyOrder("name", "horizon", "sites");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void everyShippedScenarioIsValid(Path file) throws IOException {
        List<Error> errors = schema.validate(YAML.readTree(file.toFile()));
        assertThat(errors).as("%s against the schema", file).isEmpty();
    }

    @Test
    void rejectsAWrongType() throws IOException {
        ObjectNode doc = (ObjectNode) reference();
        ((ObjectNode) doc.get("sites").get(0).get("phases").get(0)).put("acceleratorCount", "lots");
        assertThat(schema.validate(doc)).anySatisfy(e -> {
            assertThat(e.getKeyword()).isEqualTo("type");
            assertThat(e.getInstanceLocation().toString()).contains("sites").contains("acceleratorCount");
        });
    }

    @Test
    void rejectsAnUnknownProperty() throws IOException {
        ObjectNode doc = (ObjectNode) reference();
        ((ObjectNode) doc.get("sites").get(0).get("energy").get(0)).put("capacityMW", 361);
        assertThat(schema.validate(doc)).anySatisfy(e -> {
            assertThat(e.getKeyword()).isEqualTo("additionalProperties");
            assertThat(e.getMessage()).contains("capacityMW");
        });
    }

    @Test
    void rejectsANumberOutOfRange() throws IOException {
        ObjectNode doc = (ObjectNode) reference();
        ((ObjectNode) doc.get("sites").get(1)).put("latitudeDeg", 95);
        ((ObjectNode) doc.get("training").get("jobs").get(0)).put("mfu", 0);
        List<Error> errors = schema.validate(doc);
        assertThat(errors).anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo("maximum"));
        assertThat(errors).anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo("exclusiveMinimum"));
    }

    @Test
    void rejectsAnUnknownEnumValueAndAMissingRequiredField() throws IOException {
        ObjectNode doc = (ObjectNode) reference();
        ((ObjectNode) doc.get("policies")).put("placement", "firstfit");
        doc.remove("horizon");
        ArrayNode sites = (ArrayNode) doc.get("sites");
        ((ObjectNode) sites.get(0)).remove("region");
        List<Error> errors = schema.validate(doc);
        assertThat(errors).anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo("enum"));
        assertThat(errors).filteredOn(e -> e.getKeyword().equals("required")).hasSize(2);
    }

    @Test
    void checksCatalogueOverrides() throws IOException {
        ObjectNode doc = (ObjectNode) reference();
        ObjectNode gb200 = doc.putObject("catalogue").putObject("accelerators").putObject("nvidia_gb200");
        gb200.put("failureRatePerDay", 1.0e-3);
        assertThat(schema.validate(doc)).as("a partial override is valid").isEmpty();
        gb200.put("failureRatePerDay", -1);
        assertThat(schema.validate(doc)).anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo("minimum"));
        ((ObjectNode) doc.get("catalogue")).putObject("accelerator");
        assertThat(schema.validate(doc)).anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo("additionalProperties"));
    }
}
