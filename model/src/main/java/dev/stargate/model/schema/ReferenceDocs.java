package dev.stargate.model.schema;

import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.input.Binder;
import dev.stargate.model.input.EnumNames;
import dev.stargate.model.input.In;
import dev.stargate.model.input.RecordShape;
import dev.stargate.model.scenario.Scenario;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario file reference (docs/scenario-reference.md), generated from the {@link In}
 * declarations: one table per record type with each field's type, unit, default, valid range and
 * meaning. Regenerate with {@code ./stargate schema --markdown > docs/scenario-reference.md}.
 */
public final class ReferenceDocs {
    private ReferenceDocs() {}

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Scenario file reference\n\n");
        sb.append("Generated from the input declarations in `model/` by `./stargate schema --markdown`; do not edit by hand.\n");
        sb.append("The same declarations drive loading, validation and the JSON Schema (`schema/scenario.schema.json`).\n");
        sb.append("Units are part of field names and are repeated in the *unit* column. Numbers outside the *typical*\n");
        sb.append("range load with a warning (a likely unit mistake); numbers outside the *valid* range are errors.\n\n");
        sb.append("A scenario may also carry `catalogue:` with entries that override built-in catalogue entries field by\n");
        sb.append("field (same name) or add new ones (new name; every required field must then be given). The catalogue\n");
        sb.append("entry types are listed at the end.\n\n");
        sections(sb, Scenario.class);
        sb.append("## Catalogue entries\n\n");
        for (var rc : RecordShape.of(Catalogue.class).components) {
            Class<?> entry = Binder.rawClass(Binder.typeArg(rc.genericType(), 1));
            sb.append("- `catalogue.").append(rc.name()).append(".NAME`: ").append(entry.getSimpleName()).append('\n');
        }
        sb.append('\n');
        for (var rc : RecordShape.of(Catalogue.class).components) {
            sections(sb, Binder.rawClass(Binder.typeArg(rc.genericType(), 1)));
        }
        return sb.toString();
    }

    private static void sections(StringBuilder sb, Class<?> root) {
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!seen.add(type)) continue;
            sb.append("## ").append(type.getSimpleName()).append("\n\n");
            sb.append("| field | type | unit | default | valid | typical | meaning |\n|---|---|---|---|---|---|---|\n");
            List<Class<?>> nested = new ArrayList<>();
            for (RecordShape.Component c : RecordShape.of(type).components) {
                In d = c.decl();
                if (d.key()) continue;
                sb.append("| `").append(c.name()).append("` | ").append(typeName(c.genericType(), nested)).append(" | ")
                        .append(d.unit()).append(" | ").append(defaultText(d)).append(" | ").append(range(c, d)).append(" | ")
                        .append(typical(d)).append(" | ").append(d.doc().replace("|", "\\|")).append(" |\n");
            }
            sb.append('\n');
            todo.addAll(nested);
        }
    }

    private static String defaultText(In d) {
        if (!d.defaultValue().isEmpty()) return "`" + d.defaultValue() + "`";
        return d.required() ? "required" : "—";
    }

    private static String range(RecordShape.Component c, In d) {
        Class<?> raw = c.type();
        boolean numeric = raw == double.class || raw == Double.class || raw == int.class || raw == Integer.class
                || raw == long.class || raw == Long.class;
        return numeric ? Binder.range(d).replace(d.unit().isEmpty() ? "\u0000" : " " + d.unit(), "") : "";
    }

    private static String typical(In d) {
        boolean lo = d.typicalMin() != Double.NEGATIVE_INFINITY;
        boolean hi = d.typicalMax() != Double.POSITIVE_INFINITY;
        if (!lo && !hi) return "";
        return (lo ? Binder.fmt(d.typicalMin()) : "") + " .. " + (hi ? Binder.fmt(d.typicalMax()) : "");
    }

    private static String typeName(Type t, List<Class<?>> nested) {
        Class<?> raw = Binder.rawClass(t);
        if (raw.isRecord()) {
            nested.add(raw);
            return "[" + raw.getSimpleName() + "](#" + raw.getSimpleName().toLowerCase() + ")";
        }
        if (raw == List.class) return "list of " + typeName(Binder.typeArg(t, 0), nested);
        if (raw == Map.class) return "map of name → " + typeName(Binder.typeArg(t, 1), nested);
        if (raw == LocalDate.class) return "date";
        if (raw == LocalDateTime.class) return "date or UTC time";
        if (raw.isEnum()) return "one of " + String.join(", ", EnumNames.all(raw).stream().map(x -> "`" + x + "`").toList());
        if (raw == boolean.class || raw == Boolean.class) return "boolean";
        if (raw == String.class) return "text";
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) return "integer";
        return "number";
    }
}
