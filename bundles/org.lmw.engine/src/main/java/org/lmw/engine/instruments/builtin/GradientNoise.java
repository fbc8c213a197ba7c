// Gradient noise: per-example gradient variance, gradient signal-to-noise ratio and the simple noise scale.
package org.lmw.engine.instruments.builtin;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentOutput;
import org.lmw.engine.instruments.InstrumentSettings;
import org.lmw.engine.instruments.StepStatistics;
import org.lmw.engine.models.Network;
import org.lmw.engine.models.ParameterTensor;
import org.lmw.model.DataScope;
import org.lmw.model.InstrumentTrigger;

/**
 * Instrument {@code gradient-noise}: how noisy the per-example gradients are on the instrument's data (default: a
 * fixed training batch, the same examples at every step).
 *
 * <p>Definitions. The training loss on the {@code B} examples is the mean {@code L = (1/B) Σ_i ℓ_i}; {@code g_i =
 * ∇ℓ_i} is the gradient of example {@code i}'s summand (all parameters), {@code ḡ = (1/B) Σ_i g_i = ∇L} their mean,
 * and {@code Σ} their sample covariance, of trace
 * <pre>
 *   tr Σ = Σ_i ‖g_i − ḡ‖² / (B − 1)  = (Σ_i ‖g_i‖² − B ‖ḡ‖²) / (B − 1).
 * </pre>
 * Series:
 * <ul>
 * <li>{@code grad_noise/trace_cov} = tr Σ (the per-example gradient variance, summed over parameters);</li>
 * <li>{@code grad_noise/snr} = ‖ḡ‖² / (tr Σ / B): the squared mean gradient over the variance of a size-B mean;</li>
 * <li>{@code grad_noise/b_simple} = tr Σ / ‖ḡ‖², McCandlish et al. (2018)'s simple noise scale (the batch size at
 * which the noise and signal are comparable), with the plug-in ‖ḡ‖² (which overestimates ‖E g‖² by tr Σ / B);</li>
 * <li>{@code grad_noise/mean_grad_sq} = ‖ḡ‖²;</li>
 * <li>{@code grad_noise/trace_cov/<layer>}: the part of tr Σ from one layer's parameters.</li>
 * </ul>
 *
 * <p>Method and coverage. Dense layers with a bias whose input is the previous layer's reported activation (every
 * dense layer of the built-in MLP and CNN) are exact and cheap: one extra forward and backward pass on the B
 * examples, where the bias enters as a {@code [B, out]} leaf (the bias repeated per example: an additive leaf on
 * each example's pre-activation), so its gradient row {@code i} is {@code δ_i / B} with {@code δ_i = ∂ℓ_i/∂z_i}. For
 * {@code z = m·a W^T + b}: {@code g_i^W = δ_i ⊗ m·a_i}, so {@code ‖g_i^W‖² = ‖δ_i‖² m² ‖a_i‖²} and
 * {@code ‖g_i^b‖² = ‖δ_i‖²}; the activations {@code a_i} come from the same forward pass. At the first measurement
 * each such layer is checked once: {@code Σ_i δ_i ⊗ m·a_i / B} must equal the weight's gradient; a layer that fails
 * falls back. After that check the covered weights take no gradient in the extra pass (the backward pass then skips
 * their largest products): {@code ‖ḡ_W‖ = m‖Rᵀ A‖} with {@code R} the rows {@code δ_i / B}, from {@code Rᵀ A} or, when
 * cheaper, from {@code ‖Rᵀ A‖² = Σ_ij (R Rᵀ)_ij (A Aᵀ)_ij} summed in float64 ({@code X Xᵀ} of the fixed inputs is
 * computed once).
 *
 * <p>Other parameters (convolution kernels and their biases, dense layers without bias such as the deep linear
 * network) use micro-batches: the B examples are cut in order into {@code M = ⌊B/k⌋} groups of {@code k =
 * micro_batch} (parameter, default 1) and one gradient is taken per group. With group means {@code m_j} and their
 * mean {@code m̄}, {@code tr Σ ≈ k² / (B' − k) · Σ_j ‖m_j − m̄‖²} over those parameters, {@code B' = Mk}: exact for
 * {@code k = 1} (B separate backward passes), an unbiased estimate over random partitions for {@code k > 1} at 1/k
 * of the cost. The two parts add up to tr Σ.
 *
 * <p>All reductions of a measurement travel to the host in one transfer; sums are finished in float64.
 *
 * <p>In the training step ({@link StepStatistics}, parameter {@code in_step}, default {@code true}). When every
 * parameter of the network belongs to a dense layer with a bias (the built-in MLP), the data scope is the default
 * fixed batch and the trigger is every N steps, the trainer computes these series inside the training step instead:
 * the step's biases enter as {@code [B, out]} leaves, the step's own backward pass gives the rows {@code δ_i / B}
 * (their sum over the batch is the bias gradient the optimizer takes), the forward pass the activations {@code a_i},
 * and {@code ‖δ_i‖²}, {@code ‖a_i‖²} ride in the step's single host transfer. The definitions above are unchanged,
 * but the B examples are then the batch just trained on and the parameters those before the step's update, which is
 * what per-step gradient noise means (Cockpit measures the same way); the values are recorded at the update's step
 * number, like the step's loss, and there is no measurement at step 0. The cost is about that of two extra
 * reductions over each layer's δ and input (a few percent of the step) instead of a forward and backward pass. Set
 * {@code in_step = false} to measure a fixed batch between updates.
 */
