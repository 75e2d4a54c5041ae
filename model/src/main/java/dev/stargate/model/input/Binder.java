package dev.stargate.model.input;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a {@link Node} tree to immutable records, driven by the {@link In} declaration on every
 * record component. Collects every problem (wrong type, out of range, missing, unknown field with
 * a suggestion) instead of stopping at the first; returns null for any part that had errors.
 *
 * <p>Supported component types: {@code String}, {@code double}, {@code int}, {@code long},
 * {@code boolean} (and their boxes), {@link LocalDate}, enums (lower snake case), records, and
 * {@code List} / {@code Map<String, ?>} of those.
 */
public final class Binder {
    private static final Map<String, Node> DEFAULTS = new ConcurrentHashMap<>();

    private final Problems problems;

    private Binder(Problems problems) {
        this.problems = problems;
    }

    /** Binds {@code node} (a mapping) to a record of {@code type}; null if it had errors. */
    public static <T extends Record> T bind(Node node, Class<T> type, String path, Problems problems) {
        Object v = new Binder(problems).value(node, type, path, null, null);
        return type.cast(v);
    }

    private Object value(Node node, Type type, String path, In decl, String key) {
        Class<?> raw = rawClass(type);
        if (raw.isRecord()) return record(node, raw, path, key);
        if (raw == List.class) return list(node, typeArg(type, 0), path, decl);
        if (raw == Map.class) return map(node, typeArg(type, 1), path, decl);
        if (!(node instanceof Node.ScalarNode s)) {
            problems.error(node.location(), path, "expected " + expected(raw, decl) + ", got " + node.describe());
            return null;
        }
        if (raw == String.class) return string(s, path);
        if (raw == double.class || raw == Double.class) return number(s, path, decl, false);
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            Double d = number(s, path, decl, true);
            if (d == null) return null;
            if (raw == long.class || raw == Long.class) {
                // a double holds whole numbers exactly only up to 2^53: read longer ones digit by digit
                String digits = s.text().trim().replace("_", "");
                try {
                    return Long.parseLong(digits);
                } catch (NumberFormatException e) {
                    return d.longValue(); // written with a decimal point or exponent, e.g. 1e6
                }
            }
            if (Math.abs(d) > Integer.MAX_VALUE) {
                problems.error(s.location(), path, "value " + s.text() + " is too large; at most " + Integer.MAX_VALUE);
                return null;
            }
            return d.intValue();
        }
        if (raw == boolean.class || raw == Boolean.class) return bool(s, path);
        if (raw == LocalDate.class) return date(s, path);
        if (raw == LocalDateTime.class) return dateTime(s, path);
        if (raw.isEnum()) return enumValue(s, raw, path);
        throw new IllegalStateException("Binder does not support " + type + " at " + path);
    }

    private Object record(Node node, Class<?> type, String path, String key) {
        RecordShape shape = RecordShape.of(type);
        if (!(node instanceof Node.MapNode map)) {
            problems.error(node.location(), path, "expected a mapping (" + fieldList(shape) + "), got " + node.describe());
            return null;
        }
        int errorsBefore = problems.errorCount();
        for (String k : map.entries().keySet()) {
            if (!shape.settable.contains(k)) {
                problems.error(map.keyLocation(k), NodePath.field(path, k),
                        "unknown field '" + k + "'" + Suggest.hint(k, shape.settable)
                                + "; allowed: " + String.join(", ", shape.settable));
            }
        }
        Object[] args = new Object[shape.components.size()];
        for (int i = 0; i < args.length; i++) {
            RecordShape.Component c = shape.components.get(i);
            In decl = c.decl();
            String childPath = NodePath.field(path, c.name());
            if (decl.key()) {
                args[i] = key;
                continue;
            }
            Node child = map.get(c.name());
            boolean absent = child == null
                    || (child instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.NULL);
            if (absent) {
                args[i] = absentValue(c, childPath, map);
            } else {
                args[i] = value(child, c.genericType(), childPath, decl, null);
            }
        }
        if (problems.errorCount() > errorsBefore) return null;
        return construct(shape, args);
    }

    private Object absentValue(RecordShape.Component c, String path, Node.MapNode parent) {
        In decl = c.decl();
        if (!decl.defaultValue().isEmpty()) {
            Node d = DEFAULTS.computeIfAbsent(decl.defaultValue(), text -> {
                Problems p = new Problems();
                Node n = YamlTree.parse(text, "default", p);
                if (p.hasErrors() || n == null) throw new IllegalStateException("bad default '" + text + "'");
                return n;
            });
            Node located = relocate(d, parent.location());
            return value(located, c.genericType(), path, decl, null);
        }
        if (decl.required()) {
            problems.error(parent.location(), path, "missing required field '" + c.name() + "': " + decl.doc()
                    + unitSuffix(decl));
            return null;
        }
        Class<?> raw = c.type();
        if (raw == List.class) return List.of();
        if (raw == Map.class) return Map.of();
        if (raw.isPrimitive()) {
            throw new IllegalStateException(c + " is primitive, optional and has no default");
        }
        return null;
    }

    /** Defaults are reported at the mapping that omitted them. */
    private static Node relocate(Node n, Location at) {
        if (n instanceof Node.ScalarNode s) return new Node.ScalarNode(s.text(), s.kind(), at);
        if (n instanceof Node.ListNode l) return new Node.ListNode(l.items().stream().map(x -> relocate(x, at)).toList(), at);
        Node.MapNode m = (Node.MapNode) n;
        Map<String, Node> e = new LinkedHashMap<>();
        m.entries().forEach((k, v) -> e.put(k, relocate(v, at)));
        return new Node.MapNode(e, Map.of(), at);
    }

    private Object list(Node node, Type itemType, String path, In decl) {
        if (!(node instanceof Node.ListNode list)) {
            problems.error(node.location(), path, "expected a list, got " + node.describe()
                    + (node instanceof Node.ScalarNode ? "; write it as [" + ((Node.ScalarNode) node).text() + "]" : ""));
            return null;
        }
        int errorsBefore = problems.errorCount();
        List<Object> out = new ArrayList<>(list.items().size());
        for (int i = 0; i < list.items().size(); i++) {
            out.add(value(list.items().get(i), itemType, NodePath.index(path, i), decl, null));
        }
        if (problems.errorCount() > errorsBefore) return null;
        return Collections.unmodifiableList(out);
    }

    private Object map(Node node, Type valueType, String path, In decl) {
        if (!(node instanceof Node.MapNode map)) {
            problems.error(node.location(), path, "expected a mapping of names to values, got " + node.describe());
            return null;
        }
        int errorsBefore = problems.errorCount();
        Map<String, Object> out = new LinkedHashMap<>();
        map.entries().forEach((k, v) -> out.put(k, value(v, valueType, NodePath.field(path, k), decl, k)));
        if (problems.errorCount() > errorsBefore) return null;
        return Collections.unmodifiableMap(out);
    }

    private String string(Node.ScalarNode s, String path) {
        if (s.kind() == Node.ScalarNode.Kind.NULL) return null;
        return s.text();
    }

    private Double number(Node.ScalarNode s, String path, In decl, boolean integral) {
        String unit = decl == null || decl.unit().isEmpty() ? "" : " in " + decl.unit();
        double v;
        switch (s.kind()) {
            case INTEGER, DECIMAL, STRING -> {
                String text = s.text().trim().replace("_", "");
                try {
                    v = s.kind() == Node.ScalarNode.Kind.DECIMAL ? yamlFloat(text) : Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    // a unit after the number can only be written in text; YAML numbers have none
                    boolean unitGiven = s.kind() == Node.ScalarNode.Kind.STRING && text.matches("[-+0-9.eE]+\\s*\\S+");
                    problems.error(s.location(), path, "expected a number" + unit + ", got " + s.describe()
                            + (unitGiven ? "; write the number alone (the unit is part of the field name)" : ""));
                    return null;
                }
                if (s.kind() == Node.ScalarNode.Kind.STRING && !text.matches("[-+]?[0-9.]+([eE][-+]?[0-9]+)?")) {
                    problems.error(s.location(), path, "expected a number" + unit + ", got " + s.describe());
                    return null;
                }
            }
            default -> {
                problems.error(s.location(), path, "expected a number" + unit + ", got " + s.describe());
                return null;
            }
        }
        v += 0.0; // -0 is 0: the same quantity, and written back as 0
        if (!Double.isFinite(v)) {
            problems.error(s.location(), path, "expected a finite number" + unit + ", got " + s.text());
            return null;
        }
        if (integral && v != Math.rint(v)) {
            problems.error(s.location(), path, "expected a whole number, got " + s.text());
            return null;
        }
        if (decl != null && !inRange(v, decl)) {
            problems.error(s.location(), path, "value " + s.text() + " is out of range; allowed: " + range(decl));
            return null;
        }
        if (decl != null && v != 0 && (v > decl.typicalMax() || v < decl.typicalMin())) {
            problems.warning(s.location(), path, "value " + s.text() + unitSuffixShort(decl) + " is outside the usual range "
                    + fmt(decl.typicalMin()) + " .. " + fmt(decl.typicalMax()) + unitSuffixShort(decl)
                    + "; check the unit (e.g. MW written where GW was meant)");
        }
        return v;
    }

    /** A YAML float: Java's syntax plus YAML's .inf, -.inf, .nan (any case), so that they are reported as not finite. */
    private static double yamlFloat(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.equals(".nan")) return Double.NaN;
        if (t.equals(".inf") || t.equals("+.inf")) return Double.POSITIVE_INFINITY;
        if (t.equals("-.inf")) return Double.NEGATIVE_INFINITY;
        return Double.parseDouble(text);
    }

    private Boolean bool(Node.ScalarNode s, String path) {
        // the YAML parser reads yes/no/on/off (any case) as booleans too, so their text is all we have
        if (s.kind() == Node.ScalarNode.Kind.BOOLEAN || s.kind() == Node.ScalarNode.Kind.STRING) {
            String t = s.text().trim().toLowerCase(java.util.Locale.ROOT);
            if (t.equals("true") || t.equals("yes") || t.equals("on")) return true;
            if (t.equals("false") || t.equals("no") || t.equals("off")) return false;
        }
        problems.error(s.location(), path, "expected true or false, got " + s.describe());
        return null;
    }

    private LocalDate date(Node.ScalarNode s, String path) {
        if (s.kind() == Node.ScalarNode.Kind.STRING) {
            try {
                return LocalDate.parse(s.text().trim());
            } catch (DateTimeParseException e) {
                // fall through
            }
        }
        problems.error(s.location(), path, "expected a date written YYYY-MM-DD, got " + s.describe());
        return null;
    }

    private LocalDateTime dateTime(Node.ScalarNode s, String path) {
        if (s.kind() == Node.ScalarNode.Kind.STRING) {
            String t = s.text().trim();
            try {
                return t.length() <= 10 ? LocalDate.parse(t).atStartOfDay() : LocalDateTime.parse(t);
            } catch (DateTimeParseException e) {
                // fall through
            }
        }
        problems.error(s.location(), path, "expected a date YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MM, got " + s.describe());
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumValue(Node.ScalarNode s, Class<?> type, String path) {
        List<String> allowed = EnumNames.all(type);
        Object e = s.text() == null ? null : EnumNames.parse((Class) type, s.text().trim());
        if (e == null) {
            problems.error(s.location(), path, "unknown value '" + s.text() + "'" + Suggest.hint(s.text(), allowed)
                    + "; allowed: " + String.join(", ", allowed));
        }
        return e;
    }

    private static Object construct(RecordShape shape, Object[] args) {
        try {
            return shape.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- declaration helpers, shared with the schema generator and the docs -------------------

    /** The declaration of a component; every record component that is an input must have one. */
    public static In declaration(RecordComponent rc) {
        for (RecordShape.Component c : RecordShape.of(rc.getDeclaringRecord()).components) {
            if (c.name().equals(rc.getName())) return c.decl();
        }
        throw new IllegalStateException(rc + " is not a component of " + rc.getDeclaringRecord());
    }

    public static boolean inRange(double v, In decl) {
        if (decl.minExclusive() ? v <= decl.min() : v < decl.min()) return false;
        return v <= decl.max();
    }

    /** "0 .. 1", "> 0 MW", "≥ 1" — the allowed range in words. */
    public static String range(In decl) {
        String unit = decl.unit().isEmpty() ? "" : " " + decl.unit();
        boolean lo = decl.min() != Double.NEGATIVE_INFINITY;
        boolean hi = decl.max() != Double.POSITIVE_INFINITY;
        if (lo && hi && !decl.minExclusive()) return fmt(decl.min()) + " .. " + fmt(decl.max()) + unit;
        if (lo && hi) return "> " + fmt(decl.min()) + " and ≤ " + fmt(decl.max()) + unit;
        if (lo) return (decl.minExclusive() ? "> " : "≥ ") + fmt(decl.min()) + unit;
        if (hi) return "≤ " + fmt(decl.max()) + unit;
        return "any finite number" + unit;
    }

    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format("%,d", (long) v);
        return String.valueOf(v);
    }

    private static String unitSuffix(In decl) {
        return decl.unit().isEmpty() ? "" : " [" + decl.unit() + "]";
    }

    private static String unitSuffixShort(In decl) {
        return decl.unit().isEmpty() ? "" : " " + decl.unit();
    }

    private static String fieldList(RecordShape shape) {
        List<String> names = shape.settable;
        return names.size() <= 6 ? "fields " + String.join(", ", names) : "fields " + String.join(", ", names.subList(0, 6)) + ", …";
    }

    private static String expected(Class<?> raw, In decl) {
        if (raw == String.class) return "text";
        if (raw == LocalDate.class) return "a date YYYY-MM-DD";
        if (raw == LocalDateTime.class) return "a date YYYY-MM-DD or time YYYY-MM-DDTHH:MM";
        if (raw.isEnum()) return "one of " + String.join(", ", EnumNames.all(raw));
        if (raw == boolean.class || raw == Boolean.class) return "true or false";
        return "a number" + (decl == null || decl.unit().isEmpty() ? "" : " in " + decl.unit());
    }

    public static Class<?> rawClass(Type t) {
        if (t instanceof Class<?> c) return c;
        if (t instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        throw new IllegalStateException("unsupported type " + t);
    }

    public static Type typeArg(Type t, int i) {
        if (t instanceof ParameterizedType p) return p.getActualTypeArguments()[i];
        throw new IllegalStateException("raw collection type " + t + " is not supported");
    }
}
