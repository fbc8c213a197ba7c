// Top-k eigenvalues of a symmetric operator by Lanczos with full reorthogonalisation.
package org.lmw.engine.instruments.hessian;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The {@code k} largest (algebraic) eigenvalues of a symmetric operator by the Lanczos iteration with full
 * reorthogonalisation: every new Krylov vector is orthogonalised twice against all earlier ones ("twice is enough"),
 * so no spurious copies of converged eigenvalues appear and the Ritz residual estimate {@code |β_j s_j|} is the true
 * residual up to rounding. The small tridiagonal {@code T_j} is solved by {@link SymmetricEigen}.
 *
 * <p>Stops when every one of the top {@code k} Ritz pairs has {@code |β_j s_{j,i}| ≤ tolerance · |θ_i|} (the
 * denominator floored at {@code 1e-8 · max|θ|} so that an eigenvalue near zero can converge), when the Krylov space
 * is the whole space, or after {@code maxIterations} steps. A Ritz value's error is at most
 * {@code residual² / gap}, so a relative residual of 1e-3 typically gives eigenvalues to 1e-6 relative.
 *
 * <p>Memory: {@code maxIterations} vectors of the operator's dimension (8 bytes each entry).
 */
public final class Lanczos {

    /** Weight of the random component added to a warm start (so a start that is an exact eigenvector still works). */
    static final double WARM_NOISE = 0.01;

    private Lanczos() {
    }

    /**
     * Computes the {@code k} largest eigenvalues.
     *
     * @param op the symmetric operator
     * @param k how many eigenvalues (at most the dimension)
     * @param maxIterations the largest number of Lanczos steps (operator products), at least {@code k}
     * @param tolerance the relative residual every top-k pair must reach
     * @param start a starting vector (a warm start: previous eigenvectors summed), or {@code null} for a random one
     * @param random the random stream for the start and restarts
     * @param checkpoint called before every product (a deadline check may throw from it), or {@code null}
     * @return the eigenvalues, vectors and convergence
     */
    public static EigenResult top(LinearOperator op, int k, int maxIterations, double tolerance, double[] start,
            Random random, Runnable checkpoint) {
        return top(op, k, maxIterations, tolerance, start, random, checkpoint, true);
    }

