// Hessian-vector products of the training loss by central differences of float64 gradients, without memory growth.
package org.lmw.engine.instruments.hessian;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.BinaryOperator;

import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.models.ActivationPattern;
import org.lmw.engine.models.Network;
import org.lmw.engine.models.ParameterTensor;

/**
 * The Hessian {@code H} of the training loss at the current parameters {@code θ}, on fixed data, as a
 * {@link LinearOperator}: {@code H v ≈ (g(θ + h v) − g(θ − h v)) / (2h)}, with {@code g} the loss gradient computed in
 * float64 on float64 copies of the parameters and the data.
 *
 * <p><b>Step.</b> {@code h = ε · max(‖θ‖, 1) / ‖v‖}: the perturbation {@code h v} has norm {@code ε · ‖θ‖}, a fixed
 * fraction of the parameter norm whatever the scale of {@code v} or of the network. The truncation error is
 * {@code O(h²‖∇³L‖)} and the rounding error {@code O(u ‖g‖ / h)} with {@code u = 1.1e-16}; {@link #DEFAULT_EPSILON}
 * balances them (measured: see the engine README, "Hessian instruments"). Double backward is exact but leaked about
 * 2.6 MB per product through DJL (PLATFORM.md); central differences leak nothing.
 *
 * <p><b>Memory.</b> Each product runs in its own sub-manager, closed before it returns: the perturbed parameters, the
 * gradient leaves, the graph and the gradients die with it, so any number of products keeps memory flat. The float64
 * copy of the data lives in this object's manager, a child of the one given, freed by {@link #close()}; {@code θ},
 * {@code g(θ)} and the differences are Java arrays (the vector arithmetic of a product costs less there than a dozen
 * parameter-sized tensor allocations).
 * (This is why it does not use {@link InstrumentContext#gradients}, whose leaves stay in the measurement's manager
 * until the measurement ends: four parameter-sized arrays per product.)
 *
 * <p><b>Kinks.</b> ReLU units keep the on/off pattern they have at θ for every perturbed gradient
 * ({@link ActivationPattern}): the loss is then smooth around θ with the same gradient there, and these products are
 * those of the generalised Hessian that automatic differentiation computes (ReLU'' = 0), which is what Cohen et al.
 * (2021) measure. Without the frozen pattern a full batch always has some unit switching within the step (a sharpness
 * of 600–1600 instead of about 100 on the edge-of-stability MLP). Kinks the pattern does not cover (max-pooling's
 * argmax) are caught as follows. For ReLU networks the loss is only piecewise smooth: a perturbation that moves a
 * pre-activation across zero adds the gradient's jump over {@code 2h} (measured on the bench MLP: 315× the product at ε = 1e-6 on one
 * batch). Each product therefore compares the second difference {@code ‖g₊ + g₋ − 2g₀‖} with the first
 * {@code ‖g₊ − g₋‖} ({@code g₀ = g(θ)}, computed once per operator); above {@value #KINK_TOLERANCE} (or {@code 10ε})
 * it falls back to
 * the more consistent one-sided difference ({@link #kinks()} counts these; two more gradients each). Exact double
 * backward ignores kinks the same way. If neither side is consistent (the gradient jumps at θ itself, as with the
 * small CNN's max-pooling) the product throws {@link ArithmeticException}: the instrument records a failure instead of
 * a wrong value.
 */
public final class HessianVectorProduct implements LinearOperator, AutoCloseable {

    /** The largest ratio of second to first difference taken as smooth (it estimates the kink's relative error). */
    static final double KINK_TOLERANCE = 1e-4;

    /** The largest relative disagreement of one-sided differences at h and h/2 on the better side of a kink. */
    static final double DISCONTINUITY_TOLERANCE = 1e-3;

    /** The default relative step {@code ε}: perturbations of norm {@code ε ‖θ‖}. */
    public static final double DEFAULT_EPSILON = 1e-6;

    /**
     * The default relative step of forward differences: their truncation error is O(h) rather than O(h²), so the
     * step is smaller; rounding (O(u/ε)) and truncation balance near 1e-8.
     */
    public static final double DEFAULT_FORWARD_EPSILON = 1e-8;

