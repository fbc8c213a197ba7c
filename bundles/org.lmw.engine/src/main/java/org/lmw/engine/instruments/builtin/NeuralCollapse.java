// Neural collapse NC1 (Papyan, Han & Donoho 2020) on the penultimate layer's activations.
package org.lmw.engine.instruments.builtin;

import ai.djl.ndarray.NDArray;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentOutput;

/**
 * Instrument {@code neural-collapse}: NC1, the within-class variability relative to the between-class separation of
 * the penultimate layer's features (the activation fed to the output layer, after its non-linearity), on the
 * instrument's data (default: a fixed subset of the training split). Classification runs only: on a regression run
 * the instrument refuses to start and says so.
 *
 * <p>Definition (Papyan, Han &amp; Donoho, PNAS 2020, Fig. 6): with features {@code h_i ∈ ℝ^d}, labels {@code c_i},
 * the {@code C} classes present in the data, class means {@code μ_c}, global mean {@code μ_G = Ave_i h_i},
 * <pre>
 *   Σ_W = Ave_i (h_i − μ_{c_i})(h_i − μ_{c_i})ᵀ        (over all N examples)
 *   Σ_B = Ave_c (μ_c − μ_G)(μ_c − μ_G)ᵀ                (over the C classes)
 *   NC1 = tr(Σ_W Σ_B⁺) / C
 * </pre>
 * where ⁺ is the Moore–Penrose pseudo-inverse. NC1 is 0 when every example sits at its class mean and grows with
 * the within-class spread along the directions that separate classes; spread orthogonal to all class-mean
 * differences does not count.
 *
 * <p>Computation, in float64 Java: {@code Σ_B = M Mᵀ / C} with {@code M = [μ_1 − μ_G, …, μ_C − μ_G]} ({@code d × C}),
 * so its non-zero eigenpairs come from the small {@code C × C} matrix {@code MᵀM = V Λ Vᵀ} (Jacobi):
 * {@code u_k = M v_k / √λ_k} with eigenvalue {@code λ_k / C}. Eigenvalues with {@code λ_k ≤ rtol · λ_max} are treated
 * as zero (parameter {@code rtol}, default 1e-10, well above the rounding level ~1e-16 of the rank-deficient
 * direction that balanced classes leave). Then {@code NC1 = Σ_k (u_kᵀ Σ_W u_k) / λ_k}, since {@code Σ_B⁺ = Σ_k (C /
 * λ_k) u_k u_kᵀ}. The cost is one forward pass plus O(N·d·C).
 *
 * <p>Series: {@code nc1}, {@code neural_collapse/within_trace} (tr Σ_W),
 * {@code neural_collapse/between_trace} (tr Σ_B).
 */
public final class NeuralCollapse implements Instrument {

    /** NC1. */
    public static final String NC1 = "nc1";
    /** tr Σ_W. */
    public static final String WITHIN = "neural_collapse/within_trace";
    /** tr Σ_B. */
    public static final String BETWEEN = "neural_collapse/between_trace";

    @Override
    public void start(InstrumentContext context) {
        if (!context.classification()) {
            throw new IllegalArgumentException("instrument 'neural-collapse' needs a classification run (class "
                    + "labels): NC1 compares features within and between classes, and this run regresses "
                    + context.outputSize() + " real-valued outputs");
        }
        if (context.network().layers().size() < 2) {
            throw new IllegalArgumentException("instrument 'neural-collapse' needs a hidden layer: the network "
                    + "has no penultimate layer");
        }
    }

