package dev.stargate.model.scenario;

import dev.stargate.model.input.In;
import java.util.List;

/**
 * A scenario: the fleet (sites and their phases, energy and cooling), the work (training jobs and
 * inference services), policies, failure and economic settings, over a horizon. Catalogue
 * overrides live beside it under {@code catalogue:} and are merged by {@code ScenarioLoader}.
 */
public record Scenario(
        @In(doc = "Name of the scenario")
        String name,
        @In(doc = "What the scenario represents", required = false)
        String description,
        @In(doc = "Simulated period and time step")
        Horizon horizon,
        @In(doc = "Seed of every random stream; same scenario and seed give identical results", min = 0, max = 9.2e18, defaultValue = "1")
        long seed,
        @In(doc = "Data-centre sites of the fleet")
        List<Site> sites,
        @In(doc = "Training work", defaultValue = "{}")
        Training training,
        @In(doc = "Inference work", defaultValue = "{}")
        Inference inference,
        @In(doc = "Policies for placement, routing and power capping", defaultValue = "{}")
        Policies policies,
        @In(doc = "Failure and repair model", defaultValue = "{}")
        Failures failures,
        @In(doc = "Economic settings", defaultValue = "{}")
        Economics economics,
        @In(doc = "Settings of the built-in hourly weather generators", defaultValue = "{}")
        Weather weather,
        @In(doc = "Buildout planning case (for stargate plan)", required = false)
        dev.stargate.model.planning.Planning planning,
        @In(doc = "Assumptions made where facts were missing, each stated in words", required = false)
        List<String> assumptions,
        @In(doc = "Sources of the scenario's facts", required = false)
        List<String> sources) {

    /** The site with this name, or null. */
    public Site site(String siteName) {
        for (Site s : sites) if (s.name().equals(siteName)) return s;
        return null;
    }
}