    private final Network network;
    private final BinaryOperator<NDArray> loss;
    private final NDManager manager;
    private final double[] theta;
    private final Shape[] shapes;
    private final int[] offsets;
    private final NDArray inputs;
    private final NDArray targets;
    private final int dimension;
    private final double thetaNorm;
    private final double epsilon;
    private final ByteBuffer transfer;
    private double[] center;
    private final ActivationPattern pattern;
    private long products;
    private boolean forward;
    private long kinks;

    /**
     * Creates the operator at the given parameters and data.
     *
     * @param network the network (its {@code forwardWith} must compute in float64 when given float64 values)
     * @param parameterValues the parameter values, any floating type (copied to float64)
     * @param inputs the inputs {@code [n, features]} (copied to float64)
     * @param targets the targets: labels are copied as they are, real values to float64
     * @param loss the training loss of (outputs, targets), a scalar in the outputs' type
     * @param parent the manager this operator's copies live under
     * @param epsilon the relative step {@code ε} (positive)
     */
    public HessianVectorProduct(Network network, NDArray[] parameterValues, NDArray inputs, NDArray targets,
            BinaryOperator<NDArray> loss, NDManager parent, double epsilon) {
        if (!(epsilon > 0 && epsilon < 1)) {
            throw new IllegalArgumentException("epsilon must be in (0, 1) (was " + epsilon + ")");
        }
        this.network = network;
        this.loss = loss;
        this.epsilon = epsilon;
        this.manager = parent.newSubManager();
        int count = parameterValues.length;
        shapes = new Shape[count];
        offsets = new int[count + 1];
        for (int i = 0; i < count; i++) {
            shapes[i] = parameterValues[i].getShape();
            offsets[i + 1] = Math.addExact(offsets[i], Math.toIntExact(shapes[i].size()));
        }
        theta = new double[offsets[count]];
        try {
            for (int i = 0; i < count; i++) {
                try (NDArray copy = parameterValues[i].toType(DataType.FLOAT64, true)) {
                    System.arraycopy(copy.toDoubleArray(), 0, theta, offsets[i], offsets[i + 1] - offsets[i]);
                }
            }
            this.inputs = float64(inputs);
            this.targets = targets.getDataType().isFloating() ? float64(targets) : own(targets.duplicate());
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
        // ReLU on/off pattern at θ, recorded by the first gradient (g₀) and replayed by every perturbed one.
        this.pattern = new ActivationPattern(manager);
        this.dimension = offsets[count];
        this.thetaNorm = Vectors.norm(theta);
        this.transfer = ByteBuffer.allocateDirect(Math.multiplyExact(dimension, Double.BYTES))
                .order(ByteOrder.nativeOrder());
    }

    /**
     * Creates the operator for an instrument: the context's network, current parameters, data scope and loss.
     *
     * @param context the measurement's context
     * @param epsilon the relative step {@code ε}
     * @return the operator, in a child of the measurement's manager
     */
    public static HessianVectorProduct of(InstrumentContext context, double epsilon) {
        List<ParameterTensor> ps = context.parameters();
        NDArray[] values = new NDArray[ps.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ps.get(i).value();
        }
        return new HessianVectorProduct(context.network(), values, context.inputs(), context.targets(),
                context::loss, context.manager(), epsilon);
    }

    private NDArray float64(NDArray a) {
        return own(a.toType(DataType.FLOAT64, true));
    }

    private NDArray own(NDArray a) {
        a.attach(manager);
        return a;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /**
     * Returns the parameters as one float64 vector, in {@link Network#parameters()} order.
     *
     * @return {@code θ}
     */
    public double[] parameters() {
        return theta.clone();
    }

    /**
     * Returns {@code ‖θ‖}.
     *
     * @return the parameter norm
     */
    public double parameterNorm() {
        return thetaNorm;
    }

    /**
     * Returns the relative step {@code ε}.
     *
     * @return {@code ε}
     */
    public double epsilon() {
        return epsilon;
    }

    /**
     * Switches to forward differences {@code (g(θ + hv) − g(θ)) / h}: one gradient per product instead of two, with
     * g(θ) computed once per operator, at an error of O(h) (measured about 1e-8 relative at
     * {@link #DEFAULT_FORWARD_EPSILON} on the dense test network). Only sound where the loss is smooth around θ, that
     * is where every kink is frozen by the {@link ActivationPattern} ({@link Network#kinksFrozenByPattern()}); the kink
     * check needs both sides and is skipped.
     *
     * @param on {@code true} for forward differences
     * @return this operator
     */
    public HessianVectorProduct forwardDifferences(boolean on) {
        this.forward = on;
        return this;
    }

    /**
     * Returns the number of products computed so far.
     *
     * @return the count
     */
    public long products() {
        return products;
    }

    @Override
    public double[] apply(double[] v) {
        if (v.length != dimension) {
            throw new IllegalArgumentException("vector has " + v.length + " entries, expected " + dimension);
        }
        double norm = Vectors.norm(v);
        if (norm == 0) {
            return new double[dimension];
        }
        double h = epsilon * Math.max(thetaNorm, 1) / norm;
        double[] out = new double[dimension];
        // Everything a product creates on the native side lives in this sub-manager: the data are lent to it, so the
        // results of operations on them land in it too, and all of it is freed here. The perturbed parameters go in
        // through one reused direct buffer and the gradients come out through views, so no per-product direct memory
        // waits for the garbage collector; the arithmetic on whole vectors (θ + t v, the differences) is done here
        // on Java arrays, which saves about a dozen parameter-sized tensor allocations and passes per product
        // (1.6 ms of a 6 ms product on the bench MLP).
        try (NDManager sm = manager.newSubManager()) {
            sm.tempAttachAll(inputs, targets);
            if (center == null) {
                center = gradientAlong(v, 0, sm);
            }
            if (forward) {
                // (g(θ + hv) − g(θ)) / h: each gradient is copied in bulk straight into the output, then the
                // difference is taken in place (a loop the JIT vectorises; element-wise buffer reads took 0.65 ms
                // a product on the bench MLP).
                NDArray[] grads = gradientsAlong(v, h, sm);
                for (int p = 0; p < grads.length; p++) {
                    grads[p].toByteBuffer(true).order(ByteOrder.nativeOrder()).asDoubleBuffer()
                            .get(out, offsets[p], offsets[p + 1] - offsets[p]);
                }
                double inverse = 1 / h;
                for (int i = 0; i < dimension; i++) {
                    out[i] = (out[i] - center[i]) * inverse;
                }
                products++;
                return out;
            }
            double[] plus = gradientAlong(v, h, sm);
            double[] minus = gradientAlong(v, -h, sm);
            // Kink check: for a smooth loss the second difference g₊ + g₋ − 2g₀ is O(h²), against O(h) for the first
            // difference; their ratio estimates the relative error that a ReLU kink between θ − hv and θ + hv adds.
            double[] firstDifference = new double[dimension];
            double[] secondDifference = new double[dimension];
            for (int i = 0; i < dimension; i++) {
                firstDifference[i] = plus[i] - minus[i];
                secondDifference[i] = plus[i] + minus[i] - 2 * center[i];
            }
            double first = Vectors.norm(firstDifference);
            double second = Vectors.norm(secondDifference);
            // A smooth loss gives a ratio of about ε·‖θ‖‖∇³L‖/‖H‖, so the threshold grows with a large ε.
            if (second > Math.max(KINK_TOLERANCE, 10 * epsilon) * first) {
                kinks++;
                out = oneSided(v, h, plus, minus, sm);
            } else {
                for (int i = 0; i < dimension; i++) {
                    out[i] = firstDifference[i] / (2 * h);
                }
            }
        }
        products++;
        return out;
    }

    /**
     * With a kink within the step, the central difference is wrong by the gradient's jump over {@code 2h}. Each side
     * is tried at {@code h} and {@code h/2}: a side without a kink gives the same slope at both (to {@code O(h)}),
     * so the more consistent side is used, extrapolated to {@code O(h²)} (Richardson: {@code 2 D(h/2) − D(h)}). A
     * pre-activation exactly at zero at θ (a dead unit with a zero bias, say) counts as inactive, as in autograd.
     */
    private double[] oneSided(double[] v, double h, double[] plus, double[] minus, NDManager sm) {
        double[] plusHalf = gradientAlong(v, h / 2, sm);
        double[] minusHalf = gradientAlong(v, -h / 2, sm);
        double[] forwardSlope = new double[dimension];
        double[] backwardSlope = new double[dimension];
        double[] forwardSpread = new double[dimension];
        double[] backwardSpread = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            double forward = (plus[i] - center[i]) / h;
            double forwardHalf = (plusHalf[i] - center[i]) / (h / 2);
            double backward = (center[i] - minus[i]) / h;
            double backwardHalf = (center[i] - minusHalf[i]) / (h / 2);
            forwardSpread[i] = forward - forwardHalf;
            backwardSpread[i] = backward - backwardHalf;
            forwardSlope[i] = 2 * forwardHalf - forward;
            backwardSlope[i] = 2 * backwardHalf - backward;
        }
        double forwardError = Vectors.norm(forwardSpread);
        double backwardError = Vectors.norm(backwardSpread);
        double[] result = forwardError <= backwardError ? forwardSlope : backwardSlope;
        double spread = Math.min(forwardError, backwardError);
        double size = Vectors.norm(result);
        if (!(spread <= Math.max(DISCONTINUITY_TOLERANCE, 100 * epsilon) * size)) {
            // Neither side is smooth down to h/2: the gradient jumps at θ itself along this direction (seen with the
            // small CNN's max-pooling), where no finite difference is a Hessian-vector product. Fail loudly.
            throw new ArithmeticException(String.format(java.util.Locale.ROOT, "the loss gradient of %s is"
                    + " discontinuous at the current parameters along a probe direction (one-sided differences at h"
                    + " and h/2 disagree by %.3g relative on both sides, h = %.3g): finite-difference"
                    + " Hessian-vector products are not valid here (max-pooling ties or a kink at θ)",
                    network.describe(), spread / size, h));
        }
        return result;
    }

    // The gradient at θ + t·v (exactly θ for t = 0), as one flat vector.
    private double[] gradientAlong(double[] v, double t, NDManager sm) {
        NDArray[] grads = gradientsAlong(v, t, sm);
        double[] flat = new double[dimension];
        for (int i = 0; i < grads.length; i++) {
            grads[i].toByteBuffer(true).order(ByteOrder.nativeOrder()).asDoubleBuffer()
                    .get(flat, offsets[i], offsets[i + 1] - offsets[i]);
        }
        return flat;
    }

    /**
     * Returns how many products met a kink (a ReLU switching within the step) and fell back to one-sided differences.
     *
     * @return the count
     */
    public long kinks() {
        return kinks;
    }

    // The gradient at θ + t·v (exactly θ for t = 0), per parameter tensor, in the product's manager.
    private NDArray[] gradientsAlong(double[] v, double t, NDManager sm) {
        transfer.clear();
        java.nio.DoubleBuffer point = transfer.asDoubleBuffer();
        if (t == 0) {
            point.put(theta);
        } else {
            for (int i = 0; i < dimension; i++) {
                point.put(i, theta[i] + t * v[i]);
            }
        }
        NDArray[] values = new NDArray[shapes.length];
        for (int i = 0; i < values.length; i++) {
            ByteBuffer part = transfer.slice(offsets[i] * Double.BYTES, (offsets[i + 1] - offsets[i]) * Double.BYTES)
                    .order(ByteOrder.nativeOrder());
            values[i] = sm.create(part, shapes[i], DataType.FLOAT64);
        }
        return gradientAt(values, sm);
    }

    private NDArray[] gradientAt(NDArray[] values, NDManager sm) {
        NDArray[] leaves = new NDArray[values.length];
        for (int i = 0; i < values.length; i++) {
            leaves[i] = JniUtils.detachGradient((PtNDArray) values[i]);
            leaves[i].attach(sm);
            leaves[i].setRequiresGradient(true);
        }
        boolean wasOn = JniUtils.isGradMode();
        JniUtils.setGradMode(true);
        pattern.rewind();
        network.usePattern(pattern);
        try {
            NDArray out = network.forwardWith(inputs, leaves, null);
            if (out.getDataType() != DataType.FLOAT64) {
                throw new IllegalStateException("network " + network.describe() + " computes in "
                        + out.getDataType() + " with float64 parameters; Hessian-vector products need float64");
            }
            NDArray value = loss.apply(out, targets);
            NDArray seed = sm.create(1.0).toType(value.getDataType(), false);
            JniUtils.backward((PtNDArray) value, (PtNDArray) seed, false, false);
        } finally {
            network.usePattern(null);
            JniUtils.setGradMode(wasOn);
        }
        NDArray[] grads = new NDArray[leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            grads[i] = leaves[i].getGradient();
            grads[i].attach(sm);
        }
        return grads;
    }

    /** Frees the float64 copies. */
    @Override
    public void close() {
        manager.close();
    }
}