    /**
     * As {@link #top(LinearOperator, int, int, double, double[], Random, Runnable)}, choosing how the residual of the
     * top pair is reported: {@code exact} applies the operator once more ({@code ‖Hy − θy‖/|θ|}); otherwise the
     * Lanczos estimate {@code |β_m s_m|/|θ|} is used, which full reorthogonalisation keeps equal to it up to rounding,
     * and costs no product.
     */
    public static EigenResult top(LinearOperator op, int k, int maxIterations, double tolerance, double[] start,
            Random random, Runnable checkpoint, boolean exactResidual) {
        int n = op.dimension();
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, " + n + "] (was " + k + ")");
        }
        int m = Math.min(n, Math.max(k, maxIterations));
        double[] q = initial(n, start, random);
        List<double[]> basis = new ArrayList<>();
        double[] alpha = new double[m];
        double[] beta = new double[m];
        SymmetricEigen ritz = null;
        int steps = 0;
        double lastBeta = 0;
        int nextCheck = 0;
        boolean converged = false;
        for (int j = 0; j < m; j++) {
            basis.add(q);
            if (checkpoint != null) {
                checkpoint.run();
            }
            double[] w = op.apply(q);
            Vectors.requireFinite(w, "Hessian-vector product");
            steps = j + 1;
            alpha[j] = Vectors.dot(w, q);
            // Full reorthogonalisation against every basis vector (which also removes the alpha and beta terms of
            // the three-term recurrence), repeated only when it cancelled most of w (the DGKS criterion: a second
            // pass is then needed, and once more is always enough).
            double before = Vectors.norm(w);
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) {
                    Vectors.axpy(-Vectors.dot(w, b), b, w);
                }
                double after = Vectors.norm(w);
                if (after > 0.7071 * before) {
                    break;
                }
                before = after;
            }
            beta[j] = Vectors.norm(w);
            lastBeta = beta[j];
            boolean last = steps == m;
            double scale = 0;
            for (int i = 0; i <= j; i++) {
                scale = Math.max(scale, Math.abs(alpha[i]) + Math.abs(beta[i]));
            }
            // An invariant subspace (β ≈ 0) holds exact eigenvalues but only one copy of each: go on in a fresh
            // direction rather than stop, so a repeated eigenvalue is found again.
            boolean invariant = beta[j] <= 1e-12 * scale;
            // The projected problem costs O(j³) (Jacobi): solve it every step early on, then at steps growing by
            // about 10 %, so a long run spends little more there than in its last solve.
            boolean check = steps <= 40 || steps >= nextCheck;
            if (steps >= k && (last || !invariant && check)) {
                nextCheck = Math.max(steps + 5, steps + steps / 10);
                ritz = SymmetricEigen.of(tridiagonal(alpha, beta, steps));
                if (last || converged(ritz, beta[j], k, tolerance)) {
                    converged = last && steps == n || converged(ritz, beta[j], k, tolerance);
                    break;
                }
            }
            if (invariant) {
                // Continue in a fresh random direction orthogonal to the Krylov space (T decouples there).
                beta[j] = 0;
                w = Vectors.randomUnit(n, random);
                for (int pass = 0; pass < 2; pass++) {
                    for (double[] b : basis) {
                        Vectors.axpy(-Vectors.dot(w, b), b, w);
                    }
                }
                Vectors.scale(1 / Vectors.norm(w), w);
                q = w;
            } else {
                Vectors.scale(1 / beta[j], w);
                q = w;
            }
        }
        int kk = Math.min(k, steps);
        double[] values = new double[kk];
        double[][] vectors = new double[kk][];
        double[] all = ritz.values();
        for (int i = 0; i < kk; i++) {
            values[i] = all[i];
            double[] s = ritz.vector(i);
            double[] y = new double[n];
            for (int b = 0; b < steps; b++) {
                Vectors.axpy(s[b], basis.get(b), y);
            }
            Vectors.scale(1 / Vectors.norm(y), y);
            vectors[i] = y;
        }
        if (!exactResidual) {
            double estimate = Math.abs(lastBeta * ritz.vector(0)[steps - 1]) / Math.abs(values[0]);
            return new EigenResult(values, vectors, estimate, steps, steps, converged);
        }
        if (checkpoint != null) {
            checkpoint.run();
        }
        double residual = residual(op, values[0], vectors[0]);
        return new EigenResult(values, vectors, residual, steps, steps + 1, converged);
    }

    static double residual(LinearOperator op, double lambda, double[] v) {
        double[] r = op.apply(v);
        Vectors.axpy(-lambda, v, r);
        return Vectors.norm(r) / Math.abs(lambda);
    }

    private static boolean converged(SymmetricEigen ritz, double betaJ, int k, double tolerance) {
        double[] theta = ritz.values();
        double max = 0;
        for (double t : theta) {
            max = Math.max(max, Math.abs(t));
        }
        int last = theta.length - 1;
        for (int i = 0; i < k; i++) {
            double estimate = Math.abs(betaJ * ritz.vector(i)[last]);
            if (estimate > tolerance * Math.max(Math.abs(theta[i]), 1e-8 * max)) {
                return false;
            }
        }
        return true;
    }

    private static double[][] tridiagonal(double[] alpha, double[] beta, int size) {
        double[][] t = new double[size][size];
        for (int i = 0; i < size; i++) {
            t[i][i] = alpha[i];
            if (i + 1 < size) {
                t[i][i + 1] = beta[i];
                t[i + 1][i] = beta[i];
            }
        }
        return t;
    }

    static double[] initial(int n, double[] start, Random random) {
        double[] q = Vectors.randomUnit(n, random);
        if (start != null) {
            if (start.length != n) {
                throw new IllegalArgumentException("start vector has " + start.length + " entries, expected " + n);
            }
            double norm = Vectors.norm(start);
            if (norm > 0 && Double.isFinite(norm)) {
                Vectors.scale(WARM_NOISE, q);
                Vectors.axpy(1 / norm, start, q);
            }
        }
        Vectors.scale(1 / Vectors.norm(q), q);
        return q;
    }
}
