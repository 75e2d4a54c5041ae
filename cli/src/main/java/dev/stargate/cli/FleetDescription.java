package dev.stargate.cli;

import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.Scenario;
import dev.stargate.model.sizing.FleetSizing;
import dev.stargate.model.sizing.SiteSizing;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What {@code describe} prints: the fleet once every phase is online, per site and in total. */
record FleetDescription(String scenario, String description, String horizonStart, String horizonEnd,
                        List<SiteRow> sites, Map<String, Long> acceleratorsByType, long accelerators, long racks,
                        double itMw, double facilityMwAtDesign, double capexUsd, double capexFacilityUsd,
                        double capexAcceleratorsUsd, double capexEnergyUsd, int trainingJobs, int inferenceServices) {

    record SiteRow(String name, String displayName, String country, String region, String cooling,
                   Map<String, Long> acceleratorsByType, long accelerators, long racks, double itMw,
                   double meanPue, double designPue, double facilityMwAtDesign, double interconnectMw,
                   double onsiteFirmMw, double storageMw, double solarWindMw, Double landAcres,
                   double landAcresNeeded, double capexUsd) {}

    static FleetDescription of(LoadedScenario ls) {
        Scenario s = ls.scenario();
        FleetSizing z = FleetSizing.of(s, ls.catalogue());
        List<SiteRow> rows = z.sites().stream().map(FleetDescription::row).toList();
        return new FleetDescription(s.name(), s.description(), s.horizon().start().toString(), s.horizon().end().toString(),
                rows, z.acceleratorsByType(), z.accelerators(), z.racks(), z.itMw(), z.facilityMwAtDesign(), z.capexUsd(),
                z.capexFacilityUsd(), z.capexAcceleratorsUsd(), z.capexEnergyUsd(), ls.trainingJobs().size(),
                s.inference().services().size());
    }

    private static SiteRow row(SiteSizing z) {
        var site = z.site();
        return new SiteRow(site.name(), site.label(), site.country(), site.region(), site.cooling(), z.acceleratorsByType(),
                z.accelerators(), z.racks(), z.itMw(), z.meanPue(), z.designPue(), z.facilityMwAtDesign(),
                site.grid().interconnectMw(), z.firmSupplyMw(), z.storagePowerMw(), z.variableNameplateMw(),
                site.landAcres(), z.landAcresNeeded(), z.capexUsd());
    }

    void print(PrintWriter out) {
        out.println(scenario + (description == null ? "" : " — " + description.strip().lines().findFirst().orElse("")));
        out.println("horizon " + horizonStart + " to " + horizonEnd + "; " + trainingJobs + " training jobs, "
                + inferenceServices + " inference services");
        out.println();
        Table t = new Table("site", "country", "region", "cooling", "accelerators", "racks", "IT MW", "PUE mean",
                "facility MW (peak)", "grid MW", "on-site firm MW", "land acres (need)", "capex $B")
                .numeric(5, 6, 7, 8, 9, 10, 11, 12);
        for (SiteRow r : sites) {
            t.row(r.name(), r.country(), r.region(), r.cooling(), types(r.acceleratorsByType()), Format.count(r.racks()),
                    Format.mw(r.itMw()), Format.fixed(r.meanPue(), 2), Format.mw(r.facilityMwAtDesign()),
                    Format.mw(r.interconnectMw()), Format.mw(r.onsiteFirmMw()),
                    (r.landAcres() == null ? "?" : Format.count(Math.round(r.landAcres()))) + " (" + Format.count(Math.round(r.landAcresNeeded())) + ")",
                    Format.billions(r.capexUsd()));
        }
        t.rule().row("total", "", "", "", Format.count(accelerators), Format.count(racks), Format.mw(itMw), "",
                Format.mw(facilityMwAtDesign), "", "", "", Format.billions(capexUsd));
        t.print(out);
        out.println();
        out.println("accelerators by type: " + types(acceleratorsByType));
        out.printf("capex estimate: $%sB = facility $%sB + accelerators $%sB + energy assets $%sB%n",
                Format.billions(capexUsd), Format.billions(capexFacilityUsd), Format.billions(capexAcceleratorsUsd),
                Format.billions(capexEnergyUsd));
        out.println("facility MW (peak) = IT MW × PUE on the hottest hours of the site's climate.");
    }

    private static String types(Map<String, Long> byType) {
        return byType.entrySet().stream().map(e -> Format.count(e.getValue()) + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
