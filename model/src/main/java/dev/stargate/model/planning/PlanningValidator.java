package dev.stargate.model.planning;

import dev.stargate.model.catalogue.Accelerator;
import dev.stargate.model.catalogue.Catalogue;
import dev.stargate.model.catalogue.CoolingTechnology;
import dev.stargate.model.catalogue.EnergyKind;
import dev.stargate.model.catalogue.EnergyTechnology;
import dev.stargate.model.input.Problems;
import dev.stargate.model.input.Suggest;
import dev.stargate.model.scenario.Partner;
import dev.stargate.model.scenario.Scenario;
import dev.stargate.model.scenario.Site;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a planning section: years and targets, a roadmap that covers the planned years with known
 * accelerators, candidates that are complete (or extend a known site) and refer to known regions,
 * cooling and energy technologies, and sovereignty minima that name a country or a partner.
 * Whether the targets can be met is the planner's to say (it explains what it cannot meet).
 */
public final class PlanningValidator {
    private final Scenario s;
    private final Planning p;
    private final Catalogue c;
    private final Problems problems;

    private PlanningValidator(Scenario s, Catalogue c, Problems problems) {
        this.s = s;
        this.p = s.planning();
        this.c = c;
        this.problems = problems;
    }

    public static void validate(Scenario s, Catalogue c, Problems problems) {
        if (s.planning() != null) new PlanningValidator(s, c, problems).run();
    }

    private void run() {
        int first = p.startYear();
        int last = p.startYear() + p.years() - 1;
        for (int i = 0; i < p.targets().size(); i++) {
            Planning.Target t = p.targets().get(i);
            String path = "planning.targets[" + i + "]";
            if (t.year() < first || t.year() > last) problems.error(path + ".year", "is " + t.year() + ", outside the planned years " + first + " .. " + last);
            if (t.itMw() == null && t.exaflops() == null) problems.error(path, "give itMw or exaflops (or both)");
        }
        if (p.roadmap().isEmpty()) problems.error("planning.roadmap", "list at least one accelerator generation, from planning.startYear");
        boolean covered = false;
        for (int i = 0; i < p.roadmap().size(); i++) {
            Planning.RoadmapEntry e = p.roadmap().get(i);
            ref(e.accelerator(), c.accelerators().keySet(), "planning.roadmap[" + i + "].accelerator", "accelerator");
            covered |= e.year() <= first;
            if (i > 0 && e.year() <= p.roadmap().get(i - 1).year()) {
                problems.error("planning.roadmap[" + i + "].year", "roadmap years must increase; " + e.year() + " follows " + p.roadmap().get(i - 1).year());
            }
        }
        if (!p.roadmap().isEmpty() && !covered) {
            problems.error("planning.roadmap[0].year", "the roadmap starts in " + p.roadmap().get(0).year() + " but the plan starts in " + first
                    + "; say which accelerator is bought from " + first);
        }
        if (p.candidates().isEmpty()) problems.error("planning.candidates", "list at least one candidate site");
        Set<String> names = new HashSet<>();
        Set<String> partners = new TreeSet<>();
        for (int i = 0; i < p.candidates().size(); i++) candidate(p.candidates().get(i), "planning.candidates[" + i + "]", names, partners);
        for (int i = 0; i < p.sovereignty().size(); i++) {
            Planning.Sovereignty m = p.sovereignty().get(i);
            String path = "planning.sovereignty[" + i + "]";
            if ((m.country() == null) == (m.partner() == null)) problems.error(path, "give exactly one of country and partner");
            if (m.partner() != null && !partners.contains(m.partner())) {
                problems.error(path + ".partner", "no candidate has partner '" + m.partner() + "'" + Suggest.hint(m.partner(), partners));
            }
            if (m.year() < first || m.year() > last) problems.error(path + ".year", "is " + m.year() + ", outside the planned years " + first + " .. " + last);
        }
        if (p.minCarbonFreeShare() != null && p.carbonCapTonnesPerYear() != null) {
            problems.warning("planning.minCarbonFreeShare", "both a carbon cap and a carbon-free share are set; both are enforced");
        }
    }

    private void candidate(Candidate cand, String path, Set<String> names, Set<String> partners) {
        if (!names.add(cand.name())) problems.error(path + ".name", "duplicate candidate name '" + cand.name() + "'");
        Site site = null;
        if (cand.site() != null) {
            site = s.site(cand.site());
            if (site == null) {
                Set<String> known = new TreeSet<>();
                s.sites().forEach(x -> known.add(x.name()));
                problems.error(path + ".site", "unknown site '" + cand.site() + "'" + Suggest.hint(cand.site(), known));
            }
        } else {
            for (String[] f : new String[][] {{"country", cand.country()}, {"region", cand.region()},
                    {"latitudeDeg", cand.latitudeDeg() == null ? null : "x"}, {"longitudeDeg", cand.longitudeDeg() == null ? null : "x"}}) {
                if (f[1] == null) problems.error(path + "." + f[0], "required for a new site (or give site: to extend an existing one)");
            }
            if (cand.coolingOptions().isEmpty()) problems.error(path + ".coolingOptions", "list the cooling a new site may use, e.g. [liquid_dtc]");
        }
        if (cand.country() != null && !cand.country().matches("[A-Z]{2}")) {
            problems.error(path + ".country", "expected an ISO 3166-1 alpha-2 country code in capitals, got '" + cand.country() + "'");
        }
        if (cand.region() != null) ref(cand.region(), c.regions().keySet(), path + ".region", "grid region");
        for (int k = 0; k < cand.coolingOptions().size(); k++) {
            CoolingTechnology ct = ref(cand.coolingOptions().get(k), c.cooling().keySet(), path + ".coolingOptions[" + k + "]", "cooling technology") == null
                    ? null : c.cooling().get(cand.coolingOptions().get(k));
            if (ct != null && !roadmapFits(ct)) {
                problems.warning(path + ".coolingOptions[" + k + "]", "'" + ct.name() + "' cooling (" + ct.maxRackKw()
                        + " kW per rack) cannot host some roadmap accelerators: no blocks in those years");
            }
        }
        for (int k = 0; k < cand.energyOptions().size(); k++) {
            String e = cand.energyOptions().get(k);
            if (ref(e, c.energy().keySet(), path + ".energyOptions[" + k + "]", "energy technology") != null) {
                EnergyTechnology t = c.energy().get(e);
                if (t.kind() == EnergyKind.GRID) problems.error(path + ".energyOptions[" + k + "]", "grid import is set with interconnectMw, not as an option");
            }
        }
        List<Partner> ps = !cand.partners().isEmpty() || site == null ? cand.partners() : site.partners();
        ps.forEach(x -> partners.add(x.name()));
    }

    private boolean roadmapFits(CoolingTechnology ct) {
        for (Planning.RoadmapEntry e : p.roadmap()) {
            Accelerator a = c.accelerators().get(e.accelerator());
            if (a != null && a.rackPowerKw() > ct.maxRackKw()) return false;
        }
        return true;
    }

    private String ref(String name, Set<String> known, String path, String what) {
        if (known.contains(name)) return name;
        problems.error(path, "unknown " + what + " '" + name + "'" + Suggest.hint(name, known)
                + (known.size() <= 12 ? "; known: " + String.join(", ", new TreeSet<>(known)) : ""));
        return null;
    }
}
