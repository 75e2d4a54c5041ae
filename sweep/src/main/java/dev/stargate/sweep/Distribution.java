package dev.stargate.sweep;

import dev.stargate.model.input.In;
import java.util.List;

/**
 * A distribution of one parameter. uniform: min, max; normal: mean, sd (optionally truncated to
 * min, max); triangular: min, mode, max; choice: values (optionally weights); date_shift: minDays,
 * maxDays added to the scenario's date.
 */
public record Distribution(
        @In(doc = "uniform, normal, triangular, choice or date_shift")
        DistributionType type,
        @In(doc = "Lowest value (uniform, triangular; truncation for normal)", required = false)
        Double min,
        @In(doc = "Highest value (uniform, triangular; truncation for normal)", required = false)
        Double max,
        @In(doc = "Most likely value (triangular)", required = false)
        Double mode,
        @In(doc = "Mean (normal)", required = false)
        Double mean,
        @In(doc = "Standard deviation (normal)", min = 0, minExclusive = true, required = false)
        Double sd,
        @In(doc = "Values to choose from (choice)", required = false)
        List<String> values,
        @In(doc = "Relative weights of the values (choice; default equal)", required = false)
        List<Double> weights,
        @In(doc = "Earliest shift of the date (date_shift; negative is earlier)", unit = "d", min = -36_500, max = 36_500, required = false)
        Integer minDays,
        @In(doc = "Latest shift of the date (date_shift)", unit = "d", min = -36_500, max = 36_500, required = false)
        Integer maxDays) {}
