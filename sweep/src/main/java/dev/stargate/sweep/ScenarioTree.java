package dev.stargate.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.stargate.model.input.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario as plain values (maps, lists, scalars), read from and written to YAML, with values
 * read and set by sweep path: fields by name, list items by their {@code name} or {@code [index]}
 * (e.g. {@code sites.abilene.phases[1].onlineDate}). A missing field reads as null (the scenario
 * leaves it to its default) and setting it creates the sections it needs (catalogue overrides,
 * {@code policies:}); a misspelt field is then caught when the scenario is validated. A list item
 * that is not there is an error naming the items that are.
 */
final class ScenarioTree {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    static final String CATALOGUE = "catalogue";

    /** A path that does not lead to a value. */
    static final class PathException extends RuntimeException {
        PathException(String message) {
            super(message, null, false, false);
        }
    }

    private ScenarioTree() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String yaml) {
        try {
            Object tree = YAML.readValue(yaml, Object.class);
            if (!(tree instanceof Map)) throw new IllegalArgumentException("a scenario is a YAML mapping");
            return (Map<String, Object>) tree;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    static String write(Map<String, Object> tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A deep copy (maps and lists copied, scalars shared). */
    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, copy(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return value;
    }

    /** The value at the path (null when a field on the way is absent). */
    static Object get(Map<String, Object> tree, String path) {
        Step s = walk(tree, path, false);
        if (s == null) return null;
        return s.map != null ? s.map.get(s.key) : s.list.get(s.index);
    }

    /** Sets the value at the path. */
    static void set(Map<String, Object> tree, String path, Object value) {
        Step s = walk(tree, path, true);
        if (s.map != null) s.map.put(s.key, value);
        else s.list.set(s.index, value);
    }

    /** One dot-separated part of a path: a field or item name, and the list indices after it ({@code phases[1]}). */
    private record Segment(String key, List<Integer> indices) {
        static Segment of(String text, String path) {
            Matcher m = SEGMENT.matcher(text);
            if (!m.matches()) throw new PathException("'" + text + "' in " + path + " is not a field, a name or name[index]");
            List<Integer> indices = new ArrayList<>();
            Matcher ix = INDEX.matcher(m.group(2));
            while (ix.find()) indices.add(Integer.parseInt(ix.group(1)));
            return new Segment(m.group(1), indices);
        }
    }

    /** Where the last segment of a path lands: a field of a map, or an item of a list. */
    private record Step(Map<String, Object> map, String key, List<Object> list, int index) {}

    @SuppressWarnings("unchecked")
    private static Step walk(Map<String, Object> tree, String path, boolean create) {
        if (path == null || path.isBlank()) throw new PathException("the path is empty");
        String[] segments = path.split("\\.", -1);
        List<Segment> parsed = new ArrayList<>(segments.length); // the whole path is well-formed, even where the scenario stops short of it
        for (String segment : segments) parsed.add(Segment.of(segment, path));
        Object current = tree;
        StringBuilder at = new StringBuilder();
        for (int i = 0; i < parsed.size(); i++) {
            String key = parsed.get(i).key();
            List<Integer> indices = parsed.get(i).indices();
            boolean last = i == parsed.size() - 1;
            String where = at.isEmpty() ? "the scenario" : at.toString();
            if (current instanceof Map<?, ?> raw) {
                Map<String, Object> map = (Map<String, Object>) raw;
                if (last && indices.isEmpty()) return new Step(map, key, null, -1);
                if (map.get(key) == null) {
                    if (!create && !indices.isEmpty()) {
                        throw new PathException("no list '" + key + "' in " + where + Suggest.hint(key, new ArrayList<>(map.keySet())));
                    }
                    if (!create) return null;
                    map.put(key, new LinkedHashMap<String, Object>());
                }
                current = map.get(key);
            } else if (current instanceof List<?> raw) {
                List<Object> list = (List<Object>) raw;
                Object item = null;
                List<String> names = new ArrayList<>();
                for (Object o : list) {
                    if (o instanceof Map<?, ?> mm && mm.get("name") != null) {
                        names.add(String.valueOf(mm.get("name")));
                        if (String.valueOf(mm.get("name")).equals(key)) item = o;
                    }
                }
                if (item == null) {
                    throw new PathException("no item named '" + key + "' in " + where + Suggest.hint(key, names) + " (names: " + String.join(", ", names) + ")");
                }
                current = item;
                if (last && indices.isEmpty()) throw new PathException(path + " names a whole item; add the field to vary, e.g. " + path + ".FIELD");
            } else {
                throw new PathException(where + " is a value, not a section: '" + key + "' cannot be in it");
            }
            at.append(at.isEmpty() ? "" : ".").append(key);
            for (int k = 0; k < indices.size(); k++) {
                int index = indices.get(k);
                if (!(current instanceof List<?> raw)) throw new PathException(at + " is not a list, so [" + index + "] does not apply");
                List<Object> list = (List<Object>) raw;
                if (index >= list.size()) throw new PathException(at + " has " + list.size() + " items; [" + index + "] is beyond them (items count from 0)");
                if (last && k == indices.size() - 1) return new Step(null, null, list, index);
                current = list.get(index);
                at.append('[').append(index).append(']');
            }
        }
        throw new PathException(path + " does not end at a value");
    }
}
