// Top-k eigenvalues by power iteration with deflation, shifted when a negative eigenvalue dominates.
package org.lmw.engine.instruments.hessian;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The {@code k} largest (algebraic) eigenvalues by power iteration, one at a time, each iterate kept orthogonal to the
 * eigenvectors already found (deflation). Power iteration converges to the eigenvalue of largest magnitude: when that
 * one is negative (a Hessian away from a minimum can have a large negative eigenvalue), the search restarts on
 * {@code A + σI} with {@code σ = −λ}, whose spectrum is shifted to be non-negative, so the largest algebraic one
 * dominates. Converges at the rate {@code λ_{i+1}/λ_i} (Lanczos is usually several times faster); a pair is
 * converged when {@code ‖A v − λ v‖ ≤ tolerance · |λ|}.
 */
public final class PowerIteration {

    private PowerIteration() {
    }

    /**
     * Computes the {@code k} largest eigenvalues.
     *
     * @param op the symmetric operator
     * @param k how many eigenvalues (at most the dimension)
     * @param maxIterations the largest number of steps per eigenvalue
     * @param tolerance the relative residual each pair must reach
     * @param start a starting vector for the top eigenvalue (warm start), or {@code null} for a random one
     * @param random the random stream for starting vectors
     * @param checkpoint called before every product (a deadline check may throw from it), or {@code null}
     * @return the eigenvalues, vectors and convergence
     */
    public static EigenResult top(LinearOperator op, int k, int maxIterations, double tolerance, double[] start,
            Random random, Runnable checkpoint) {
        int n = op.dimension();
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, " + n + "] (was " + k + ")");
        }
        List<double[]> found = new ArrayList<>();
        double[] values = new double[k];
        double shift = 0;
        int iterations = 0;
        int products = 0;
        boolean allConverged = true;
        double topResidual = Double.NaN;
        for (int j = 0; j < k; j++) {
            double[] v = j == 0 && start != null ? Lanczos.initial(n, start, random) : Vectors.randomUnit(n, random);
            deflate(v, found);
            Vectors.scale(1 / Vectors.norm(v), v);
            double lambda = 0;
            double residual = Double.POSITIVE_INFINITY;
            boolean converged = false;
            for (int it = 0; it < maxIterations; it++) {
                if (checkpoint != null) {
                    checkpoint.run();
                }
                double[] w = op.apply(v);
                Vectors.requireFinite(w, "Hessian-vector product");
                products++;
                iterations++;
                Vectors.axpy(shift, v, w);
                deflate(w, found);
                lambda = Vectors.dot(v, w);
                double[] r = w.clone();
                Vectors.axpy(-lambda, v, r);
                residual = Vectors.norm(r) / Math.abs(lambda - shift);
                if (residual <= tolerance) {
                    converged = true;
                    break;
                }
                double norm = Vectors.norm(w);
                if (norm == 0) {
                    break;
                }
                Vectors.scale(1 / norm, w);
                v = w;
            }
            if (lambda < 0 && shift == 0) {
                // The dominant remaining eigenvalue is negative: shift the spectrum and find this one again.
                shift = -lambda;
                j--;
                continue;
            }
            values[j] = lambda - shift;
            found.add(v);
            allConverged &= converged;
            if (j == 0) {
                topResidual = residual;
            }
        }
        double[][] vectors = found.toArray(double[][]::new);
        if (checkpoint != null) {
            checkpoint.run();
        }
        topResidual = Lanczos.residual(op, values[0], vectors[0]);
        return new EigenResult(values, vectors, topResidual, iterations, products + 1, allConverged);
    }

    private static void deflate(double[] v, List<double[]> found) {
        for (int pass = 0; pass < 2; pass++) {
            for (double[] u : found) {
                Vectors.axpy(-Vectors.dot(v, u), u, v);
            }
        }
    }
}
