// Effective rank (Roy & Vetterli 2007) of every layer's activations on the instrument's data.
package org.lmw.engine.instruments.builtin;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentOutput;

/**
 * Instrument {@code effective-rank}: for every layer the network reports (hidden layers after their non-linearity,
 * convolutional blocks after pooling, and the output), the effective rank of the activation matrix {@code A}
 * ({@code n} examples × {@code d} features, flattened) on the instrument's data (default: a fixed subset).
 *
 * <p>Definition (Roy &amp; Vetterli 2007): with the singular values σ₁ ≥ … ≥ σ_r of {@code A}, {@code p_k = σ_k / Σ_j
 * σ_j} and the Shannon entropy {@code H = −Σ_k p_k ln p_k} (with {@code 0 ln 0 = 0}), the effective rank is
 * {@code exp(H)}: 1 for a rank-one matrix, {@code k} for {@code k} equal singular values and zeros, between 1 and
 * {@code min(n, d)} otherwise.
 *
 * <p>Centring: by default the activations are <em>not</em> centred (Roy &amp; Vetterli, and RankMe, Garrido et al.
 * 2023, take the matrix as it is), so a common offset counts as one direction. Parameter {@code center=true} subtracts
 * each feature's mean over the examples first (the effective rank of the covariance's square root).
 *
 * <p>Computation: {@code A} in float64, its Gram matrix ({@code AᵀA} when {@code d ≤ n}, else {@code AAᵀ}) by one
 * matrix product, then the Gram matrix's eigenvalues λ_k in Java (Householder + QL, {@link SymmetricEigen}) and
 * σ_k = √max(λ_k, 0). Singular values below {@code σ₁ · max(n, d) · ε₃₂} (ε₃₂ = 2⁻²³, the float32 resolution the
 * activations were computed at, as in NumPy's {@code matrix_rank}) are treated as zero; parameter {@code rtol}
 * overrides that factor, but not below 1e-7: singular values taken from the Gram matrix's eigenvalues are resolved
 * only down to about √ε₆₄ ≈ 1.5e-8 of σ₁, so smaller ones are rounding. A zero matrix records 0.
 *
 * <p>Series: {@code effective_rank/<layer>} for every layer.
 */
public final class EffectiveRank implements Instrument {

    /** The series prefix. */
    public static final String PREFIX = "effective_rank/";

    private static final double FLOAT32_EPS = Math.ulp(1f);
    private static final double MIN_RTOL = 1e-7;

    @Override
    public void measure(InstrumentContext context, InstrumentOutput out) {
        boolean center = Boolean.parseBoolean(context.settings().string("center", "false"));
        double rtolSetting = context.settings().real("rtol", -1, -1, 1);
        Map<String, NDArray> acts = new LinkedHashMap<>();
        context.network().forward(context.inputs(), acts::put);
        for (Map.Entry<String, NDArray> entry : acts.entrySet()) {
            context.checkDeadline();
            NDArray a = entry.getValue();
            long n = a.getShape().get(0);
            NDArray flat = a.reshape(n, -1).toType(DataType.FLOAT64, false);
            long d = flat.getShape().get(1);
            double rtol = Math.max(MIN_RTOL, rtolSetting >= 0 ? rtolSetting : Math.max(n, d) * FLOAT32_EPS);
            out.record(PREFIX + entry.getKey(), of(gram(flat, center), rtol));
        }
    }

    /**
     * Returns the Gram matrix of the smaller side of {@code a} ({@code aᵀa} if columns ≤ rows, else {@code aaᵀ}).
     *
     * @param a a float64 matrix {@code [n, d]}
     * @param center whether to subtract the column means first
     * @return the Gram matrix in Java
     */
    static double[][] gram(NDArray a, boolean center) {
        NDArray m = center ? a.sub(a.mean(new int[] {0}, true)) : a;
        long n = m.getShape().get(0);
        long d = m.getShape().get(1);
        NDArray g = d <= n ? m.transpose().matMul(m) : m.matMul(m.transpose());
        int k = Math.toIntExact(g.getShape().get(0));
        double[] flat = g.toDoubleArray();
        double[][] out = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(flat, i * k, out[i], 0, k);
        }
        return out;
    }

    /**
     * Computes the effective rank from a Gram matrix.
     *
     * @param gram {@code AᵀA} or {@code AAᵀ}
     * @param rtol singular values at most {@code rtol · σ₁} count as zero
     * @return {@code exp(H)}, 0 for a zero matrix
     */
    public static double of(double[][] gram, double rtol) {
        double[] lambda = SymmetricEigen.values(gram);
        double[] sigma = new double[lambda.length];
        for (int i = 0; i < lambda.length; i++) {
            sigma[i] = Math.sqrt(Math.max(lambda[i], 0));
        }
        return fromSingularValues(sigma, rtol);
    }

    /**
     * Computes the effective rank from singular values.
     *
     * @param sigma the singular values (any order, non-negative)
     * @param rtol values at most {@code rtol · max σ} count as zero
     * @return {@code exp(−Σ p ln p)} with {@code p = σ / Σσ}; 0 if all are zero
     */
    public static double fromSingularValues(double[] sigma, double rtol) {
        double max = 0;
        for (double s : sigma) {
            max = Math.max(max, s);
        }
        if (!(max > 0)) {
            return 0;
        }
        double cut = rtol * max;
        double sum = 0;
        for (double s : sigma) {
            if (s > cut) {
                sum += s;
            }
        }
        double h = 0;
        for (double s : sigma) {
            if (s > cut) {
                double p = s / sum;
                h -= p * Math.log(p);
            }
        }
        return Math.exp(h);
    }
}
