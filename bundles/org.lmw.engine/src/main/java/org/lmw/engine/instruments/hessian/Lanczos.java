// Top-k eigenvalues of a symmetric operator by Lanczos with partial reorthogonalisation.
package org.lmw.engine.instruments.hessian;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The {@code k} largest (algebraic) eigenvalues of a symmetric operator by the Lanczos iteration with partial
 * reorthogonalisation (Simon 1984): each new Krylov vector comes from the three-term recurrence (once more against
 * the last two vectors when the recurrence cancelled most of it), and Simon's recurrence estimates its loss of
 * orthogonality to every earlier vector; when an estimate exceeds {@code √u ≈ 1e-8} the vector, and the next one,
 * are orthogonalised against all earlier ones (classical Gram-Schmidt, twice when the first pass cancels most of it:
 * "twice is enough"). The basis thus stays semi-orthogonal, which keeps the Ritz values accurate to rounding, lets
 * no spurious copy of a converged eigenvalue appear and keeps the Ritz residual estimate {@code |β_j s_j|} equal to
 * the true residual up to rounding ({@code EigenSolversTest}). Full reorthogonalisation at every step read every
 * basis vector twice per step; on the bench MLP (2 MB a vector) those memory-bound passes took about as long as the
 * Hessian-vector products of a warm-started measurement. A run of a few steps (a warm-started sharpness
 * measurement) needs none. The small tridiagonal {@code T_j} is solved by {@link SymmetricEigen}.
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
     * Lanczos estimate {@code |β_m s_m|/|θ|} is used, which semi-orthogonality keeps equal to it up to rounding,
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
        // Simon's estimates of the loss of orthogonality: omega[i] ≈ q_j·q_i and previous[i] ≈ q_{j−1}·q_i.
        double[] omega = {1};
        double[] previous = new double[0];
        boolean reorthogonaliseNext = false;
        for (int j = 0; j < m; j++) {
            basis.add(q);
            if (checkpoint != null) {
                checkpoint.run();
            }
            double[] w = op.apply(q);
            steps = j + 1;
            double[] dotAndNorm = Vectors.dotAndNorm(w, q, "Hessian-vector product");
            alpha[j] = dotAndNorm[0];
            double before = dotAndNorm[1];
            // The three-term recurrence, w − α_j q_j − β_{j−1} q_{j−1} (q_{−1} = 0).
            double after = Vectors.subtractTwoAndNorm(w, alpha[j], q, j > 0 ? beta[j - 1] : 0,
                    j > 0 ? basis.get(j - 1) : q);
            // The recurrence leaves w orthogonal to q_j and q_{j−1} only to about u·before/after. A warm start near
            // an eigenvector cancels most of w at every step (after/before ≈ the residual), which costs nothing
            // worth a pass; only a cancellation that would bring that level near √u is repaired here.
            double local = 4 * 0x1p-53 * before / after;
            if (!(local < 1e-12)) {
                // Once more against those two (the DGKS correction, locally, as ARPACK does).
                double c = Vectors.dot(w, q);
                Vectors.axpy(-c, q, w);
                alpha[j] += c;
                if (j > 0) {
                    Vectors.axpy(-Vectors.dot(w, basis.get(j - 1)), basis.get(j - 1), w);
                }
                after = Vectors.norm(w);
                local = 0;
            }
            double[] next = new double[j + 2];
            // Full reorthogonalisation when the estimated loss of orthogonality to an older vector exceeds √u, and on
            // the step after one that needed it (Simon's partial reorthogonalisation).
            boolean full = reorthogonaliseNext
                    || exceedsSemiOrthogonality(j, alpha, beta, after, omega, previous, next, n);
            reorthogonaliseNext = false;
            if (full) {
                // Classical Gram-Schmidt against every basis vector, repeated only when it cancelled most of w (the
                // DGKS criterion: a second pass is then needed, and once more is always enough).
                before = after;
                for (int pass = 0; pass < 2; pass++) {
                    Vectors.orthogonalise(w, basis);
                    after = Vectors.norm(w);
                    if (after > 0.7071 * before) {
                        break;
                    }
                    before = after;
                }
                java.util.Arrays.fill(next, 0, j + 1, roundoff(n));
                reorthogonaliseNext = true;
            }
            next[j] = full ? roundoff(n) : Math.max(roundoff(n), Math.min(local, 1));
            next[j + 1] = 1;
            previous = omega;
            omega = next;
            beta[j] = after;
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
                    Vectors.orthogonalise(w, basis);
                }
                Vectors.scale(1 / Vectors.norm(w), w);
                java.util.Arrays.fill(omega, 0, j + 1, roundoff(n));
                reorthogonaliseNext = false;
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
            Vectors.combine(java.util.Arrays.copyOf(s, steps), basis, y);
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

    /** The level of orthogonality that rounding alone leaves between Lanczos vectors: {@code u √n}. */
    private static double roundoff(int n) {
        return 0x1p-53 * Math.sqrt(n);
    }

    /**
     * Simon's recurrence (1984) for {@code ω_{j+1,i} ≈ q_{j+1}·q_i}, from {@code q_k·A q_j = q_j·A q_k} and the
     * three-term relation {@code β_k q_{k+1} = A q_k − α_k q_k − β_{k−1} q_{k−1}}, plus a rounding term of
     * {@code u √n (β_i + β_j)/β_j} in the direction of growth. Fills {@code next[0..j−1]} and returns whether any
     * exceeds {@code √u}: until then the basis is semi-orthogonal, which keeps the Ritz values and the residual
     * estimate {@code |β_j s_j|} accurate to rounding and lets no spurious copy of a converged eigenvalue appear.
     */
    private static boolean exceedsSemiOrthogonality(int j, double[] alpha, double[] beta, double betaJ, double[] omega,
            double[] previous, double[] next, int n) {
        if (!(betaJ > 0)) {
            return true;
        }
        double eps = roundoff(n);
        double limit = Math.sqrt(0x1p-53);
        boolean exceeds = false;
        for (int i = 0; i < j; i++) {
            double x = beta[i] * omega[i + 1] + (alpha[i] - alpha[j]) * omega[i]
                    + (i > 0 ? beta[i - 1] * omega[i - 1] : 0) - beta[j - 1] * previous[i];
            x /= betaJ;
            x += Math.copySign(eps * (beta[i] + betaJ) / betaJ, x);
            next[i] = x;
            exceeds |= !(Math.abs(x) <= limit);
        }
        return exceeds;
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
        if (start != null && start.length != n) {
            throw new IllegalArgumentException("start vector has " + start.length + " entries, expected " + n);
        }
        double norm = start == null ? 0 : Vectors.norm(start);
        boolean warm = norm > 0 && Double.isFinite(norm);
        // A warm start's random component only has to be generic: random signs cost a tenth of Gaussian entries.
        double[] q = warm ? Vectors.randomSigns(n, random) : Vectors.randomUnit(n, random);
        if (warm) {
            Vectors.scale(WARM_NOISE, q);
            Vectors.axpy(1 / norm, start, q);
        }
        Vectors.scale(1 / Vectors.norm(q), q);
        return q;
    }
}
