package dev.stargate.report;

import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.scenario.LoadedScenario;
import dev.stargate.model.scenario.Scenario;
import dev.stargate.model.scenario.Site;
import dev.stargate.model.sizing.SiteSizing;
import dev.stargate.report.charts.WorldMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scenario's fleet on the world map before any run: sites sized by IT capacity at the horizon's
 * end and coloured by their grid region's carbon intensity (from the catalogue). The report's map
 * colours by the carbon of the energy a run actually drew.
 */
public final class FleetMap {
    private FleetMap() {}

    public static String svg(LoadedScenario ls, double width) {
        Scenario sc = ls.scenario();
        Catalogue cat = ls.catalogue();
        List<WorldMap.Site> points = new ArrayList<>();
        for (Site site : sc.sites()) {
            SiteSizing z = SiteSizing.asOf(site, cat, sc.horizon().end().minusDays(1));
            double carbon = cat.regions().get(site.region()).carbonKgPerMwh();
            String tip = String.format(Locale.ROOT, "%s (%s, %s)%n%s MW IT, %s accelerators at %s%n%.0f kg CO2/MWh on the grid",
                    site.label(), site.country(), site.region(), HtmlReport.mw(z.itMw()), HtmlReport.fmt(z.accelerators()),
                    sc.horizon().end(), carbon);
            points.add(new WorldMap.Site(site.latitudeDeg(), site.longitudeDeg(), z.itMw(), carbon, tip, site.name()));
        }
        return WorldMap.render("World map of " + sc.name() + ": sites sized by IT capacity and coloured by grid carbon intensity",
                points, width);
    }
}
