package dev.stargate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.catalogue.CatalogueLoader;
import dev.stargate.model.input.Unbinder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalog", aliases = "catalogue", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Show the built-in catalogue (or a scenario's, with its overrides): accelerators, cooling, energy, regions, models.",
                "Every entry carries its sources; run with --json to see them."})
final class CatalogCommand implements Callable<Integer> {
    enum Section { accelerators, cooling, energy, regions, models }

    @Parameters(arity = "0..1", paramLabel = "SECTION",
            description = "One of: ${COMPLETION-CANDIDATES} (default: all).")
    Section section;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Show the catalogue as a scenario's overrides leave it.")
    Path scenario;

    @Option(names = "--json", description = "Print entries as JSON, with sources and notes.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Catalogue c = scenario == null ? CatalogueLoader.builtIn() : Scenarios.load(scenario, spec.commandLine().getErr()).catalogue();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            for (Section s : Section.values()) {
                if (section == null || section == s) doc.put(s.name(), Unbinder.toPlain(entries(c, s)));
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            out.flush();
            return Main.OK;
        }
        for (Section s : Section.values()) {
            if (section != null && section != s) continue;
            out.println(s.name().toUpperCase(Locale.ROOT));
            table(c, s).print(out);
            out.println();
        }
        out.println("Sources and assumptions: stargate catalog SECTION --json; licences: NOTICE.");
        out.flush();
        return Main.OK;
    }

    private static Map<String, ?> entries(Catalogue c, Section s) {
        return switch (s) {
            case accelerators -> c.accelerators();
            case cooling -> c.cooling();
            case energy -> c.energy();
            case regions -> c.regions();
            case models -> c.models();
        };
    }

    private static Table table(Catalogue c, Section s) {
        switch (s) {
            case accelerators: {
                Table t = new Table("name", "vendor", "year", "TDP W", "system W", "BF16 TFLOP/s", "FP8 TFLOP/s", "HBM GB",
                        "HBM TB/s", "scale-up", "per rack", "rack kW", "price $", "failures /acc-day", "conf.")
                        .numeric(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
                c.accelerators().values().forEach(a -> t.row(a.name(), a.vendor(), a.availableYear(),
                        a.tdpW() == null ? "n/p" : Format.count(Math.round(a.tdpW())), Format.count(Math.round(a.systemPowerW())),
                        Format.count(Math.round(a.bf16DenseTflops())), a.fp8DenseTflops() == null ? "-" : Format.count(Math.round(a.fp8DenseTflops())),
                        Format.count(Math.round(a.hbmGb())), Format.fixed(a.hbmTbPerS(), 2), Format.count(a.scaleUpDomain()),
                        a.acceleratorsPerRack(), Format.fixed(a.rackPowerKw(), 1), Format.count(Math.round(a.unitPriceUsd())),
                        Format.sci(a.failureRatePerDay()), a.confidence()));
                return t;
            }
            case cooling: {
                Table t = new Table("name", "max rack kW", "PUE base", "knee °C", "PUE slope /°C", "WUE L/kWh", "capex $M/MW",
                        "O&M $k/MW-yr", "acres/MW", "conf.").numeric(1, 2, 3, 4, 5, 6, 7, 8);
                c.cooling().values().forEach(x -> t.row(x.name(), Format.count(Math.round(x.maxRackKw())), Format.fixed(x.pueBase(), 2),
                        Format.fixed(x.pueKneeDegC(), 0), Format.fixed(x.pueSlopePerDegC(), 3), Format.fixed(x.wueLPerKwh(), 2),
                        Format.fixed(x.capexUsdPerMw() / 1e6, 1), Format.fixed(x.fixedOmUsdPerMwYear() / 1e3, 0),
                        Format.fixed(x.landAcresPerMw(), 1), x.confidence()));
                return t;
            }
            case energy: {
                Table t = new Table("name", "kind", "CF-free", "capex $/kW", "fixed O&M $/kW-yr", "var O&M $/MWh", "fuel $/MWh",
                        "cap. factor", "life yr", "lead yr", "direct kgCO2/MWh", "lifecycle kg/MWh", "conf.")
                        .numeric(3, 4, 5, 6, 7, 8, 9, 10, 11);
                c.energy().values().forEach(x -> t.row(x.name(), x.kind().name().toLowerCase(Locale.ROOT), x.carbonFree() ? "yes" : "no",
                        Format.count(Math.round(x.capexUsdPerKw())), Format.fixed(x.fixedOmUsdPerKwYear(), 0),
                        Format.fixed(x.variableOmUsdPerMwh(), 1), Format.fixed(x.fuelUsdPerMwh(), 1), Format.fixed(x.capacityFactor(), 2),
                        Format.fixed(x.lifetimeYears(), 0), Format.fixed(x.leadTimeYears(), 1), Format.fixed(x.directCarbonKgPerMwh(), 0),
                        Format.fixed(x.lifecycleCarbonKgPerMwh(), 0), x.confidence()));
                return t;
            }
            case regions: {
                Table t = new Table("name", "country", "kgCO2/MWh", "carbon-free", "$/MWh", "mean °C", "seasonal ±°C", "daily ±°C",
                        "solar CF", "wind CF", "conf.").numeric(2, 3, 4, 5, 6, 7, 8, 9);
                c.regions().values().forEach(x -> t.row(x.name(), x.country(), Format.fixed(x.carbonKgPerMwh(), 0),
                        Format.fixed(x.carbonFreeShare(), 2), Format.fixed(x.priceUsdPerMwh(), 1), Format.fixed(x.meanTempDegC(), 1),
                        Format.fixed(x.seasonalAmplitudeDegC(), 1), Format.fixed(x.diurnalAmplitudeDegC(), 1),
                        Format.fixed(x.solarCapacityFactor(), 2), Format.fixed(x.windCapacityFactor(), 2), x.confidence()));
                return t;
            }
            default: {
                Table t = new Table("name", "params B", "TTFT ms", "TPOT ms", "tokens/s per accelerator", "conf.").numeric(1, 2, 3);
                c.models().values().forEach(x -> t.row(x.name(), Format.fixed(x.parametersB(), 0), Format.fixed(x.baseTtftMs(), 0),
                        Format.fixed(x.baseTpotMs(), 0), x.tokensPerSecondPerAccelerator().entrySet().stream()
                                .map(e -> e.getKey() + " " + Format.count(Math.round(e.getValue()))).reduce((a, b) -> a + ", " + b).orElse(""),
                        x.confidence()));
                return t;
            }
        }
    }
}
