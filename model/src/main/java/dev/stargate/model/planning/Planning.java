package dev.stargate.model.planning;

import dev.stargate.model.catalogue.Precision;
import dev.stargate.model.input.In;
import java.util.List;

/**
 * The buildout planning case: years, targets, candidate sites, the accelerator roadmap and the
 * limits a plan must respect. Costs use the scenario's economics (discount rate, carbon price).
 */
public record Planning(
        @In(doc = "First year of the plan", min = 2000, max = 2100)
        int startYear,
        @In(doc = "Years planned, from startYear", min = 1, max = 30)
        int years,
        @In(doc = "IT capacity to have online by a year (cumulative, committed capacity included)", required = false)
        List<Target> targets,
        @In(doc = "Which accelerator generation is bought in which year (blocks built in a year get the latest generation listed for it or before)")
        List<RoadmapEntry> roadmap,
        @In(doc = "Candidate sites the plan may build on")
        List<Candidate> candidates,
        @In(doc = "IT capacity of one build block (candidates may override)", unit = "MW", min = 1, max = 10000, defaultValue = "100")
        double blockMw,
        @In(doc = "Share of IT capacity drawn on average, for energy and water (1 plans for full load)", min = 0.05, max = 1, defaultValue = "0.8")
        double itLoadFactor,
        @In(doc = "Representative days per year, chosen by clustering each site's year of weather", min = 1, max = 366, defaultValue = "12")
        int representativeDays,
        @In(doc = "Most new IT capacity built per year across all sites", unit = "MW", min = 0, max = 1e6, required = false)
        Double maxBuildMwPerYear,
        @In(doc = "Most capital spent per year on accelerators and facilities", unit = "USD", min = 0, max = 1e14, required = false)
        Double budgetUsdPerYear,
        @In(doc = "Most CO2 the fleet's energy may emit in any planned year", unit = "t", min = 0, max = 1e10, required = false)
        Double carbonCapTonnesPerYear,
        @In(doc = "Least share of the fleet's facility energy that must be carbon-free in every planned year", min = 0, max = 1, required = false)
        Double minCarbonFreeShare,
        @In(doc = "Most water cooling may consume in any planned year", unit = "m3", min = 0, max = 1e12, required = false)
        Double maxWaterM3PerYear,
        @In(doc = "Sovereignty minima: IT capacity in a country or owned by a partner by a year", required = false)
        List<Sovereignty> sovereignty,
        @In(doc = "Cost charged per MWh of demand no supply can meet; keeps every plan priceable (plans with any are reported)", unit = "USD/MWh", min = 100, max = 1e7, defaultValue = "10000")
        double unservedEnergyUsdPerMwh,
        @In(doc = "Cost charged per unit of a target or limit a plan misses; explains infeasible cases instead of failing", unit = "USD", min = 1, max = 1e15, defaultValue = "1.0e9")
        double shortfallPenaltyUsd,
        @In(doc = "MILP solver for the master problem", defaultValue = "scip")
        PlanSolver solver,
        @In(doc = "Relative gap at which the planner stops (upper − lower bound) ÷ upper bound", min = 0, max = 1, defaultValue = "0.005")
        double targetGap,
        @In(doc = "Wall-clock limit of the whole solve", unit = "s", min = 1, max = 86400, defaultValue = "60")
        double timeLimitSeconds) {

    /** A target for a year: IT MW and/or FLOP/s at a precision, counted over all candidates. */
    public record Target(
            @In(doc = "Year by which the target must be met (capacity online on 1 January of the next year)", min = 2000, max = 2100)
            int year,
            @In(doc = "IT capacity online", unit = "MW", min = 0, max = 1e7, typicalMax = 200000, required = false)
            Double itMw,
            @In(doc = "Dense compute online at the precision", unit = "EFLOP/s", min = 0, max = 1e9, required = false)
            Double exaflops,
            @In(doc = "Precision of the compute target", defaultValue = "bf16")
            Precision precision) {}

    /** The accelerator bought from a year on. */
    public record RoadmapEntry(
            @In(doc = "First year this generation is bought", min = 2000, max = 2100)
            int year,
            @In(doc = "Accelerator (catalogue name); its power and specifications come from the catalogue")
            String accelerator,
            @In(doc = "Price per accelerator from this year (absent: the catalogue's)", unit = "USD", min = 0, max = 1e7, required = false)
            Double unitPriceUsd) {}

    /** At least {@code itMw} online in a country, or owned by a partner, by a year. */
    public record Sovereignty(
            @In(doc = "Year by which the minimum holds", min = 2000, max = 2100)
            int year,
            @In(doc = "Least IT capacity", unit = "MW", min = 0, max = 1e7)
            double itMw,
            @In(doc = "Country (ISO code); give this or partner", required = false)
            String country,
            @In(doc = "Partner (name from candidates' partners); give this or country", required = false)
            String partner) {}
}
