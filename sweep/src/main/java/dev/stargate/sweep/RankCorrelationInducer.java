package dev.stargate.sweep;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Induces a target rank correlation among sampled columns by reordering each column's values
 * (Iman & Conover, "A distribution-free approach to inducing rank correlation among input
 * variables", Commun. Stat. Simul. Comput. 11(3), 1982): every column keeps exactly the values it
 * had (so Latin hypercube strata and the marginal distributions are untouched); only which values
 * are drawn together changes. Van der Waerden scores are arranged so that their correlation
 * matrix becomes the target's, and each column takes the rank order of its scores.
 */
final class RankCorrelationInducer {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private RankCorrelationInducer() {}

    /**
     * Reorders u[column][sample] in place to approach the target correlation matrix.
     *
     * @param target symmetric, unit diagonal, positive definite (see {@link #positiveDefinite})
     */
    static void induce(double[][] u, double[][] target, SplittableRandom random) {
        int p = u.length;
        int n = u[0].length;
        if (n < 3) return;
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) scores[i] = STANDARD_NORMAL.inverseCumulativeProbability((i + 1.0) / (n + 1));
        double[][] s = new double[n][p];
        for (int j = 0; j < p; j++) {
            int[] order = Sampler.permutation(n, random);
            for (int i = 0; i < n; i++) s[i][j] = scores[order[i]];
        }
        RealMatrix scoresMatrix = new Array2DRowRealMatrix(s, false);
        RealMatrix current = new PearsonsCorrelation(scoresMatrix).getCorrelationMatrix();
        RealMatrix q;
        try {
            q = new CholeskyDecomposition(current).getL();
        } catch (RuntimeException e) { // the random scores happen to be collinear (tiny n): leave the draw as it is
            return;
        }
        RealMatrix pTarget = new CholeskyDecomposition(new Array2DRowRealMatrix(target)).getL();
        RealMatrix t = scoresMatrix.multiply(MatrixUtils.inverse(q).transpose()).multiply(pTarget.transpose());
        NaturalRanking ranking = new NaturalRanking(TiesStrategy.SEQUENTIAL);
        for (int j = 0; j < p; j++) {
            double[] sorted = u[j].clone();
            Arrays.sort(sorted);
            double[] ranks = ranking.rank(t.getColumn(j));
            for (int i = 0; i < n; i++) u[j][i] = sorted[(int) ranks[i] - 1];
        }
    }

    /** Is the matrix a valid correlation matrix (positive definite)? */
    static boolean positiveDefinite(double[][] m) {
        try {
            new CholeskyDecomposition(new Array2DRowRealMatrix(m));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
