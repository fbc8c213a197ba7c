// Per-layer weight norms, update norms and distance from initialisation.
package org.lmw.engine.instruments.builtin;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentOutput;
import org.lmw.engine.instruments.InstrumentSettings;
import org.lmw.engine.instruments.StepStatistics;
import org.lmw.engine.models.ParameterTensor;
import org.lmw.model.InstrumentTrigger;

/**
 * Instrument {@code weight-norms}: Euclidean (Frobenius) norms of each layer's parameters θ_l (its weight and bias
 * together, as stored), measured after the update of the step:
 * <ul>
 * <li>{@code param_norm/<layer>} = ‖θ_l,t‖, and {@code param_norm} over all parameters (the trainer's own
 * {@code weight_norm/<layer>} is the same norm before the step's update);</li>
 * <li>{@code update_norm/<layer>} = ‖θ_l,t − θ_l,prev‖ and {@code update_norm} in total, where θ_prev is a copy
 * of the parameters kept from this instrument's previous measurement: with {@code every = 1} (the default) that is
 * the update of step t; with {@code every = N} it is the net change over the last N updates. Not recorded at the first
 * measurement;</li>
 * <li>{@code distance_from_init/<layer>} = ‖θ_l,t − θ_l,0‖ and {@code distance_from_init} in total, where θ_0 is a copy
 * taken when the instrument starts (the initial weights; on a resumed run, the weights it resumed from);</li>
 * <li>{@code rel_distance_from_init/<layer>} = ‖θ_l,t − θ_l,0‖ / ‖θ_l,0‖ and {@code rel_distance_from_init} in total
 * (left out for a layer whose initial parameters are all zero).</li>
 * </ul>
 * Cost per measurement, per parameter tensor: two in-place copies, two in-place subtractions and three norms, into
 * buffers kept between measurements (no tensor-sized allocation per step), and a single transfer of all the numbers
 * to the host; memory: three copies of the parameters (θ_0, θ_prev and a scratch buffer).
 *
 * <p>In the training step ({@link StepStatistics}, parameter {@code in_step}, default {@code true}): with
 * {@code every = 1}, no budget and the every-N-steps trigger, the trainer computes the same series inside each
 * training step, after its update, in the step's single host transfer: ‖θ_l‖ and ‖θ_l − θ_l,0‖ (one subtraction and
 * two norms per parameter tensor) and the update norm as {@code lr · multiplier · ‖d‖} from the optimizer's update
 * direction {@code d}, whose norm the trainer takes for its {@code update_ratio} anyway (equal to ‖θ_t − θ_t−1‖ up
 * to float32 rounding of the subtraction). ‖θ_l‖ is the trainer's own per-layer weight norm of the next step (taken
 * before that step's update, which is after this one's; after the last update it is computed directly), so it costs
 * nothing extra. ‖θ_l − θ_l,0‖ needs a subtraction and a norm per parameter tensor, about three passes over the
 * parameters (~5 % of a bench-mlp step on its own): in the training step it is taken every {@code distance_every}
 * steps (parameter, default 10) and at the last step, so {@code distance_from_init} and
 * {@code rel_distance_from_init} have a point every 10 steps there (same values at those steps). The measurement at
 * step 0 is still taken between updates.
 */
public final class WeightNorms implements Instrument, StepStatistics {

    /** ‖θ‖ in total; {@code param_norm/<layer>} per layer. */
    public static final String NORM = "param_norm";
    /** ‖θ_t − θ_prev‖ in total; {@code update_norm/<layer>} per layer. */
    public static final String UPDATE = "update_norm";
    /** ‖θ_t − θ_0‖ in total; {@code distance_from_init/<layer>} per layer. */
    public static final String DISTANCE = "distance_from_init";
    /** ‖θ_t − θ_0‖ / ‖θ_0‖ in total; {@code rel_distance_from_init/<layer>} per layer. */
    public static final String RELATIVE_DISTANCE = "rel_distance_from_init";

    private NDArray[] initial;
    private NDArray[] previous;
    private String[] layers;
    private int[] layerOf;
    private double[] initialSq;
    private String[][] names;
    private NDArray[] scratch;

    @Override
    public void start(InstrumentContext context) {
        List<ParameterTensor> params = context.parameters();
        Map<String, Integer> index = new LinkedHashMap<>();
        layerOf = new int[params.size()];
        for (int i = 0; i < params.size(); i++) {
            layerOf[i] = index.computeIfAbsent(params.get(i).layer(), k -> index.size());
        }
        layers = index.keySet().toArray(String[]::new);
        names = new String[layers.length][];
        for (int l = 0; l < layers.length; l++) {
            names[l] = new String[] {NORM + "/" + layers[l], UPDATE + "/" + layers[l], DISTANCE + "/" + layers[l],
                RELATIVE_DISTANCE + "/" + layers[l]};
        }
        initial = new NDArray[params.size()];
        NDList norms = new NDList();
        for (int i = 0; i < params.size(); i++) {
            initial[i] = params.get(i).value().duplicate();
            initial[i].attach(context.runManager());
            norms.add(params.get(i).value().norm());
        }
        initialSq = new double[layers.length];
        float[] v = NDArrays.stack(norms).toFloatArray();
        for (int i = 0; i < v.length; i++) {
            initialSq[layerOf[i]] += (double) v[i] * v[i];
        }
    }

