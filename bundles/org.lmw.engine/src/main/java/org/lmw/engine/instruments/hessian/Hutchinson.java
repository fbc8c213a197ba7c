// Hutchinson's stochastic trace estimator with Rademacher probes.
package org.lmw.engine.instruments.hessian;

import java.util.Random;

/**
 * Estimates {@code tr(A)} as the mean of {@code zᵀ A z} over independent Rademacher probes {@code z ∈ {−1, +1}ⁿ}
 * (Hutchinson 1990). Unbiased; one probe's variance is {@code 2 Σ_{i≠j} A_ij²}, the smallest of the usual probe
 * distributions. The standard error is the sample standard deviation of the probes over {@code √probes}.
 */
public final class Hutchinson {

    private Hutchinson() {
    }

    /**
     * The estimate and its standard error.
     *
     * @param trace the mean of the probes
     * @param standardError the standard error of that mean ({@code NaN} with one probe)
     * @param probes the number of probes
     */
    public record Estimate(double trace, double standardError, int probes) {
    }

    /**
     * Estimates the trace.
     *
     * @param op the symmetric operator
     * @param probes the number of probes (at least 1)
     * @param random the random stream of the probes
     * @param checkpoint called before every product (a deadline check may throw from it), or {@code null}
     * @return the estimate
     */
    public static Estimate trace(LinearOperator op, int probes, Random random, Runnable checkpoint) {
        if (probes < 1) {
            throw new IllegalArgumentException("probes must be at least 1 (was " + probes + ")");
        }
        int n = op.dimension();
        double mean = 0;
        double m2 = 0;
        double[] z = new double[n];
        for (int p = 0; p < probes; p++) {
            if (checkpoint != null) {
                checkpoint.run();
            }
            for (int i = 0; i < n; i++) {
                z[i] = random.nextBoolean() ? 1 : -1;
            }
            double[] az = op.apply(z);
            Vectors.requireFinite(az, "Hessian-vector product");
            double sample = Vectors.dot(z, az);
            // Welford's running mean and sum of squared deviations.
            double delta = sample - mean;
            mean += delta / (p + 1);
            m2 += delta * (sample - mean);
        }
        double stderr = probes > 1 ? Math.sqrt(m2 / (probes - 1) / probes) : Double.NaN;
        return new Estimate(mean, stderr, probes);
    }

    /**
     * Estimates the trace by Hutch++ (Meyer, Musco, Musco and Woodruff 2021) with the same number of products: a
     * third sketch the range of {@code A} ({@code Q = orth(A S)}, {@code S} Rademacher), a third give
     * {@code tr(QᵀAQ)} exactly, and the rest run Hutchinson on the deflated {@code (I − QQᵀ) A (I − QQᵀ)}. Unbiased;
     * when a few large eigenvalues dominate (as in network Hessians) its error is much smaller than Hutchinson's. The
     * standard error is that of the deflated part given {@code Q}.
     *
     * @param op the symmetric operator
     * @param products the number of products (at least 3)
     * @param random the random stream of the probes
     * @param checkpoint called before every product, or {@code null}
     * @return the estimate ({@code probes} is the number of products)
     */
    public static Estimate hutchPlusPlus(LinearOperator op, int products, Random random, Runnable checkpoint) {
        if (products < 3) {
            throw new IllegalArgumentException("Hutch++ needs at least 3 products (was " + products + ")");
        }
        int n = op.dimension();
        int sketch = Math.min(products / 3, n);
        java.util.List<double[]> q = new java.util.ArrayList<>();
        for (int i = 0; i < sketch; i++) {
            if (checkpoint != null) {
                checkpoint.run();
            }
            double[] y = op.apply(rademacher(n, random));
            Vectors.requireFinite(y, "Hessian-vector product");
            double before = Vectors.norm(y);
            project(y, q);
            double after = Vectors.norm(y);
            if (after > 1e-10 * before && after > 0) {
                Vectors.scale(1 / after, y);
                q.add(y);
            }
        }
        double exact = 0;
        int used = 0;
        for (double[] b : q) {
            if (checkpoint != null) {
                checkpoint.run();
            }
            double[] ab = op.apply(b);
            Vectors.requireFinite(ab, "Hessian-vector product");
            exact += Vectors.dot(b, ab);
            used++;
        }
        int probes = Math.max(1, products - sketch - used);
        double mean = 0;
        double m2 = 0;
        for (int p = 0; p < probes; p++) {
            if (checkpoint != null) {
                checkpoint.run();
            }
            double[] z = rademacher(n, random);
            project(z, q);
            double[] az = op.apply(z);
            Vectors.requireFinite(az, "Hessian-vector product");
            double sample = Vectors.dot(z, az);
            double delta = sample - mean;
            mean += delta / (p + 1);
            m2 += delta * (sample - mean);
        }
        double stderr = probes > 1 ? Math.sqrt(m2 / (probes - 1) / probes) : Double.NaN;
        return new Estimate(exact + mean, stderr, sketch + used + probes);
    }

    private static double[] rademacher(int n, Random random) {
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = random.nextBoolean() ? 1 : -1;
        }
        return z;
    }

    // v -= Q Qᵀ v, twice for orthogonality to rounding.
    private static void project(double[] v, java.util.List<double[]> q) {
        for (int pass = 0; pass < 2; pass++) {
            for (double[] b : q) {
                Vectors.axpy(-Vectors.dot(v, b), b, v);
            }
        }
    }
}
