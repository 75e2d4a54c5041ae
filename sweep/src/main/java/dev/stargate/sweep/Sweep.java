package dev.stargate.sweep;

import dev.stargate.model.input.In;
import java.util.List;

/** Many runs of one scenario with parameters drawn from distributions or grids. */
public record Sweep(
        @In(doc = "Scenario file the samples vary (relative to the sweep file); it must be self-contained (no trace or profile files)")
        String scenario,
        @In(doc = "What each sample runs: simulate (the engine) or plan (the planner; needs a planning: section)", defaultValue = "simulate")
        SweepKind kind,
        @In(doc = "Samples drawn (latin_hypercube, random); a grid runs every combination instead", min = 1, max = 1_000_000, defaultValue = "100")
        int samples,
        @In(doc = "How samples are drawn: latin_hypercube (each parameter's range cut in equal-probability strata, one sample in each), random, or grid", defaultValue = "latin_hypercube")
        SamplerKind sampler,
        @In(doc = "Seed of the sampling; each sample's simulation seed derives from it and the sample's index", defaultValue = "1")
        long seed,
        @In(doc = "The parameters varied: a path in the scenario and a distribution (or grid values)")
        List<Parameter> parameters,
        @In(doc = "Rank correlations between parameters that move together (latin_hypercube and random samplers); absent: independent", required = false)
        List<Correlation> correlations,
        @In(doc = "Summary keys reported, e.g. training.goodput (default: every number of the run summary or plan)", required = false)
        List<String> outputs) {}