    @Override
    public void measure(InstrumentContext context, InstrumentOutput out) {
        List<ParameterTensor> params = context.parameters();
        int p = params.size();
        boolean hasPrevious = previous != null;
        if (!hasPrevious) {
            previous = new NDArray[p];
            scratch = new NDArray[p];
        } else {
            // Results of operations land in the manager of their first operand: while the kept buffers belong to
            // this measurement's manager, their norms are freed with it.
            context.manager().tempAttachAll(previous);
            context.manager().tempAttachAll(scratch);
        }
        context.manager().tempAttachAll(initial);
        NDList norms = new NDList(3 * p);
        for (int i = 0; i < p; i++) {
            PtNDArray value = (PtNDArray) params.get(i).value();
            norms.add(value.norm());
            // In place, into buffers kept between measurements: no tensor-sized allocation per step.
            if (scratch[i] == null) {
                scratch[i] = value.sub(initial[i]);
            } else {
                copy(value, scratch[i]);
                scratch[i].subi(initial[i]);
            }
            norms.add(scratch[i].norm());
            if (hasPrevious) {
                previous[i].subi(value);
                norms.add(previous[i].norm());
                copy(value, previous[i]);
            } else {
                previous[i] = value.duplicate();
            }
        }
        if (!hasPrevious) {
            for (int i = 0; i < p; i++) {
                scratch[i].attach(context.runManager());
                previous[i].attach(context.runManager());
            }
        }
        // One transfer for all numbers of the measurement.
        float[] v = NDArrays.stack(norms).toFloatArray();
        int per = hasPrevious ? 3 : 2;
        double[] normSq = new double[layers.length];
        double[] initSq = new double[layers.length];
        double[] updateSq = new double[layers.length];
        for (int i = 0; i < p; i++) {
            int l = layerOf[i];
            double a = v[per * i];
            double b = v[per * i + 1];
            normSq[l] += a * a;
            initSq[l] += b * b;
            if (hasPrevious) {
                double c = v[per * i + 2];
                updateSq[l] += c * c;
            }
        }
        emit(normSq, updateSq, initSq, hasPrevious, out);
    }

    private void emit(double[] normSq, double[] updateSq, double[] initSq, boolean hasPrevious, InstrumentOutput out) {
        double totalNorm = 0;
        double totalInit = 0;
        double totalUpdate = 0;
        double totalInitial = 0;
        for (int l = 0; l < layers.length; l++) {
            out.record(names[l][0], Math.sqrt(normSq[l]));
            if (hasPrevious) {
                out.record(names[l][1], Math.sqrt(updateSq[l]));
            }
            if (initSq != null) {
                out.record(names[l][2], Math.sqrt(initSq[l]));
                if (initialSq[l] > 0) {
                    out.record(names[l][3], Math.sqrt(initSq[l] / initialSq[l]));
                }
                totalInit += initSq[l];
            }
            totalNorm += normSq[l];
            totalUpdate += updateSq[l];
            totalInitial += initialSq[l];
        }
        out.record(NORM, Math.sqrt(totalNorm));
        if (hasPrevious) {
            out.record(UPDATE, Math.sqrt(totalUpdate));
        }
        if (initSq != null) {
            out.record(DISTANCE, Math.sqrt(totalInit));
            if (totalInitial > 0) {
                out.record(RELATIVE_DISTANCE, Math.sqrt(totalInit / totalInitial));
            }
        }
    }

    @Override
    public Kind inStep(InstrumentSettings settings) {
        boolean inStep = Boolean.parseBoolean(settings.parameters().getOrDefault("in_step", "true").trim());
        return inStep && settings.trigger() == InstrumentTrigger.EVERY_NSTEPS && settings.every() == 1
                && settings.budgetFraction() == 0 ? Kind.PARAMETER_NORMS : null;
    }

    @Override
    public int distanceEvery(InstrumentSettings settings) {
        return settings.integer("distance_every", 10, 1, Integer.MAX_VALUE);
    }

    @Override
    public NDArray[] initialValues() {
        return initial;
    }

    @Override
    public void recordStep(Step step, InstrumentOutput out) {
        double[] normSq = new double[layers.length];
        double[] updateSq = new double[layers.length];
        double[] initSq = new double[layers.length];
        for (int j = 0; j < step.layers().size(); j++) {
            int l = java.util.Arrays.asList(layers).indexOf(step.layers().get(j));
            if (l < 0) {
                continue;
            }
            normSq[l] += step.paramSq()[j];
            updateSq[l] += step.updateSq()[j];
            if (step.distanceSq() != null) {
                initSq[l] += step.distanceSq()[j];
            }
        }
        emit(normSq, updateSq, step.distanceSq() == null ? null : initSq, true, out);
    }

    // target <- source, in place (torch copy_ into the full slice).
    private static void copy(PtNDArray source, NDArray target) {
        long[] shape = target.getShape().getShape();
        long[] min = new long[shape.length];
        long[] step = new long[shape.length];
        java.util.Arrays.fill(step, 1);
        JniUtils.indexSet((PtNDArray) target, source, min, shape, step);
    }

    @Override
    public void close() {
        for (NDArray[] arrays : new NDArray[][] {initial, previous, scratch}) {
            if (arrays != null) {
                for (NDArray a : arrays) {
                    if (a != null) {
                        a.close();
                    }
                }
            }
        }
        initial = null;
        previous = null;
        scratch = null;
    }
}
