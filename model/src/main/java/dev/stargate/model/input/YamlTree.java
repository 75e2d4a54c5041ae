package dev.stargate.model.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML (and therefore JSON) into a {@link Node} tree with a location on every node. Syntax
 * errors and duplicate keys become {@link Problem}s, never exceptions. Sizes are bounded so that a
 * hostile document cannot exhaust memory.
 */
public final class YamlTree {
    /** Deepest nesting accepted; real scenarios nest fewer than 10 levels. */
    public static final int MAX_DEPTH = 64;
    /** Largest document accepted, in characters. */
    public static final int MAX_CHARS = 32 * 1024 * 1024;
    /** Most aliases a document may use (YAML "billion laughs" protection). */
    public static final int MAX_ALIASES = 50;

    private static final YAMLFactory FACTORY = createFactory();

    private YamlTree() {}

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CHARS);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowDuplicateKeys(true); // detected below, with both locations
        // the builder, unlike new YAMLFactory(), leaves EMPTY_STRING_AS_NULL off: "key:" with no value
        // would be the text "" instead of YAML null (absent)
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_CHARS)
                .maxNumberLength(100)
                .build());
        return factory;
    }

    /** Parses text; returns null (and records a problem) when the text is not valid YAML. */
    public static Node parse(String text, String file, Problems problems) {
        return parse(new StringReader(text), file, problems);
    }

    public static Node parse(Reader reader, String file, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(Location.ofFile(file), "", "the file is empty; expected a YAML mapping");
                return null;
            }
            Node root = read(parser, file, problems, 0, "");
            JsonToken next = parser.nextToken();
            while (next == JsonToken.VALUE_NULL) next = parser.nextToken(); // empty documents, e.g. a trailing ---
            if (next != null) {
                problems.error(location(file, parser.currentTokenLocation()), "",
                        "a second YAML document starts here (after ---); a file holds one document");
            }
            return root;
        } catch (JsonProcessingException e) {
            MarkedYAMLException marked = marked(e);
            if (marked != null && marked.getProblemMark() != null) {
                // SnakeYAML knows where the problem is and what it is; Jackson's location is
                // that of the last good token and its message's first line only the context
                Mark m = marked.getProblemMark();
                String context = marked.getContext() == null ? "" : " (" + marked.getContext()
                        + (marked.getContextMark() == null ? "" : " started at line " + (marked.getContextMark().getLine() + 1)) + ")";
                problems.error(new Location(file, m.getLine() + 1, m.getColumn() + 1), "",
                        "not valid YAML: " + firstLine(marked.getProblem()) + context);
                return null;
            }
            JsonLocation at = e.getLocation();
            Location loc = at == null ? Location.ofFile(file) : location(file, at);
            String message = firstLine(e.getOriginalMessage());
            if (e instanceof StreamConstraintsException && message.contains("nesting depth")) {
                // Jackson's own words name its API; say what the limit is and what to do
                message = "nesting deeper than " + MAX_DEPTH + " levels; a scenario is far flatter (check for runaway brackets)";
            }
            problems.error(loc, "", "not valid YAML: " + message);
            return null;
        } catch (IOException | RuntimeException e) {
            // SnakeYAML reports limit violations (aliases, size, depth) as runtime exceptions.
            problems.error(Location.ofFile(file), "", "not valid YAML: " + firstLine(String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static Node read(JsonParser p, String file, Problems problems, int depth, String path) throws IOException {
        JsonToken t = p.currentToken();
        Location loc = location(file, p.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new IOException("nesting deeper than " + MAX_DEPTH + " levels");
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Location> keyLocs = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyLoc = location(file, p.currentTokenLocation());
                    p.nextToken();
                    String keyPath = NodePath.field(path, key);
                    Node value = read(p, file, problems, depth + 1, keyPath);
                    if (entries.containsKey(key)) {
                        problems.error(keyLoc, keyPath, "duplicate key '" + key + "' (first given at line "
                                + keyLocs.get(key).line() + "); give each key once");
                        continue;
                    }
                    entries.put(key, value);
                    keyLocs.put(key, keyLoc);
                }
                return new Node.MapNode(entries, keyLocs, loc);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file, problems, depth + 1, NodePath.index(path, items.size())));
                }
                return new Node.ListNode(items, loc);
            }
            case VALUE_STRING:
                if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
                    // Jackson does not resolve aliases: it gives the anchor's name as the value
                    problems.error(loc, path, "YAML aliases (*" + p.getText() + ") are not supported; write the value out in full");
                }
                return new Node.ScalarNode(p.getText(), Node.ScalarNode.Kind.STRING, loc);
            case VALUE_NUMBER_INT:
                return new Node.ScalarNode(p.getText(), Node.ScalarNode.Kind.INTEGER, loc);
            case VALUE_NUMBER_FLOAT:
                return new Node.ScalarNode(p.getText(), Node.ScalarNode.Kind.DECIMAL, loc);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node.ScalarNode(p.getText(), Node.ScalarNode.Kind.BOOLEAN, loc);
            case VALUE_NULL:
                return new Node.ScalarNode(null, Node.ScalarNode.Kind.NULL, loc);
            default:
                throw new IOException("unexpected YAML element " + t);
        }
    }

    static Location location(String file, JsonLocation at) {
        return new Location(file, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
    }

    private static MarkedYAMLException marked(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MarkedYAMLException m) return m;
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable input";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
