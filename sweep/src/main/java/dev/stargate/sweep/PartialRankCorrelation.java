package dev.stargate.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Partial rank correlation coefficients (PRCC; Marino et al., J. Theor. Biol. 254, 2008): the
 * rank correlation of one parameter with an output once the other parameters' linear effects on
 * both ranks are removed. With several uncertain inputs, a parameter whose effect is real but
 * smaller than another's shows a weak Spearman ρ and a strong PRCC. NaN when the parameter or the
 * output is constant, or there are too few samples (at least parameters + 3).
 */
final class PartialRankCorrelation {
    /** Share of a rank vector's sum of squares below which what a fit leaves is rounding, not signal. */
    private static final double NEGLIGIBLE = 1e-12;

    private final double[][] ranks; // ranks[parameter][row]
    private final double[][] residuals; // residuals[parameter][row]: the parameter's ranks less what the others explain

    /** @param x x[parameter][row], the parameters' numbers over the rows that will be correlated */
    PartialRankCorrelation(double[][] x) {
        int p = x.length;
        ranks = new double[p][];
        for (int j = 0; j < p; j++) ranks[j] = rank(x[j]);
        residuals = new double[p][];
        for (int j = 0; j < p; j++) {
            double[] e = constant(ranks[j]) ? null : residualsOnOthers(ranks[j], j);
            residuals[j] = e == null || explained(e, ranks[j]) ? null : e;
        }
    }

    /** PRCC of each parameter with the output y (y[row], same rows as the parameters). */
    double[] of(double[] y) {
        int p = ranks.length;
        double[] out = new double[p];
        double[] ry = rank(y);
        for (int j = 0; j < p; j++) {
            if (residuals[j] == null || constant(ry)) {
                out[j] = Double.NaN;
                continue;
            }
            double[] ey = residualsOnOthers(ry, j);
            out[j] = ey == null || explained(ey, ry) ? Double.NaN : new PearsonsCorrelation().correlation(residuals[j], ey);
        }
        return out;
    }

    /** What a least-squares fit (with intercept) on the other non-constant parameters' ranks leaves of v; null if it cannot be fitted. */
    private double[] residualsOnOthers(double[] v, int skip) {
        List<double[]> others = new ArrayList<>();
        for (int j = 0; j < ranks.length; j++) if (j != skip && !constant(ranks[j])) others.add(ranks[j]);
        int n = v.length;
        if (others.isEmpty()) {
            double mean = 0;
            for (double d : v) mean += d / n;
            double[] e = new double[n];
            for (int i = 0; i < n; i++) e[i] = v[i] - mean;
            return e;
        }
        if (n < others.size() + 3) return null;
        double[][] design = new double[n][others.size()];
        for (int i = 0; i < n; i++) for (int k = 0; k < others.size(); k++) design[i][k] = others.get(k)[i];
        try {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(v.clone(), design);
            return ols.estimateResiduals();
        } catch (MathIllegalArgumentException e) { // singular (e.g. collinear parameters) or too few rows
            return null;
        }
    }

    private static double[] rank(double[] v) {
        return new NaturalRanking(TiesStrategy.AVERAGE).rank(v);
    }

    /** Does the fit leave nothing of v (residual sum of squares negligible against v's own spread)? */
    private static boolean explained(double[] residual, double[] v) {
        double mean = 0;
        for (double d : v) mean += d / v.length;
        double total = 0;
        double left = 0;
        for (int i = 0; i < v.length; i++) {
            total += (v[i] - mean) * (v[i] - mean);
            left += residual[i] * residual[i];
        }
        return left <= NEGLIGIBLE * total;
    }

    static boolean constant(double[] v) {
        for (double d : v) if (Math.abs(d - v[0]) > 1e-12 * (1 + Math.abs(v[0]))) return false;
        return true;
    }
}