public final class GradientNoise implements Instrument, StepStatistics {

    /** tr Σ. */
    public static final String TRACE = "grad_noise/trace_cov";
    /** ‖ḡ‖² / (tr Σ / B). */
    public static final String SNR = "grad_noise/snr";
    /** tr Σ / ‖ḡ‖². */
    public static final String B_SIMPLE = "grad_noise/b_simple";
    /** ‖ḡ‖². */
    public static final String MEAN_SQ = "grad_noise/mean_grad_sq";
    /** Per-layer tr Σ prefix. */
    public static final String TRACE_LAYER = "grad_noise/trace_cov/";

    private List<String> layers;
    /** Per layer: index of its weight and bias in the parameters, -1 if not a covered (dense with bias) layer. */
    private int[] weightOf;
    private int[] biasOf;
    /** Per layer: null until checked, then whether the per-example trick holds. */
    private Boolean[] verified;
    private int[] layerOfParam;
    private double[] inputRowsSq;
    /** X Xᵀ of the fixed inputs (float64), for the first layer's mean-gradient norm. */
    private NDArray inputGram;

    private static final int WEIGHT_GRAD = 0;
    private static final int DIRECT = 1;
    private static final int GRAM = 2;

    @Override
    public void start(InstrumentContext context) {
        long b = context.inputs().getShape().get(0);
        if (b < 2) {
            throw new IllegalArgumentException("instrument 'gradient-noise' needs at least 2 examples in its data "
                    + "scope (has " + b + ")");
        }
        context.settings().integer("micro_batch", 1, 1, (int) Math.min(Integer.MAX_VALUE, b / 2));
        plan(context.network(), context.parameters());
    }

    private void plan(Network network, List<ParameterTensor> params) {
        layers = network.layers();
        int n = layers.size();
        weightOf = new int[n];
        biasOf = new int[n];
        verified = new Boolean[n];
        layerOfParam = new int[params.size()];
        Map<String, List<Integer>> byLayer = new HashMap<>();
        for (int i = 0; i < params.size(); i++) {
            byLayer.computeIfAbsent(params.get(i).layer(), k -> new ArrayList<>()).add(i);
            layerOfParam[i] = layers.indexOf(params.get(i).layer());
        }
        for (int j = 0; j < n; j++) {
            weightOf[j] = -1;
            biasOf[j] = -1;
            List<Integer> own = byLayer.getOrDefault(layers.get(j), List.of());
            if (own.size() != 2) {
                continue;
            }
            int w = -1;
            int bias = -1;
            for (int i : own) {
                ParameterTensor p = params.get(i);
                if (p.bias() && p.value().getShape().dimension() == 1) {
                    bias = i;
                } else if (!p.bias() && p.value().getShape().dimension() == 2) {
                    w = i;
                }
            }
            if (w >= 0 && bias >= 0 && params.get(bias).multiplier() == 1) {
                weightOf[j] = w;
                biasOf[j] = bias;
            }
        }
    }

    private boolean covered(int layer) {
        return weightOf[layer] >= 0 && !Boolean.FALSE.equals(verified[layer]);
    }

    @Override
    public void measure(InstrumentContext context, InstrumentOutput out) {
        if (layers == null) {
            plan(context.network(), context.parameters());
        }
        Result r = compute(context);
        if (r == null) {
            // A layer failed its one-time check and now falls back: measure again without the trick there.
            r = compute(context);
        }
        emit(r, out);
    }

