package dev.stargate.model.input;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Overlays one tree on another: mappings merge key by key (recursively), anything else is
 * replaced. Each node keeps its own location, so a problem in an override points at the file
 * that wrote it.
 */
public final class TreeMerge {
    private TreeMerge() {}

    public static Node overlay(Node base, Node over) {
        if (base instanceof Node.MapNode b && over instanceof Node.MapNode o) {
            Map<String, Node> entries = new LinkedHashMap<>(b.entries());
            Map<String, Location> keys = new LinkedHashMap<>(b.keyLocations());
            o.entries().forEach((k, v) -> {
                Node existing = entries.get(k);
                entries.put(k, existing == null ? v : overlay(existing, v));
                keys.put(k, o.keyLocation(k));
            });
            return new Node.MapNode(entries, keys, b.location());
        }
        return over;
    }

    /** A copy of {@code map} without {@code key}. */
    public static Node.MapNode without(Node.MapNode map, String key) {
        Map<String, Node> entries = new LinkedHashMap<>(map.entries());
        Map<String, Location> keys = new LinkedHashMap<>(map.keyLocations());
        entries.remove(key);
        keys.remove(key);
        return new Node.MapNode(entries, keys, map.location());
    }

    /** A copy of {@code map} with {@code key} set to {@code value}. */
    public static Node.MapNode with(Node.MapNode map, String key, Node value) {
        Map<String, Node> entries = new LinkedHashMap<>(map.entries());
        Map<String, Location> keys = new LinkedHashMap<>(map.keyLocations());
        entries.put(key, value);
        keys.putIfAbsent(key, value.location());
        return new Node.MapNode(entries, keys, map.location());
    }
}
