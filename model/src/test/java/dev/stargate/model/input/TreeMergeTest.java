package dev.stargate.model.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreeMergeTest {
    private static Node parse(String yaml, String file) {
        Problems p = new Problems();
        Node n = YamlTree.parse(yaml, file, p);
        assertThat(p.all()).isEmpty();
        return n;
    }

    private static final String BASE = """
            accelerators:
              gb200:
                tdpW: 1200
                rackPowerKw: 120
                source: [vendor]
              h100:
                tdpW: 700
            cooling:
              air: {maxRackKw: 60}
            """;

    @Test
    void mergesMappingsKeyByKeyAndKeepsEachNodesFile() {
        Node base = parse(BASE, "base.yaml");
        Node over = parse("accelerators:\n  gb200:\n    tdpW: 1300\n", "over.yaml");
        Node.MapNode merged = (Node.MapNode) TreeMerge.overlay(base, over);

        Node.MapNode gb200 = (Node.MapNode) ((Node.MapNode) merged.get("accelerators")).get("gb200");
        assertThat(((Node.ScalarNode) gb200.get("tdpW")).text()).isEqualTo("1300");
        assertThat(gb200.get("tdpW").location()).isEqualTo(new Location("over.yaml", 3, 11));
        assertThat(((Node.ScalarNode) gb200.get("rackPowerKw")).text()).as("untouched field kept").isEqualTo("120");
        assertThat(gb200.get("rackPowerKw").location().file()).isEqualTo("base.yaml");
        assertThat(gb200.keyLocation("tdpW").file()).as("the key is where the override wrote it").isEqualTo("over.yaml");
        assertThat(gb200.keyLocation("rackPowerKw").file()).isEqualTo("base.yaml");
        assertThat(((Node.MapNode) merged.get("accelerators")).get("h100")).as("other entries kept")
                .isEqualTo(((Node.MapNode) ((Node.MapNode) base).get("accelerators")).get("h100"));
        assertThat(merged.get("cooling")).isEqualTo(((Node.MapNode) base).get("cooling"));
        assertThat(merged.location()).isEqualTo(base.location());
    }

    @Test
    void addsNewEntriesInOrder() {
        Node base = parse(BASE, "base.yaml");
        Node over = parse("accelerators:\n  acme: {tdpW: 500}\nmodels:\n  m: {parametersB: 1}\n", "over.yaml");
        Node.MapNode merged = (Node.MapNode) TreeMerge.overlay(base, over);
        assertThat(merged.entries().keySet()).containsExactly("accelerators", "cooling", "models");
        assertThat(((Node.MapNode) merged.get("accelerators")).entries().keySet()).containsExactly("gb200", "h100", "acme");
    }

    @Test
    void replacesScalarsListsAndMismatchedKindsWhole() {
        Node base = parse(BASE, "base.yaml");
        Node over = parse("accelerators:\n  gb200:\n    source: [mine]\n  h100: retired\ncooling: [air]\n", "over.yaml");
        Node.MapNode merged = (Node.MapNode) TreeMerge.overlay(base, over);
        Node.MapNode acc = (Node.MapNode) merged.get("accelerators");
        Node.ListNode source = (Node.ListNode) ((Node.MapNode) acc.get("gb200")).get("source");
        assertThat(source.items()).as("lists are replaced, not appended").hasSize(1);
        assertThat(((Node.ScalarNode) source.items().get(0)).text()).isEqualTo("mine");
        assertThat(acc.get("h100")).isInstanceOf(Node.ScalarNode.class);
        assertThat(merged.get("cooling")).isInstanceOf(Node.ListNode.class);
        Node scalar = parse("just text", "s.yaml");
        assertThat(TreeMerge.overlay(base, scalar)).isSameAs(scalar);
    }

    @Test
    void leavesBothInputsUnchanged() {
        Node base = parse(BASE, "base.yaml");
        Node copy = parse(BASE, "base.yaml");
        Node over = parse("accelerators:\n  gb200:\n    tdpW: 1300\n", "over.yaml");
        TreeMerge.overlay(base, over);
        assertThat(base).isEqualTo(copy);
        assertThat(over).isEqualTo(parse("accelerators:\n  gb200:\n    tdpW: 1300\n", "over.yaml"));
    }

    @Test
    void removesAndSetsKeys() {
        Node.MapNode base = (Node.MapNode) parse(BASE, "base.yaml");
        Node.MapNode without = TreeMerge.without(base, "accelerators");
        assertThat(without.entries().keySet()).containsExactly("cooling");
        assertThat(without.keyLocations().keySet()).containsExactly("cooling");
        assertThat(TreeMerge.without(base, "absent").entries()).isEqualTo(base.entries());

        Node value = new Node.ScalarNode("x", Node.ScalarNode.Kind.STRING, new Location("v.yaml", 9, 9));
        Node.MapNode with = TreeMerge.with(base, "extra", value);
        assertThat(with.entries().keySet()).containsExactly("accelerators", "cooling", "extra");
        assertThat(with.keyLocation("extra")).isEqualTo(new Location("v.yaml", 9, 9));
        Node.MapNode replaced = TreeMerge.with(base, "cooling", value);
        assertThat(replaced.get("cooling")).isSameAs(value);
        assertThat(replaced.keyLocation("cooling")).as("an existing key keeps its location").isEqualTo(base.keyLocation("cooling"));
        assertThat(base.entries().keySet()).as("the original is unchanged").containsExactly("accelerators", "cooling");
        assertThat(List.copyOf(base.entries().keySet())).hasSize(2);
    }
}