    private static void emit(Result r, InstrumentOutput out) {
        out.record(TRACE, r.trace);
        out.record(MEAN_SQ, r.meanSq);
        out.record(SNR, r.meanSq / (r.trace / r.batch));
        out.record(B_SIMPLE, r.trace / r.meanSq);
        for (Map.Entry<String, Double> e : r.perLayer.entrySet()) {
            out.record(TRACE_LAYER + e.getKey(), e.getValue());
        }
    }

    @Override
    public Kind inStep(InstrumentSettings settings) {
        boolean inStep = Boolean.parseBoolean(settings.parameters().getOrDefault("in_step", "true").trim());
        return inStep && settings.trigger() == InstrumentTrigger.EVERY_NSTEPS
                && settings.scope() == DataScope.FIXED_BATCH ? Kind.PER_EXAMPLE_GRADIENTS : null;
    }

    @Override
    public void recordStep(Step step, InstrumentOutput out) {
        int b = step.batch();
        Map<String, Double> perLayer = new LinkedHashMap<>();
        double sumSq = 0;
        double meanSq = 0;
        for (int l = 0; l < step.layers().size(); l++) {
            sumSq += step.perExampleSq()[l];
            meanSq += step.meanSq()[l];
            perLayer.put(step.layers().get(l), (step.perExampleSq()[l] - b * step.meanSq()[l]) / (b - 1));
        }
        emit(new Result((sumSq - b * meanSq) / (b - 1), meanSq, b, perLayer), out);
    }

    private record Result(double trace, double meanSq, long batch, Map<String, Double> perLayer) {
    }