    @Override
    public void measure(InstrumentContext context, InstrumentOutput out) {
        double rtol = context.settings().real("rtol", 1e-10, 0, 1);
        List<String> layers = context.network().layers();
        String penultimate = layers.get(layers.size() - 2);
        Map<String, NDArray> acts = new LinkedHashMap<>();
        context.network().forward(context.inputs(), acts::put);
        NDArray h = acts.get(penultimate);
        int n = Math.toIntExact(h.getShape().get(0));
        float[] flat = h.reshape(n, -1).toFloatArray();
        int d = flat.length / n;
        long[] labels = context.targets().toType(ai.djl.ndarray.types.DataType.INT64, false).toLongArray();
        double[][] features = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                features[i][j] = flat[i * d + j];
            }
        }
        double[] r = nc1(features, labels, rtol);
        out.record(NC1, r[0]);
        out.record(WITHIN, r[1]);
        out.record(BETWEEN, r[2]);
    }

    /**
     * Computes NC1 of features with labels.
     *
     * @param h the features, one row per example
     * @param labels the class of each row
     * @param rtol relative eigenvalue tolerance of the pseudo-inverse
     * @return {@code [NC1, tr Σ_W, tr Σ_B]}
     * @throws IllegalArgumentException if fewer than two classes are present
     */
    public static double[] nc1(double[][] h, long[] labels, double rtol) {
        int n = h.length;
        int d = h[0].length;
        Map<Long, Integer> index = new TreeMap<>();
        for (long c : labels) {
            index.putIfAbsent(c, 0);
        }
        int classes = index.size();
        if (classes < 2) {
            throw new IllegalArgumentException("NC1 needs at least two classes in the data (found " + classes + ")");
        }
        int k0 = 0;
        for (Map.Entry<Long, Integer> e : index.entrySet()) {
            e.setValue(k0++);
        }
        int[] cls = new int[n];
        double[][] mu = new double[classes][d];
        int[] count = new int[classes];
        double[] global = new double[d];
        for (int i = 0; i < n; i++) {
            cls[i] = index.get(labels[i]);
            count[cls[i]]++;
            for (int j = 0; j < d; j++) {
                mu[cls[i]][j] += h[i][j];
                global[j] += h[i][j];
            }
        }
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < d; j++) {
                mu[c][j] /= count[c];
            }
        }
        for (int j = 0; j < d; j++) {
            global[j] /= n;
        }
        // M's columns: centred class means (stored as rows here).
        double[][] m = new double[classes][d];
        double betweenTrace = 0;
        for (int c = 0; c < classes; c++) {
            for (int j = 0; j < d; j++) {
                m[c][j] = mu[c][j] - global[j];
                betweenTrace += m[c][j] * m[c][j];
            }
        }
        betweenTrace /= classes;
        double[][] mtm = new double[classes][classes];
        for (int a = 0; a < classes; a++) {
            for (int b = 0; b <= a; b++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += m[a][j] * m[b][j];
                }
                mtm[a][b] = s;
                mtm[b][a] = s;
            }
        }
        double[][][] eig = SymmetricEigen.jacobi(mtm);
        double[] lambda = eig[0][0];
        double[][] v = eig[1];
        double cut = rtol * Math.max(lambda[0], 0);
        int rank = 0;
        while (rank < classes && lambda[rank] > cut && lambda[rank] > 0) {
            rank++;
        }
        // u_k = M v_k / sqrt(lambda_k), as d-vectors.
        double[][] u = new double[rank][d];
        for (int k = 0; k < rank; k++) {
            double scale = 1 / Math.sqrt(lambda[k]);
            for (int c = 0; c < classes; c++) {
                double w = v[k][c] * scale;
                if (w != 0) {
                    for (int j = 0; j < d; j++) {
                        u[k][j] += w * m[c][j];
                    }
                }
            }
        }
        double[] q = new double[rank];
        double withinTrace = 0;
        double[] centred = new double[d];
        for (int i = 0; i < n; i++) {
            double[] mc = mu[cls[i]];
            for (int j = 0; j < d; j++) {
                centred[j] = h[i][j] - mc[j];
                withinTrace += centred[j] * centred[j];
            }
            for (int k = 0; k < rank; k++) {
                double s = 0;
                double[] uk = u[k];
                for (int j = 0; j < d; j++) {
                    s += uk[j] * centred[j];
                }
                q[k] += s * s;
            }
        }
        withinTrace /= n;
        double nc1 = 0;
        for (int k = 0; k < rank; k++) {
            nc1 += (q[k] / n) / lambda[k];
        }
        return new double[] {nc1, withinTrace, betweenTrace};
    }
}
