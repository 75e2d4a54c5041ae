package dev.stargate.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.input.Binder;
import dev.stargate.model.input.EnumNames;
import dev.stargate.model.input.In;
import dev.stargate.model.scenario.Scenario;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Generates the JSON Schema of scenario files from the {@link In} declarations on the records, so
 * that editors can complete and check scenarios with the same rules the loader applies.
 */
public final class SchemaGenerator {
    public static final String ID = "https://stargate.dev/schema/scenario.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final YAMLMapper YAML = new YAMLMapper();

    private final ObjectNode defs = JSON.createObjectNode();

    private SchemaGenerator() {}

    /** The scenario schema, pretty-printed JSON with a trailing newline. */
    public static String scenarioSchemaJson() {
        try {
            return JSON.writeValueAsString(scenarioSchema()) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode scenarioSchema() {
        SchemaGenerator g = new SchemaGenerator();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Stargate scenario");
        root.put("description", "A fleet of AI data-centre sites, their energy and cooling, and the training and inference work on them. Units are in field names.");
        ObjectNode body = g.record(Scenario.class, false);
        root.setAll(body);
        ObjectNode props = (ObjectNode) root.get("properties");
        props.set("catalogue", g.catalogueOverrides());
        root.set("$defs", g.defs);
        return root;
    }

    private ObjectNode catalogueOverrides() {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "object");
        o.put("description", "Overrides and extensions of the built-in catalogue: an entry with a built-in name changes only the fields given; a new name adds an entry, which must then give every required field.");
        o.put("additionalProperties", false);
        ObjectNode props = o.putObject("properties");
        for (RecordComponent rc : Catalogue.class.getRecordComponents()) {
            Class<?> entry = Binder.rawClass(Binder.typeArg(rc.getGenericType(), 1));
            ObjectNode section = props.putObject(rc.getName());
            section.put("type", "object");
            section.put("description", Binder.declaration(rc).doc());
            section.set("additionalProperties", ref(entry, true));
        }
        return o;
    }

    private ObjectNode ref(Class<?> type, boolean partial) {
        String name = type.getSimpleName() + (partial ? "Override" : "");
        if (!defs.has(name)) {
            defs.putObject(name); // reserve against recursion
            defs.set(name, record(type, partial));
        }
        ObjectNode r = JSON.createObjectNode();
        r.put("$ref", "#/$defs/" + name);
        return r;
    }

    private ObjectNode record(Class<?> type, boolean partial) {
        ObjectNode o = JSON.createObjectNode();
        o.put("type", "object");
        o.put("additionalProperties", false);
        ObjectNode props = o.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        for (RecordComponent rc : type.getRecordComponents()) {
            In decl = Binder.declaration(rc);
            if (decl.key()) continue;
            ObjectNode p = value(rc.getGenericType(), decl);
            p.put("description", decl.doc() + (decl.unit().isEmpty() ? "" : " [" + decl.unit() + "]"));
            if (!decl.unit().isEmpty()) p.put("x-unit", decl.unit());
            if (!decl.defaultValue().isEmpty()) p.set("default", defaultJson(decl.defaultValue()));
            props.set(rc.getName(), p);
            if (!partial && decl.required() && decl.defaultValue().isEmpty()) required.add(rc.getName());
        }
        if (!required.isEmpty()) o.set("required", required);
        return o;
    }

    private ObjectNode value(Type type, In decl) {
        Class<?> raw = Binder.rawClass(type);
        ObjectNode p = JSON.createObjectNode();
        if (raw.isRecord()) {
            return ref(raw, false);
        } else if (raw == List.class) {
            p.put("type", "array");
            p.set("items", value(Binder.typeArg(type, 0), decl));
        } else if (raw == Map.class) {
            p.put("type", "object");
            p.set("additionalProperties", value(Binder.typeArg(type, 1), decl));
        } else if (raw == String.class) {
            p.put("type", "string");
        } else if (raw == LocalDate.class) {
            p.put("type", "string");
            p.put("format", "date");
            p.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        } else if (raw == LocalDateTime.class) {
            p.put("type", "string");
            p.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$");
        } else if (raw.isEnum()) {
            p.put("type", "string");
            ArrayNode values = p.putArray("enum");
            EnumNames.all(raw).forEach(values::add);
        } else if (raw == boolean.class || raw == Boolean.class) {
            p.put("type", "boolean");
        } else {
            boolean integral = raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class;
            p.put("type", integral ? "integer" : "number");
            if (decl.min() != Double.NEGATIVE_INFINITY) {
                p.put(decl.minExclusive() ? "exclusiveMinimum" : "minimum", decl.min());
            }
            if (decl.max() != Double.POSITIVE_INFINITY) p.put("maximum", decl.max());
        }
        return p;
    }

    private static JsonNode defaultJson(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (Exception e) {
            throw new IllegalStateException("bad default " + yaml, e);
        }
    }
}
