package dev.stargate.model.catalogue;

import dev.stargate.model.input.Binder;
import dev.stargate.model.input.InvalidInputException;
import dev.stargate.model.input.Location;
import dev.stargate.model.input.Node;
import dev.stargate.model.input.Problems;
import dev.stargate.model.input.Suggest;
import dev.stargate.model.input.TreeMerge;
import dev.stargate.model.input.YamlTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the built-in catalogue (YAML resources under {@code catalogue/}, one per section) and
 * applies a scenario's overrides: an entry with a built-in name is merged field by field, a new
 * name adds an entry (which must then be complete).
 */
public final class CatalogueLoader {
    private static volatile Node builtInTree;
    private static volatile Catalogue builtIn;

    private CatalogueLoader() {}

    /** The built-in catalogue; it is validated by the build, so a problem here is a bug. */
    public static Catalogue builtIn() {
        Catalogue c = builtIn;
        if (c == null) {
            Problems problems = new Problems().locateIn(rooted(builtInTree()));
            c = bind(builtInTree(), problems);
            if (problems.hasErrors()) {
                throw new IllegalStateException("the built-in catalogue is invalid:\n" + new InvalidInputException(problems.all()).getMessage());
            }
            builtIn = c;
        }
        return c;
    }

    /** The built-in catalogue as a located tree {accelerators: …, cooling: …, …}. */
    public static Node builtInTree() {
        Node t = builtInTree;
        if (t == null) {
            Map<String, Node> sections = new LinkedHashMap<>();
            Map<String, Location> keys = new LinkedHashMap<>();
            Problems problems = new Problems();
            for (String section : Catalogue.SECTIONS) {
                String resource = "catalogue/" + section + ".yaml";
                try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) throw new IllegalStateException("missing resource " + resource);
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                    Node n = YamlTree.parse(reader, resource, problems);
                    sections.put(section, n);
                    keys.put(section, Location.ofFile(resource));
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read " + resource, e);
                }
            }
            if (problems.hasErrors()) throw new IllegalStateException(new InvalidInputException(problems.all()).getMessage());
            t = new Node.MapNode(sections, keys, Location.ofFile("catalogue"));
            builtInTree = t;
        }
        return t;
    }

    /**
     * The built-in tree with {@code overrides} (the scenario's {@code catalogue:} mapping) laid
     * over it. Unknown sections are reported.
     */
    public static Node withOverrides(Node overrides, Problems problems) {
        if (overrides == null) return builtInTree();
        if (!(overrides instanceof Node.MapNode map)) {
            problems.error(overrides.location(), "catalogue", "expected a mapping of catalogue sections ("
                    + String.join(", ", Catalogue.SECTIONS) + "), got " + overrides.describe());
            return builtInTree();
        }
        List<String> sections = Arrays.asList(Catalogue.SECTIONS);
        Node.MapNode valid = map;
        for (String k : map.entries().keySet()) {
            if (!sections.contains(k)) {
                problems.error(map.keyLocation(k), "catalogue." + k, "unknown catalogue section '" + k + "'"
                        + Suggest.hint(k, sections) + "; allowed: " + String.join(", ", sections));
                valid = TreeMerge.without(valid, k);
            } else if (map.get(k) instanceof Node.ScalarNode s && s.kind() == Node.ScalarNode.Kind.NULL) {
                valid = TreeMerge.without(valid, k); // a section with no entries (all commented out) changes nothing
            } else if (!(map.get(k) instanceof Node.MapNode)) {
                problems.error(map.get(k).location(), "catalogue." + k, "expected a mapping of entries by name, got "
                        + map.get(k).describe());
                valid = TreeMerge.without(valid, k);
            }
        }
        return TreeMerge.overlay(builtInTree(), valid);
    }

    /** {catalogue: tree}: the root against which catalogue field paths are located. */
    public static Node.MapNode rooted(Node tree) {
        return new Node.MapNode(Map.of("catalogue", tree), Map.of("catalogue", tree.location()), tree.location());
    }

    /** Binds a catalogue tree and checks references between its entries. Null if it had errors. */
    public static Catalogue bind(Node tree, Problems problems) {
        Catalogue c = Binder.bind(tree, Catalogue.class, "catalogue", problems);
        if (c == null) return null;
        int before = problems.errorCount();
        c.models().forEach((name, model) -> model.tokensPerSecondPerAccelerator().keySet().forEach(acc -> {
            if (!c.accelerators().containsKey(acc)) {
                problems.error("catalogue.models." + name + ".tokensPerSecondPerAccelerator." + acc,
                        "unknown accelerator '" + acc + "'" + Suggest.hint(acc, c.accelerators().keySet()));
            }
        }));
        c.energy().forEach((name, tech) -> {
            if (tech.kind() == EnergyKind.STORAGE && tech.storageHours() <= 0) {
                problems.error("catalogue.energy." + name + ".storageHours", "a storage technology needs storageHours > 0");
            }
        });
        return problems.errorCount() > before ? null : c;
    }
}