    private Result compute(InstrumentContext context) {
        NDManager sm = context.manager();
        List<ParameterTensor> params = context.parameters();
        int p = params.size();
        Network network = context.network();
        NDArray x = context.inputs();
        NDArray y = context.targets();
        int batch = Math.toIntExact(x.getShape().get(0));
        boolean[] perExampleBias = new boolean[p];
        boolean[] fallback = new boolean[p];
        java.util.Arrays.fill(fallback, true);
        for (int j = 0; j < layers.size(); j++) {
            if (covered(j)) {
                perExampleBias[biasOf[j]] = true;
                fallback[biasOf[j]] = false;
                fallback[weightOf[j]] = false;
            }
        }
        // A covered weight needs no gradient of its own (its mean gradient follows from δ and a, below), except at
        // the one-time check; skipping it saves the backward pass its largest matrix products.
        boolean[] needsGradient = fallback.clone();
        for (int j = 0; j < layers.size(); j++) {
            if (covered(j)) {
                needsGradient[biasOf[j]] = true;
                needsGradient[weightOf[j]] = verified[j] == null;
            }
        }
        if (inputGram != null) {
            sm.tempAttachAll(inputGram);
        }
        NDArray[] leaves = new NDArray[p];
        for (int i = 0; i < p; i++) {
            NDArray v = params.get(i).value();
            if (perExampleBias[i]) {
                v = v.reshape(1, -1).repeat(0, batch);
            }
            if (needsGradient[i]) {
                leaves[i] = JniUtils.detachGradient((PtNDArray) v);
                leaves[i].attach(sm);
                leaves[i].setRequiresGradient(true);
            } else {
                leaves[i] = v;
            }
        }
        Map<String, NDArray> acts = new LinkedHashMap<>();
        backward(context, network, x, y, leaves, acts);
        NDArray[] grads = new NDArray[p];
        for (int i = 0; i < p; i++) {
            if (needsGradient[i]) {
                grads[i] = leaves[i].getGradient();
                grads[i].attach(sm);
            }
        }

        // Everything for the host: per covered layer ‖R_i‖² (and ‖a_i‖² unless cached), then scalars.
        NDList vectors = new NDList();
        NDList scalars = new NDList();
        List<int[]> plan = new ArrayList<>();
        boolean checking = false;
        for (int j = 0; j < layers.size(); j++) {
            if (!covered(j)) {
                continue;
            }
            NDArray rows = grads[biasOf[j]];
            NDArray a = j == 0 ? x : acts.get(layers.get(j - 1));
            a = a.reshape(batch, -1);
            if (a.getShape().get(1) != params.get(weightOf[j]).value().getShape().get(1)) {
                verified[j] = false;
                return null;
            }
            vectors.add(rows.square().sum(new int[] {1}));
            boolean cachedInput = j == 0 && inputRowsSq != null && inputRowsSq.length == batch;
            if (!cachedInput) {
                vectors.add(a.square().sum(new int[] {1}));
            }
            boolean check = verified[j] == null;
            long out = rows.getShape().get(1);
            long in = a.getShape().get(1);
            int kind;
            if (check) {
                kind = WEIGHT_GRAD;
                scalars.add(grads[weightOf[j]].norm());
            } else if (out * in <= (long) batch * (out + (j == 0 ? 0 : in))) {
                // ‖ḡ_W‖ = m ‖Rᵀ A‖ (R: rows δ_i / B).
                kind = DIRECT;
                scalars.add(rows.transpose().matMul(a).norm());
            } else {
                // ‖Rᵀ A‖² = Σ_ij (R Rᵀ)_ij (A Aᵀ)_ij: B×B Gram matrices instead of the out×in product (A Aᵀ of the
                // fixed inputs is computed once), summed in float64.
                kind = GRAM;
                NDArray ga;
                if (j == 0) {
                    if (inputGram == null) {
                        inputGram = a.matMul(a.transpose()).toType(DataType.FLOAT64, false);
                        inputGram.attach(context.runManager());
                        sm.tempAttachAll(inputGram);
                    }
                    ga = inputGram;
                } else {
                    ga = a.matMul(a.transpose()).toType(DataType.FLOAT64, false);
                }
                NDArray gr = rows.matMul(rows.transpose()).toType(DataType.FLOAT64, false);
                scalars.add(gr.mul(ga).sum().toType(DataType.FLOAT32, false));
            }
            scalars.add(rows.sum(new int[] {0}).norm());
            if (check) {
                checking = true;
                double m = params.get(weightOf[j]).multiplier();
                NDArray direct = rows.transpose().matMul(a);
                if (m != 1) {
                    direct = direct.mul((float) m);
                }
                scalars.add(direct.sub(grads[weightOf[j]]).abs().max());
                scalars.add(grads[weightOf[j]].abs().max());
            }
            plan.add(new int[] {j, cachedInput ? 1 : 0, check ? 1 : 0, kind});
        }
        for (int i = 0; i < p; i++) {
            if (fallback[i]) {
                scalars.add(grads[i].norm());
            }
        }
        NDList all = new NDList(vectors);
        if (!scalars.isEmpty()) {
            all.add(NDArrays.stack(scalars));
        }
        float[] v = all.isEmpty() ? new float[0] : NDArrays.concat(all).toFloatArray();

        Map<String, Double> perLayer = new LinkedHashMap<>();
        double sumSq = 0;
        double meanSq = 0;
        int scalarAt = 0;
        for (int[] item : plan) {
            scalarAt += item[1] == 0 ? 2 * batch : batch;
        }
        int vecAt = 0;
        boolean failed = false;
        for (int[] item : plan) {
            int j = item[0];
            double m = params.get(weightOf[j]).multiplier();
            int rAt = vecAt;
            vecAt += batch;
            double[] aSq;
            if (item[1] == 1) {
                aSq = inputRowsSq;
            } else {
                aSq = new double[batch];
                for (int i = 0; i < batch; i++) {
                    aSq[i] = v[vecAt + i];
                }
                vecAt += batch;
                if (j == 0) {
                    inputRowsSq = aSq;
                }
            }
            double layerSum = 0;
            for (int i = 0; i < batch; i++) {
                layerSum += (double) v[rAt + i] * (m * m * aSq[i] + 1);
            }
            layerSum *= (double) batch * batch;
            double gw = v[scalarAt++];
            double gwSq = switch (item[3]) {
                case WEIGHT_GRAD -> gw * gw;
                case DIRECT -> m * m * gw * gw;
                default -> m * m * gw;
            };
            double gb = v[scalarAt++];
            double layerMeanSq = gwSq + gb * gb;
            if (item[2] == 1) {
                double diff = v[scalarAt++];
                double scale = v[scalarAt++];
                boolean ok = diff <= 1e-3 * scale + 1e-30;
                verified[j] = ok;
                failed |= !ok;
            }
            sumSq += layerSum;
            meanSq += layerMeanSq;
            perLayer.merge(layers.get(j), (layerSum - batch * layerMeanSq) / (batch - 1), Double::sum);
        }
        if (failed) {
            return null;
        }
        double[] fallbackMeanSq = new double[p];
        boolean anyFallback = false;
        for (int i = 0; i < p; i++) {
            if (fallback[i]) {
                double g = v[scalarAt++];
                fallbackMeanSq[i] = g * g;
                meanSq += g * g;
                anyFallback = true;
            }
        }
        // The covered part, exact on the B examples: (Σ‖g_i‖² − B‖ḡ‖²)/(B−1) over covered parameters.
        double coveredMeanSq = meanSq;
        for (int i = 0; i < p; i++) {
            coveredMeanSq -= fallbackMeanSq[i];
        }
        double trace = (sumSq - batch * coveredMeanSq) / (batch - 1);
        if (anyFallback) {
            double[] parts = microBatches(context, fallback, batch);
            for (int i = 0; i < p; i++) {
                if (fallback[i]) {
                    trace += parts[i];
                    int l = layerOfParam[i];
                    String name = l >= 0 ? layers.get(l) : params.get(i).layer();
                    perLayer.merge(name, parts[i], Double::sum);
                }
            }
        }
        if (checking) {
            context.checkDeadline();
        }
        return new Result(trace, meanSq, batch, perLayer);
    }

