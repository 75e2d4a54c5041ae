package dev.stargate.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Checks API responses against the bundled OpenAPI document: the response schema of that path,
 * method and status, with the document's components as $defs, validated as JSON Schema 2020-12
 * (what OpenAPI 3.1 schemas are). A test that calls {@link #check} fails if the API and its
 * document disagree.
 */
final class OpenApiContract {
    static final JsonNode DOC = load();

    private OpenApiContract() {}

    private static JsonNode load() {
        try {
            return TestServer.JSON.readTree(TestServer.resource("openapi.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code r} is documented for this path template and method, and that its JSON body fits the schema. */
    static void check(String method, String template, TestServer.Response r) {
        JsonNode op = DOC.path("paths").path(template).path(method.toLowerCase(java.util.Locale.ROOT));
        assertThat(op.isMissingNode()).as(method + " " + template + " is documented").isFalse();
        JsonNode response = op.path("responses").path(Integer.toString(r.status()));
        assertThat(response.isMissingNode()).as(method + " " + template + " documents status " + r.status() + " (body " + r.body() + ")").isFalse();
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) return;
        ObjectNode full = TestServer.JSON.createObjectNode();
        full.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        full.setAll((ObjectNode) rewriteRefs(schema.deepCopy()));
        full.set("$defs", rewriteRefs(DOC.path("components").path("schemas").deepCopy()));
        List<Error> errors = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(full).validate(r.json());
        assertThat(errors).as(method + " " + template + " " + r.status() + " body fits its schema: " + r.body()).isEmpty();
    }

    private static JsonNode rewriteRefs(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            if (o.has("$ref")) o.put("$ref", o.get("$ref").asText().replace("#/components/schemas/", "#/$defs/"));
            o.fields().forEachRemaining(e -> rewriteRefs(e.getValue()));
        } else if (n.isArray()) {
            n.forEach(OpenApiContract::rewriteRefs);
        }
        return n;
    }
}
