package dev.stargate.sweep;

import dev.stargate.model.input.In;
import java.util.List;

/** A rank correlation wanted between two of a sweep's parameters (e.g. gas and power prices that rise together). */
public record Correlation(
        @In(doc = "The two parameters, by their paths as listed under parameters")
        List<String> parameters,
        @In(doc = "Spearman rank correlation to induce between them (Iman-Conover; the marginal distributions are kept)", min = -0.99, max = 0.99)
        double rho) {}
