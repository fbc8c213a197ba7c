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
}
