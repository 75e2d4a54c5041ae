package dev.stargate.model.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodePathTest {
    private static final String YAML = """
            name: fleet
            sites:
              - name: a
                phases:
                  - {name: p1, acceleratorCount: 10}
              - name: b
                phases:
                  - name: p1
                    acceleratorCount: 20
                  - name: p2
                    acceleratorCount: 30
            catalogue:
              accelerators:
                nvidia_gb200: {tdpW: 1200}
            """;

    private static Node tree() {
        Problems p = new Problems();
        Node n = YamlTree.parse(YAML, "f.yaml", p);
        assertThat(p.all()).isEmpty();
        return n;
    }

    private static Location at(int line, int column) {
        return new Location("f.yaml", line, column);
    }

    @Test
    void buildsPaths() {
        assertThat(NodePath.field("", "sites")).isEqualTo("sites");
        assertThat(NodePath.index("sites", 3)).isEqualTo("sites[3]");
        assertThat(NodePath.field(NodePath.index("sites", 3), "phases")).isEqualTo("sites[3].phases");
        assertThat(NodePath.field("catalogue.accelerators", "nvidia_gb200")).isEqualTo("catalogue.accelerators.nvidia_gb200");
    }

    @Test
    void locatesScalarsInMappingsAndLists() {
        Node root = tree();
        assertThat(NodePath.locate(root, "name")).isEqualTo(at(1, 7));
        assertThat(NodePath.locate(root, "sites[0].phases[0].acceleratorCount")).isEqualTo(at(5, 38));
        assertThat(NodePath.locate(root, "sites[1].phases[1].acceleratorCount")).isEqualTo(at(11, 27));
        assertThat(NodePath.locate(root, "sites[1].name")).isEqualTo(at(6, 11));
        assertThat(NodePath.locate(root, "catalogue.accelerators.nvidia_gb200.tdpW")).isEqualTo(at(14, 26));
    }

    @Test
    void locatesMappingsAndLists() {
        Node root = tree();
        assertThat(NodePath.locate(root, "")).isEqualTo(root.location());
        assertThat(NodePath.locate(root, "sites[1]")).isEqualTo(at(6, 5));
        assertThat(NodePath.locate(root, "sites[1].phases[1]")).isEqualTo(at(10, 9));
        assertThat(NodePath.locate(root, "catalogue.accelerators.nvidia_gb200")).isEqualTo(at(14, 19));
    }

    @Test
    void aMissingLeafIsLocatedAtItsParent() {
        Node root = tree();
        assertThat(NodePath.locate(root, "sites[1].phases[1].onlineDate")).isEqualTo(NodePath.locate(root, "sites[1].phases[1]"));
        assertThat(NodePath.locate(root, "sites[0].landAcres")).isEqualTo(NodePath.locate(root, "sites[0]"));
        assertThat(NodePath.locate(root, "horizon.start")).isEqualTo(root.location());
        assertThat(NodePath.locate(root, "catalogue.models.x.y")).isEqualTo(NodePath.locate(root, "catalogue"));
    }

    @Test
    void anIndexBeyondTheListIsLocatedAtTheList() {
        Node root = tree();
        assertThat(NodePath.locate(root, "sites[7].name")).isEqualTo(NodePath.locate(root, "sites"));
        assertThat(NodePath.locate(root, "sites[-1]")).isEqualTo(NodePath.locate(root, "sites"));
        assertThat(NodePath.locate(root, "sites[x].name")).isEqualTo(NodePath.locate(root, "sites"));
        assertThat(NodePath.locate(root, "sites[1")).isEqualTo(NodePath.locate(root, "sites"));
    }

    @Test
    void aPathThroughTheWrongKindOfNodeStopsThere() {
        Node root = tree();
        assertThat(NodePath.locate(root, "name[0]")).isEqualTo(at(1, 7));
        assertThat(NodePath.locate(root, "sites.name")).isEqualTo(NodePath.locate(root, "sites"));
        assertThat(NodePath.locate(root, "name.first")).isEqualTo(at(1, 7));
    }

    @Test
    void withoutATreeTheLocationIsUnknown() {
        assertThat(NodePath.locate(null, "sites[0].name")).isEqualTo(Location.UNKNOWN);
        assertThat(Location.UNKNOWN.toString()).isEmpty();
        assertThat(at(3, 4).toString()).isEqualTo("f.yaml:3:4");
        assertThat(Location.ofFile("f.yaml").toString()).isEqualTo("f.yaml");
    }
}
