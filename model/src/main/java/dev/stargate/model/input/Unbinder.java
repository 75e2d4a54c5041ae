package dev.stargate.model.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inverse of {@link Binder}: records to plain maps, lists and scalars that Jackson writes as
 * YAML or JSON in the same format the loader reads. Nulls and empty optional lists are left out;
 * map keys that name their records are not repeated inside them.
 */
public final class Unbinder {
    private Unbinder() {}

    public static Object toPlain(Object value) {
        if (value == null) return null;
        if (value instanceof Record r) return record(r);
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) out.add(toPlain(o));
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), toPlain(v)));
            return out;
        }
        if (value instanceof Enum<?> e) return EnumNames.of(e);
        if (value instanceof LocalDate d) return d.toString();
        if (value instanceof LocalDateTime t) return t.toString();
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) return d.longValue();
        return value;
    }

    /** A tree read by {@link YamlTree} back to plain values (for writing overrides unchanged). */
    public static Object toPlain(Node node) {
        if (node == null) return null;
        if (node instanceof Node.MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(k, toPlain(v)));
            return out;
        }
        if (node instanceof Node.ListNode l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(toPlain(i)));
            return out;
        }
        Node.ScalarNode s = (Node.ScalarNode) node;
        String t = s.text();
        // Only canonical numbers and booleans are converted; anything else (0x10, 1_000, .inf,
        // yes, NO) keeps its text, which reads back the same whatever the field's type is: the
        // tree has not been bound, so a NO may be Norway or false.
        return switch (s.kind()) {
            case NULL -> null;
            case BOOLEAN -> t.equals("true") || t.equals("false") ? Boolean.valueOf(t) : t;
            case INTEGER -> t.matches("-?(0|[1-9][0-9]{0,17})") ? (Object) Long.parseLong(t) : t;
            case DECIMAL -> canonicalDouble(t);
            case STRING -> t;
        };
    }

    private static Object canonicalDouble(String text) {
        try {
            double d = Double.parseDouble(text);
            return Double.toString(d).equals(text) ? d : text;
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Map<String, Object> record(Record r) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordShape.Component c : RecordShape.of(r.getClass()).components) {
            In decl = c.decl();
            if (decl.key()) continue;
            Object v;
            try {
                v = c.reflected().getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v == null) continue;
            if (v instanceof List<?> l && l.isEmpty() && !decl.required()) continue;
            if (v instanceof Map<?, ?> m && m.isEmpty() && !decl.required()) continue;
            out.put(c.name(), toPlain(v));
        }
        return out;
    }
}
