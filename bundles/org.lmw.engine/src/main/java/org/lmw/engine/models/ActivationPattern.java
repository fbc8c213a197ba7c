// Freezes where ReLU units are on, so that Hessian-vector products by finite differences see no kinks.
package org.lmw.engine.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.ArrayList;
import java.util.List;

/**
 * The on/off pattern of a network's ReLU units at one parameter point θ₀, recorded by one forward pass and replayed
 * by later ones: while a pattern is in use ({@link Network#usePattern}), each ReLU computes {@code z · m} with the mask
 * {@code m = [z(θ₀) > 0]} of the recording pass instead of {@code max(z, 0)}.
 *
 * <p>Why: a ReLU network's loss is only piecewise smooth, and a finite difference of gradients between θ₀ ± h·v that
 * moves a pre-activation across zero picks up the gradient's jump divided by 2h, which swamps the Hessian (on a full
 * batch of a thousand examples some unit always switches). With the pattern frozen the network is smooth (polynomial in
 * the parameters) around θ₀, has the same value and gradient at θ₀, and its Hessian at θ₀ is exactly the generalised
 * Hessian that automatic differentiation gives (ReLU'' = 0) — the sharpness of Cohen et al. (2021). Smooth activations
 * (tanh, GELU, sigmoid) are not affected. Max-pooling's argmax switches are not frozen.
 *
 * <p>Recording happens on the first forward after {@link #rewind()} while {@link #isRecorded()} is false; every later
 * forward must start with {@link #rewind()}. The masks live in this pattern's manager, freed by {@link #close()}.
 */
public final class ActivationPattern implements AutoCloseable {

    private final NDManager manager;
    private final List<NDArray> masks = new ArrayList<>();
    private boolean recorded;
    private boolean recording;
    private int cursor;

    /**
     * Creates an empty pattern.
     *
     * @param parent the manager the masks live under
     */
    public ActivationPattern(NDManager parent) {
        this.manager = parent.newSubManager();
    }

    /** Starts a forward pass: the first one records, the later ones replay. */
    public void rewind() {
        if (recording) {
            recording = false;
            recorded = true;
        }
        if (!recorded) {
            recording = true;
        }
        cursor = 0;
    }

    /**
     * Tells whether the pattern has been recorded.
     *
     * @return {@code true} after the recording pass
     */
    public boolean isRecorded() {
        return recorded || recording && !masks.isEmpty();
    }

    /**
     * Returns the number of ReLU layers recorded.
     *
     * @return the layer count
     */
    public int layers() {
        return masks.size();
    }

    NDArray relu(NDArray z) {
        if (recording) {
            NDArray mask = z.gt(0).toType(z.getDataType(), false);
            mask.attach(manager);
            masks.add(mask);
            cursor++;
            return z.mul(mask);
        }
        if (cursor >= masks.size()) {
            throw new IllegalStateException("activation pattern has " + masks.size() + " ReLU layers, the forward pass"
                    + " asked for more: rewind() before each pass");
        }
        NDArray mask = masks.get(cursor++);
        if (!mask.getShape().equals(z.getShape())) {
            throw new IllegalStateException("activation pattern recorded " + mask.getShape() + " at ReLU layer "
                    + cursor + ", the pass has " + z.getShape() + ": the same inputs must be used");
        }
        return z.mul(mask);
    }

    /** Frees the masks. */
    @Override
    public void close() {
        manager.close();
    }
}
