package dev.stargate.model.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlTreeTest {
    private Problems problems;

    private Node parse(String yaml) {
        problems = new Problems();
        return YamlTree.parse(yaml, "f.yaml", problems);
    }

    private Problem onlyProblem() {
        assertThat(problems.all()).hasSize(1);
        return problems.all().get(0);
    }

    @Test
    void keepsKindsTextAndLocations() {
        Node.MapNode m = (Node.MapNode) parse("a: 1\nb: 2.5e3\nc: text\nd: true\ne: ~\nf: '7'\ng: [x, {h: 1}]\n");
        assertThat(problems.all()).isEmpty();
        assertThat(m.get("a")).isEqualTo(new Node.ScalarNode("1", Node.ScalarNode.Kind.INTEGER, new Location("f.yaml", 1, 4)));
        assertThat(m.get("b")).isEqualTo(new Node.ScalarNode("2.5e3", Node.ScalarNode.Kind.DECIMAL, new Location("f.yaml", 2, 4)));
        assertThat(((Node.ScalarNode) m.get("c")).kind()).isEqualTo(Node.ScalarNode.Kind.STRING);
        assertThat(((Node.ScalarNode) m.get("d")).kind()).isEqualTo(Node.ScalarNode.Kind.BOOLEAN);
        assertThat(m.get("e")).isEqualTo(new Node.ScalarNode(null, Node.ScalarNode.Kind.NULL, new Location("f.yaml", 5, 4)));
        assertThat(((Node.ScalarNode) m.get("f")).kind()).as("quoted numbers are text").isEqualTo(Node.ScalarNode.Kind.STRING);
        assertThat(m.get("g")).isInstanceOf(Node.ListNode.class);
        assertThat(m.keyLocation("g")).isEqualTo(new Location("f.yaml", 7, 1));
        assertThat(m.entries().keySet()).containsExactly("a", "b", "c", "d", "e", "f", "g");
    }

    @Test
    void readsAKeyWithNoValueAsNullButQuotedEmptyTextAsText() {
        Node.MapNode m = (Node.MapNode) parse("a:\nb: ''\nc:\n  # only a comment\n");
        assertThat(problems.all()).isEmpty();
        assertThat(((Node.ScalarNode) m.get("a")).kind()).isEqualTo(Node.ScalarNode.Kind.NULL);
        assertThat(((Node.ScalarNode) m.get("b")).text()).isEmpty();
        assertThat(((Node.ScalarNode) m.get("b")).kind()).isEqualTo(Node.ScalarNode.Kind.STRING);
        assertThat(((Node.ScalarNode) m.get("c")).kind()).isEqualTo(Node.ScalarNode.Kind.NULL);
    }

    @Test
    void readsJson() {
        Node.MapNode m = (Node.MapNode) parse("{\"a\": [1, 2], \"b\": {\"c\": null}}");
        assertThat(problems.all()).isEmpty();
        assertThat(((Node.ListNode) m.get("a")).items()).hasSize(2);
    }

    @Test
    void reportsADuplicateKeyAtItsFullPath() {
        Node root = parse("sites:\n  - name: a\n    phases:\n      - {name: p, name: q}\n");
        Problem p = onlyProblem();
        assertThat(p.isError()).isTrue();
        assertThat(p.path()).isEqualTo("sites[0].phases[0].name");
        assertThat(p.message()).isEqualTo("duplicate key 'name' (first given at line 4); give each key once");
        assertThat(p.location()).isEqualTo(new Location("f.yaml", 4, 19));
        assertThat(root).as("the tree is still built, with the first value").isNotNull();
    }

    @Test
    void namesTheSyntaxProblemWhereItIs() {
        assertThat(parse("a: 1\nb:\n\tc: 2\n")).isNull();
        Problem p = onlyProblem();
        assertThat(p.path()).isEmpty();
        assertThat(p.location()).isEqualTo(new Location("f.yaml", 3, 1));
        assertThat(p.message()).startsWith("not valid YAML: found character '\\t(TAB)' that cannot start any token")
                .contains("Do not use \\t(TAB) for indentation");

        assertThat(parse("a: [1, 2\nb: 3\n")).isNull();
        assertThat(onlyProblem().message()).isEqualTo("not valid YAML: expected ',' or ']', but got : (while parsing a flow sequence started at line 1)");
        assertThat(onlyProblem().location().line()).isEqualTo(2);

        assertThat(parse("a: b: c\n")).isNull();
        assertThat(onlyProblem().message()).isEqualTo("not valid YAML: mapping values are not allowed here");
        assertThat(onlyProblem().location()).isEqualTo(new Location("f.yaml", 1, 5));

        assertThat(parse("a: \"open\nb: 2\n")).isNull();
        assertThat(onlyProblem().message()).contains("found unexpected end of stream").contains("quoted scalar started at line 1");
    }

    @Test
    void rejectsAliasesRatherThanReadingTheAnchorName() {
        Node.MapNode m = (Node.MapNode) parse("a: &x 5\nb: *x\nc: *undefined\n");
        assertThat(problems.all()).extracting(Problem::path).containsExactly("b", "c");
        assertThat(problems.all()).allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("YAML aliases").contains("are not supported");
        });
        assertThat(problems.all().get(0).message()).isEqualTo("YAML aliases (*x) are not supported; write the value out in full");
        assertThat(problems.all().get(0).location().line()).isEqualTo(2);
        assertThat(m.get("a")).isInstanceOf(Node.ScalarNode.class);
    }

    @Test
    void reportsASecondDocument() {
        parse("a: 1\n---\nb: 2\n");
        Problem p = onlyProblem();
        assertThat(p.isError()).isTrue();
        assertThat(p.message()).isEqualTo("a second YAML document starts here (after ---); a file holds one document");
        assertThat(p.location().line()).isEqualTo(3);
        parse("---\na: 1\n...\n");
        assertThat(problems.all()).as("markers around one document are fine").isEmpty();
        parse("a: 1\n---\n");
        assertThat(problems.all()).as("a trailing empty document is fine").isEmpty();
    }

    @Test
    void reportsAnEmptyFileWithoutALine() {
        assertThat(parse("")).isNull();
        assertThat(onlyProblem()).isEqualTo(new Problem(Severity.ERROR, Location.ofFile("f.yaml"), "", "the file is empty; expected a YAML mapping"));
        assertThat(parse("# just a comment\n\n")).isNull();
        assertThat(onlyProblem().message()).startsWith("the file is empty");
    }

    @Test
    void boundsNestingDepth() {
        String deep = "[".repeat(YamlTree.MAX_DEPTH + 10) + "]".repeat(YamlTree.MAX_DEPTH + 10);
        assertThat(parse(deep)).isNull();
        assertThat(onlyProblem().message()).startsWith("not valid YAML");
        String ok = "[".repeat(20) + "]".repeat(20);
        assertThat(parse(ok)).isNotNull();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void describesNodesForMessages() {
        assertThat(new Node.ScalarNode("x", Node.ScalarNode.Kind.STRING, Location.UNKNOWN).describe()).isEqualTo("the text 'x'");
        assertThat(new Node.ScalarNode("5", Node.ScalarNode.Kind.INTEGER, Location.UNKNOWN).describe()).isEqualTo("the number 5");
        assertThat(new Node.ScalarNode("true", Node.ScalarNode.Kind.BOOLEAN, Location.UNKNOWN).describe()).isEqualTo("the boolean true");
        assertThat(new Node.ScalarNode(null, Node.ScalarNode.Kind.NULL, Location.UNKNOWN).describe()).isEqualTo("nothing (null)");
        assertThat(Node.MapNode.empty(Location.UNKNOWN).describe()).isEqualTo("a mapping");
    }

    @Test
    void problemsPrintAsOneLine() {
        Problem p = new Problem(Severity.ERROR, new Location("s.yaml", 3, 5), "sites[0].region", "unknown grid region 'x'");
        assertThat(p).hasToString("s.yaml:3:5: error: sites[0].region: unknown grid region 'x'");
        Problem w = new Problem(Severity.WARNING, Location.ofFile("s.yaml"), "", "the file is odd");
        assertThat(w).hasToString("s.yaml: warning: the file is odd");
        InvalidInputException e = new InvalidInputException(java.util.List.of(p, w));
        assertThat(e.getMessage()).isEqualTo(p + "\n" + w);
        assertThat(e.errors()).containsExactly(p);
        assertThat(e.problems()).containsExactly(p, w);
    }
}
