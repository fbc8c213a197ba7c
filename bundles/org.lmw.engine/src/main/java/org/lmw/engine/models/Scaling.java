// Per-layer initial scale, forward multiplier and learning-rate multiplier of the SP, NTK and muP parametrisations.
package org.lmw.engine.models;

import org.lmw.model.OptimizerKind;
import org.lmw.model.Parametrisation;

/**
 * The abc-parametrisation of one network: how each layer's weights are drawn, multiplied in the forward pass, and
 * scaled in the learning rate.
 *
 * <ul>
 * <li>STANDARD: {@code W ~ N(0, (gain·initScale)²/fanIn)}, multiplier 1, learning-rate multiplier 1.</li>
 * <li>NTK (Jacot et al.): stored {@code w ~ N(0, (gain·initScale)²)}, forward {@code W = w/√fanIn}, multiplier 1 on the
 * learning rate: the same function at initialisation as STANDARD, a different training dynamic.</li>
 * <li>MUP (Yang et al., Tensor Programs V, Table 3, relative to a base width of {@value #MUP_BASE_WIDTH} with width
 * multiplier {@code m = width / base}): hidden and input layers are drawn as in STANDARD, the output layer with an extra
 * {@code 1/√m}; learning-rate multipliers for SGD are {@code m} (input weights, all biases), 1 (hidden weights),
 * {@code 1/m} (output weights); for Adam 1 (input weights, biases), {@code 1/m} (hidden and output weights). At
 * {@code width = base} MUP equals STANDARD. The coordinate check that validates it belongs to the muP work.</li>
 * </ul>
 */
public final class Scaling {

    /** The base width that muP's multipliers are relative to. */
    public static final int MUP_BASE_WIDTH = 64;

    /** Where a layer sits, which decides its muP treatment. */
    public enum Role {
        /** The first layer: its fan-in is the data's dimension, not a width. */
        INPUT,
        /** A layer between two widths. */
        HIDDEN,
        /** The last layer: its fan-out is the task's output size. */
        OUTPUT
    }

    private final Parametrisation parametrisation;
    private final OptimizerKind optimizer;
    private final double widthMultiplier;
    private final double initScale;

    /**
     * Creates the scaling for one network.
     *
     * @param parametrisation the parametrisation
     * @param optimizer the optimizer (muP's learning-rate multipliers depend on it)
     * @param width the network's width (muP's {@code m = width / base})
     * @param initScale the experiment's extra factor on every initial standard deviation
     */
    public Scaling(Parametrisation parametrisation, OptimizerKind optimizer, int width, double initScale) {
        this.parametrisation = parametrisation == null ? Parametrisation.STANDARD : parametrisation;
        this.optimizer = optimizer == null ? OptimizerKind.SGD : optimizer;
        this.widthMultiplier = (double) width / MUP_BASE_WIDTH;
        this.initScale = initScale;
    }

    /**
     * Returns the standard deviation of a weight's stored values.
     *
     * @param role where the layer sits
     * @param fanIn the layer's fan-in
     * @param gain the non-linearity gain (1 for the output layer)
     * @return the standard deviation
     */
    public double weightStd(Role role, int fanIn, double gain) {
        double sp = gain * initScale / Math.sqrt(fanIn);
        return switch (parametrisation) {
            case STANDARD -> sp;
            case NTK -> gain * initScale;
            case MUP -> role == Role.OUTPUT ? sp / Math.sqrt(widthMultiplier) : sp;
        };
    }

    /**
     * Returns the factor the forward pass applies to a weight.
     *
     * @param fanIn the layer's fan-in
     * @return {@code 1/√fanIn} under NTK, otherwise 1
     */
    public double multiplier(int fanIn) {
        return parametrisation == Parametrisation.NTK ? 1 / Math.sqrt(fanIn) : 1;
    }

    /**
     * Returns a weight's learning-rate multiplier.
     *
     * @param role where the layer sits
     * @return the multiplier
     */
    public double weightLearningRate(Role role) {
        if (parametrisation != Parametrisation.MUP) {
            return 1;
        }
        boolean sgd = optimizer == OptimizerKind.SGD;
        return switch (role) {
            case INPUT -> sgd ? widthMultiplier : 1;
            case HIDDEN -> sgd ? 1 : 1 / widthMultiplier;
            case OUTPUT -> 1 / widthMultiplier;
        };
    }

    /**
     * Returns a bias's learning-rate multiplier.
     *
     * @return the multiplier
     */
    public double biasLearningRate() {
        if (parametrisation != Parametrisation.MUP) {
            return 1;
        }
        return optimizer == OptimizerKind.SGD ? widthMultiplier : 1;
    }

    /**
     * Returns the parametrisation.
     *
     * @return the parametrisation
     */
    public Parametrisation parametrisation() {
        return parametrisation;
    }
}