    @Override
    public void close() {
        if (inputGram != null) {
            inputGram.close();
            inputGram = null;
        }
    }

    // Forward with the tap and backward of the mean training loss through the given leaves, gradient mode on.
    private static void backward(InstrumentContext context, Network network, NDArray x, NDArray y, NDArray[] leaves,
            Map<String, NDArray> acts) {
        boolean wasOn = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        try {
            NDArray out = network.forwardWith(x, leaves, acts == null ? null : acts::put);
            NDArray loss = context.loss(out, y);
            NDArray seed = context.manager().ones(new Shape(), loss.getDataType());
            JniUtils.backward((PtNDArray) loss, (PtNDArray) seed, false, false);
        } finally {
            JniUtils.setGradMode(wasOn);
        }
    }

    // The micro-batch estimate of each fallback parameter's share of tr Σ.
    private static double[] microBatches(InstrumentContext context, boolean[] fallback, int batch) {
        NDManager sm = context.manager();
        List<ParameterTensor> params = context.parameters();
        int p = params.size();
        int k = context.settings().integer("micro_batch", 1, 1, Math.max(1, batch / 2));
        int groups = batch / k;
        int used = groups * k;
        NDArray[] sums = new NDArray[p];
        NDList squares = new NDList();
        for (int g = 0; g < groups; g++) {
            context.checkDeadline();
            NDIndex rows = new NDIndex().addSliceDim((long) g * k, (long) (g + 1) * k);
            NDArray xg = context.inputs().get(rows);
            NDArray yg = context.targets().get(rows);
            NDArray[] leaves = new NDArray[p];
            for (int i = 0; i < p; i++) {
                NDArray value = params.get(i).value();
                if (fallback[i]) {
                    leaves[i] = JniUtils.detachGradient((PtNDArray) value);
                    leaves[i].attach(sm);
                    leaves[i].setRequiresGradient(true);
                } else {
                    leaves[i] = value;
                }
            }
            backward(context, context.network(), xg, yg, leaves, null);
            for (int i = 0; i < p; i++) {
                if (fallback[i]) {
                    NDArray grad = leaves[i].getGradient();
                    grad.attach(sm);
                    squares.add(grad.square().sum());
                    sums[i] = sums[i] == null ? grad : sums[i].add(grad);
                }
            }
        }
        NDList tail = new NDList();
        for (int i = 0; i < p; i++) {
            if (fallback[i]) {
                tail.add(sums[i].square().sum());
            }
        }
        squares.addAll(tail);
        float[] v = NDArrays.stack(squares).toFloatArray();
        int count = tail.size();
        double[] groupSq = new double[count];
        int at = 0;
        for (int g = 0; g < groups; g++) {
            for (int c = 0; c < count; c++) {
                groupSq[c] += v[at++];
            }
        }
        double[] out = new double[p];
        int c = 0;
        for (int i = 0; i < p; i++) {
            if (fallback[i]) {
                double sumOfMeans = v[at++];
                // Σ_j ‖m_j − m̄‖² = Σ_j ‖m_j‖² − ‖Σ_j m_j‖² / M.
                double spread = groupSq[c++] - sumOfMeans / groups;
                out[i] = (double) k * k / (used - k) * spread;
            }
        }
        return out;
    }
}
