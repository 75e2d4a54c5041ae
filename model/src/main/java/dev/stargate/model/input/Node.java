package dev.stargate.model.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML/JSON document that remembers where every value came from, so that any problem
 * found later can name file, line and column. Built by {@link YamlTree}.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    Location location();

    /** A short word for messages: "a mapping", "a list", "a number"... */
    String describe();

    /** A mapping with insertion order kept; key locations are kept for "unknown field" messages. */
    record MapNode(Map<String, Node> entries, Map<String, Location> keyLocations, Location location)
            implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
        }

        public static MapNode empty(Location at) {
            return new MapNode(Map.of(), Map.of(), at);
        }

        public Node get(String key) {
            return entries.get(key);
        }

        public Location keyLocation(String key) {
            return keyLocations.getOrDefault(key, location);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record ListNode(List<Node> items, Location location) implements Node {
        public ListNode {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar; {@code text} is exactly what was written (null for YAML null / empty). */
    record ScalarNode(String text, Kind kind, Location location) implements Node {
        public enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "the text '" + text + "'";
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "nothing (null)";
            };
        }
    }
}
