package dev.stargate.model.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BinderTest {
    enum Mode { FIRST_FIT, BEST_FIT, CHEAPEST }

    record Inner(
            @In(doc = "How many", min = 0, defaultValue = "3") int count,
            @In(doc = "Which way", defaultValue = "first_fit") Mode mode) {}

    record Entry(
            @In(doc = "Name of the entry", key = true) String name,
            @In(doc = "Power", unit = "MW", min = 0) double powerMw,
            @In(doc = "Notes", required = false) List<String> notes) {}

    record Outer(
            @In(doc = "Power", unit = "MW", min = 0, max = 1000, typicalMin = 1, typicalMax = 500) double powerMw,
            @In(doc = "Count", min = 1, max = 1e6) int count,
            @In(doc = "Seed", min = 0, max = 9.2e18, defaultValue = "7") long seed,
            @In(doc = "Mode", defaultValue = "first_fit") Mode mode,
            @In(doc = "Day", required = false) LocalDate day,
            @In(doc = "Time", required = false) LocalDateTime time,
            @In(doc = "Nested", defaultValue = "{}") Inner inner,
            @In(doc = "Entries by name", required = false) Map<String, Entry> entries,
            @In(doc = "Tags", required = false) List<String> tags,
            @In(doc = "Country", required = false) String country,
            @In(doc = "Flag", defaultValue = "false") boolean flag,
            @In(doc = "Share", min = 0, minExclusive = true, max = 1, defaultValue = "0.5") double share,
            @In(doc = "Optional number", unit = "h", required = false) Double hours) {}

    private Problems problems;

    private Outer bind(String yaml) {
        problems = new Problems();
        Node root = YamlTree.parse(yaml, "test.yaml", problems);
        assertThat(problems.all()).as("YAML parses").isEmpty();
        return Binder.bind(root, Outer.class, "", problems);
    }

    private Problem onlyError() {
        assertThat(problems.all()).filteredOn(Problem::isError).hasSize(1);
        return problems.all().stream().filter(Problem::isError).findFirst().orElseThrow();
    }

    @Test
    void bindsAFullRecord() {
        Outer o = bind("""
                powerMw: 120.5
                count: 3
                seed: 42
                mode: best_fit
                day: 2027-03-04
                time: 2027-03-04T05:06
                inner: {count: 9, mode: cheapest}
                entries:
                  a: {powerMw: 1}
                tags: [x, y]
                country: US
                flag: true
                share: 1
                hours: 2.5
                """);
        assertThat(problems.all()).isEmpty();
        assertThat(o).isEqualTo(new Outer(120.5, 3, 42, Mode.BEST_FIT, LocalDate.of(2027, 3, 4),
                LocalDateTime.of(2027, 3, 4, 5, 6), new Inner(9, Mode.CHEAPEST),
                Map.of("a", new Entry("a", 1, List.of())), List.of("x", "y"), "US", true, 1.0, 2.5));
    }

    @Test
    void appliesDefaultsIncludingNestedRecordDefaults() {
        Outer o = bind("powerMw: 10\ncount: 1\n");
        assertThat(problems.all()).isEmpty();
        assertThat(o.seed()).isEqualTo(7);
        assertThat(o.mode()).isEqualTo(Mode.FIRST_FIT);
        assertThat(o.inner()).as("'{}' default: a record of its own defaults").isEqualTo(new Inner(3, Mode.FIRST_FIT));
        assertThat(o.flag()).isFalse();
        assertThat(o.share()).isEqualTo(0.5);
        assertThat(o.tags()).isEmpty();
        assertThat(o.entries()).isEmpty();
        assertThat(o.day()).isNull();
        assertThat(o.hours()).isNull();
        assertThat(o.country()).isNull();
    }

    @Test
    void fillsTheFieldsANestedRecordLeavesOut() {
        Outer o = bind("powerMw: 10\ncount: 1\ninner: {count: 5}\n");
        assertThat(o.inner()).isEqualTo(new Inner(5, Mode.FIRST_FIT));
    }

    @Test
    void aKeyWithNoValueIsAbsent() {
        Outer o = bind("powerMw: 10\ncount: 1\ninner:\ntags:\nhours: ~\n");
        assertThat(problems.all()).isEmpty();
        assertThat(o.inner()).isEqualTo(new Inner(3, Mode.FIRST_FIT));
        assertThat(o.tags()).isEmpty();
        assertThat(o.hours()).isNull();
    }

    @Test
    void acceptsNumbersWrittenAsText() {
        Outer o = bind("powerMw: \"4.5e2\"\ncount: '4.5e5'\nseed: \"12\"\n");
        assertThat(problems.all()).isEmpty();
        assertThat(o.powerMw()).isEqualTo(450.0);
        assertThat(o.count()).isEqualTo(450_000);
        assertThat(o.seed()).isEqualTo(12);
    }

    @Test
    void acceptsUnderscoresInNumbers() {
        Outer o = bind("powerMw: 1_000\ncount: 100_000\n");
        assertThat(o.powerMw()).isEqualTo(1000.0);
        assertThat(o.count()).isEqualTo(100_000);
    }

    @Test
    void readsLongsExactly() {
        assertThat(bind("powerMw: 1\ncount: 1\nseed: 1234567890123456789\n").seed()).isEqualTo(1234567890123456789L);
        assertThat(bind("powerMw: 1\ncount: 1\nseed: 9_007_199_254_740_993\n").seed()).isEqualTo(9_007_199_254_740_993L);
        assertThat(bind("powerMw: 1\ncount: 1\nseed: 1e6\n").seed()).isEqualTo(1_000_000L);
    }

    @Test
    void rejectsANumberWithItsUnitAndSaysWhy() {
        assertThat(bind("powerMw: 10 MW\ncount: 1\n")).isNull();
        Problem p = onlyError();
        assertThat(p.path()).isEqualTo("powerMw");
        assertThat(p.message()).isEqualTo("expected a number in MW, got the text '10 MW'; write the number alone (the unit is part of the field name)");
        assertThat(p.location()).isEqualTo(new Location("test.yaml", 1, 10));
    }

    @Test
    void rejectsTextThatIsNotANumberWithoutTheUnitHint() {
        bind("powerMw: lots\ncount: 1\n");
        assertThat(onlyError().message()).isEqualTo("expected a number in MW, got the text 'lots'");
        bind("powerMw: \"Infinity\"\ncount: 1\n");
        assertThat(onlyError().message()).isEqualTo("expected a number in MW, got the text 'Infinity'");
        bind("powerMw: 0x10\ncount: 1\n");
        assertThat(onlyError().message()).doesNotContain("unit is part");
    }

    @Test
    void rejectsNonFiniteNumbers() {
        for (String v : List.of(".nan", ".NaN", ".inf", "-.inf", "+.Inf")) {
            bind("powerMw: " + v + "\ncount: 1\n");
            assertThat(onlyError().message()).as(v).isEqualTo("expected a finite number in MW, got " + v);
        }
    }

    @Test
    void checksThatIntegersAreWhole() {
        assertThat(bind("powerMw: 1\ncount: 2.5\n")).isNull();
        assertThat(onlyError().message()).isEqualTo("expected a whole number, got 2.5");
        assertThat(bind("powerMw: 1\ncount: 2.0\n").count()).as("2.0 is whole").isEqualTo(2);
    }

    @Test
    void checksRanges() {
        bind("powerMw: -1\ncount: 1\n");
        assertThat(onlyError().message()).isEqualTo("value -1 is out of range; allowed: 0 .. 1,000 MW");
        bind("powerMw: 1\ncount: 0\n");
        assertThat(onlyError().message()).isEqualTo("value 0 is out of range; allowed: 1 .. 1,000,000");
        bind("powerMw: 1\ncount: 1\nshare: 0\n");
        assertThat(onlyError().message()).as("exclusive minimum").isEqualTo("value 0 is out of range; allowed: > 0 and ≤ 1");
        assertThat(bind("powerMw: 1000\ncount: 1\nshare: 1\n")).as("bounds are inclusive").isNotNull();
    }

    @Test
    void readsMinusZeroAsZero() {
        Outer o = bind("powerMw: -0\ncount: 1\nhours: -0.0\n");
        assertThat(Double.compare(o.powerMw(), 0.0)).as("-0 is stored as 0 so that it is written back as 0").isZero();
        assertThat(Double.compare(o.hours(), 0.0)).isZero();
    }

    @Test
    void rejectsHugeNumbersAsOutOfRange() {
        String huge = "9".repeat(200);
        bind("powerMw: 1\ncount: " + huge + "\n");
        assertThat(onlyError().message()).isEqualTo("value " + huge + " is out of range; allowed: 1 .. 1,000,000");
        bind("powerMw: 1\ncount: 1\nseed: 99999999999999999999\n");
        assertThat(onlyError().path()).isEqualTo("seed");
    }

    @Test
    void warnsOutsideTheTypicalRangeButBinds() {
        Outer o = bind("powerMw: 600\ncount: 1\n");
        assertThat(o.powerMw()).isEqualTo(600.0);
        assertThat(problems.hasErrors()).isFalse();
        assertThat(problems.all()).singleElement().satisfies(w -> {
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.path()).isEqualTo("powerMw");
            assertThat(w.message()).isEqualTo("value 600 MW is outside the usual range 1 .. 500 MW; check the unit (e.g. MW written where GW was meant)");
        });
        bind("powerMw: 0\ncount: 1\n");
        assertThat(problems.all()).as("zero is never implausible").isEmpty();
        bind("powerMw: 0.5\ncount: 1\n");
        assertThat(problems.all()).singleElement().satisfies(w -> assertThat(w.isError()).isFalse());
    }

    @Test
    void suggestsTheEnumValueMeant() {
        bind("powerMw: 1\ncount: 1\nmode: firstfit\n");
        Problem p = onlyError();
        assertThat(p.path()).isEqualTo("mode");
        assertThat(p.message()).isEqualTo("unknown value 'firstfit'; did you mean 'first_fit'?; allowed: first_fit, best_fit, cheapest");
        bind("powerMw: 1\ncount: 1\nmode: BEST_FIT\n");
        assertThat(onlyError().message()).as("enum values are lower case").contains("did you mean 'best_fit'?");
    }

    @Test
    void readsDatesAndTimes() {
        assertThat(bind("powerMw: 1\ncount: 1\ntime: 2027-03-04\n").time()).isEqualTo(LocalDateTime.of(2027, 3, 4, 0, 0));
        assertThat(bind("powerMw: 1\ncount: 1\ntime: 2027-03-04T05:06:07\n").time()).isEqualTo(LocalDateTime.of(2027, 3, 4, 5, 6, 7));
        assertThat(bind("powerMw: 1\ncount: 1\nday: \"2027-03-04\"\n").day()).isEqualTo(LocalDate.of(2027, 3, 4));

        bind("powerMw: 1\ncount: 1\nday: 2027-02-30\n");
        assertThat(onlyError().message()).isEqualTo("expected a date written YYYY-MM-DD, got the text '2027-02-30'");
        bind("powerMw: 1\ncount: 1\nday: 20270304\n");
        assertThat(onlyError().message()).isEqualTo("expected a date written YYYY-MM-DD, got the number 20270304");
        bind("powerMw: 1\ncount: 1\nday: 2027-03-04T05:06\n");
        assertThat(onlyError().path()).isEqualTo("day");
        bind("powerMw: 1\ncount: 1\ntime: 2027-03-04 05:06\n");
        assertThat(onlyError().message()).isEqualTo("expected a date YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MM, got the text '2027-03-04 05:06'");
    }

    @Test
    void suggestsTheFieldMeantForAnUnknownKey() {
        bind("powerMW: 1\ncount: 1\n");
        assertThat(problems.all()).filteredOn(Problem::isError).extracting(Problem::path).containsExactly("powerMW", "powerMw");
        Problem unknown = problems.all().get(0);
        assertThat(unknown.message()).startsWith("unknown field 'powerMW'; did you mean 'powerMw'?; allowed: powerMw, count, seed, ");
        assertThat(unknown.location()).as("at the key").isEqualTo(new Location("test.yaml", 1, 1));
        assertThat(problems.all().get(1).message()).isEqualTo("missing required field 'powerMw': Power [MW]");

        bind("powerMw: 1\ncount: 1\ncolour: red\n");
        assertThat(onlyError().message()).as("no suggestion when nothing is close").startsWith("unknown field 'colour'; allowed: ");
    }

    @Test
    void givesMapKeyedRecordsTheirKeyAsName() {
        Outer o = bind("powerMw: 1\ncount: 1\nentries:\n  alpha: {powerMw: 2}\n  beta: {powerMw: 3, notes: [n]}\n");
        assertThat(o.entries()).containsOnlyKeys("alpha", "beta");
        assertThat(o.entries().get("alpha").name()).isEqualTo("alpha");
        assertThat(o.entries().get("beta")).isEqualTo(new Entry("beta", 3, List.of("n")));
        assertThat(o.entries().keySet()).as("in written order").containsExactly("alpha", "beta");

        bind("powerMw: 1\ncount: 1\nentries:\n  alpha: {name: other, powerMw: 2}\n");
        Problem p = onlyError();
        assertThat(p.path()).isEqualTo("entries.alpha.name");
        assertThat(p.message()).as("the key names the entry").startsWith("unknown field 'name'; allowed: powerMw, notes");
    }

    @Test
    void keepsCountryCodesThatYamlWouldReadAsBooleans() {
        assertThat(bind("powerMw: 1\ncount: 1\ncountry: NO\n").country()).isEqualTo("NO");
        assertThat(bind("powerMw: 1\ncount: 1\ncountry: no\n").country()).isEqualTo("no");
        assertThat(bind("powerMw: 1\ncount: 1\ncountry: \"NO\"\n").country()).isEqualTo("NO");
    }

    @Test
    void reportsShapeMistakes() {
        bind("powerMw: 1\ncount: 1\ntags: solo\n");
        assertThat(onlyError().message()).isEqualTo("expected a list, got the text 'solo'; write it as [solo]");
        bind("powerMw: 1\ncount: 1\ninner: 5\n");
        assertThat(onlyError().message()).isEqualTo("expected a mapping (fields count, mode), got the number 5");
        bind("powerMw: 1\ncount: 1\nentries: [a]\n");
        assertThat(onlyError().message()).isEqualTo("expected a mapping of names to values, got a list");
        bind("powerMw: [1]\ncount: 1\n");
        assertThat(onlyError().message()).isEqualTo("expected a number in MW, got a list");
        bind("powerMw: 1\ncount: 1\nflag: maybe\n");
        assertThat(onlyError().message()).isEqualTo("expected true or false, got the text 'maybe'");
        assertThat(bind("powerMw: 1\ncount: 1\nflag: \"true\"\n").flag()).isTrue();
    }

    @Test
    void readsYamlBooleanWordsByTheirMeaning() {
        for (String yes : List.of("true", "True", "TRUE", "yes", "Yes", "on", "ON", "\"true\"", "'yes'")) {
            assertThat(bind("powerMw: 1\ncount: 1\nflag: " + yes + "\n").flag()).as(yes).isTrue();
        }
        for (String no : List.of("false", "False", "no", "NO", "off", "Off", "\"false\"", "'no'")) {
            Outer o = bind("powerMw: 1\ncount: 1\nflag: " + no + "\n");
            assertThat(problems.all()).as(no).isEmpty();
            assertThat(o.flag()).as(no).isFalse();
        }
        bind("powerMw: 1\ncount: 1\nflag: 1\n");
        assertThat(onlyError().message()).isEqualTo("expected true or false, got the number 1");
    }

    @Test
    void reportsAMissingRequiredFieldAtItsParent() {
        assertThat(bind("powerMw: 1\n")).isNull();
        Problem p = onlyError();
        assertThat(p.path()).isEqualTo("count");
        assertThat(p.message()).isEqualTo("missing required field 'count': Count");
        assertThat(p.location()).isEqualTo(new Location("test.yaml", 1, 1));
        bind("powerMw: 1\ncount: ~\n");
        assertThat(onlyError().path()).as("null is absent").isEqualTo("count");
    }

    @Test
    void collectsEveryProblemAndGivesEachItsPathAndLocation() {
        Outer o = bind("""
                powerMw: -5
                count: many
                mode: fastest
                inner: {count: -1, mode: x}
                entries:
                  a: {powerMw: -2}
                tags: [ok, [nested]]
                """);
        assertThat(o).isNull();
        assertThat(problems.all()).extracting(Problem::path).containsExactly("powerMw", "count", "mode",
                "inner.count", "inner.mode", "entries.a.powerMw", "tags[1]");
        assertThat(problems.all()).extracting(p -> p.location().line()).containsExactly(1, 2, 3, 4, 4, 6, 7);
        assertThat(problems.all()).allMatch(Problem::isError);
    }

    @Test
    void formsTheRangeInWords() throws NoSuchFieldException {
        assertThat(Binder.range(decl(Outer.class, "powerMw"))).isEqualTo("0 .. 1,000 MW");
        assertThat(Binder.range(decl(Outer.class, "share"))).isEqualTo("> 0 and ≤ 1");
        assertThat(Binder.range(decl(Entry.class, "powerMw"))).isEqualTo("≥ 0 MW");
        assertThat(Binder.range(decl(Outer.class, "hours"))).isEqualTo("any finite number h");
        assertThat(Binder.fmt(1e20)).isEqualTo("1.0E20");
        assertThat(Binder.fmt(0.25)).isEqualTo("0.25");
    }

    private static In decl(Class<? extends Record> type, String name) {
        for (var rc : type.getRecordComponents()) if (rc.getName().equals(name)) return Binder.declaration(rc);
        throw new IllegalArgumentException(name);
    }
}
