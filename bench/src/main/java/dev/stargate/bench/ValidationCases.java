package dev.stargate.bench;

import dev.stargate.model.input.In;
import java.util.List;

/** The validation suite's case file (validation/cases.yaml), declared like every other input. */
public record ValidationCases(
        @In(doc = "Validation cases")
        List<Case> cases) {

    /** A scenario, a published figure with its source and tolerance, and the metric compared with it. */
    public record Case(
            @In(doc = "Short unique name")
            String name,
            @In(doc = "What is measured, with its unit")
            String what,
            @In(doc = "Scenario file, relative to the case file")
            String scenario,
            @In(doc = "The run-summary metric compared")
            Metric metric,
            @In(doc = "Published value (give this, or publishedMin and publishedMax)", required = false)
            Double publishedValue,
            @In(doc = "Published range, low end", required = false)
            Double publishedMin,
            @In(doc = "Published range, high end", required = false)
            Double publishedMax,
            @In(doc = "Relative tolerance around a published value", min = 0, max = 10, defaultValue = "0")
            double tolerance,
            @In(doc = "Where the published figure comes from")
            String source,
            @In(doc = "What the comparison does and does not show", required = false)
            String note) {}

    /** numerator ÷ denominator × scale; numerator and denominator are run-summary paths or numbers. */
    public record Metric(
            @In(doc = "Run-summary path (e.g. power.peakFacilityMw, training.jobsDetail[0].interruptions) or a number")
            String numerator,
            @In(doc = "Run-summary path or number to divide by", required = false)
            String denominator,
            @In(doc = "Factor applied last", defaultValue = "1")
            double scale) {}
}
