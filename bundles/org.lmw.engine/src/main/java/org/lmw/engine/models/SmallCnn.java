// A small convolutional network: two 3x3 conv + max-pool blocks, one hidden dense layer, a linear output.
package org.lmw.engine.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;

import org.lmw.engine.Messages;
import org.lmw.model.Activation;

/**
 * {@code conv1} ({@code channels} 3×3 filters, padding 1) → φ → 2×2 max-pool → {@code conv2} ({@code 2·channels})
 * → φ → 2×2 max-pool → flatten → {@code fc1} ({@code width} units, omitted when width is 0) → φ → {@code out}.
 *
 * <p>On 28×28 inputs the dense part sees {@code 2·channels·7·7} features. Layers {@code conv1} and {@code conv2}
 * report their activation after pooling.
 */
public class SmallCnn extends Network {

    private static final Shape KERNEL_STRIDE = new Shape(1, 1);
    private static final Shape PADDING = new Shape(1, 1);
    private static final Shape DILATION = new Shape(1, 1);
    private static final Shape POOL = new Shape(2, 2);
    private static final Shape NO_PADDING = new Shape(0, 0);

    private final Activation activation;
    private final int channels;
    private final int width;
    // Positions in parameters(): conv1 w/b, conv2 w/b, then fc1 w/b when present, then out w/b.
    private final int fcW;
    private final int outW;
    private final double[] multipliers = new double[4];

    /**
     * Creates the network.
     *
     * @param parent the manager under which the parameters live
     * @param sampleShape {@code [channels, height, width]} of one image
     * @param outputSize the number of classes
     * @param channels filters of the first convolution (the second has twice as many)
     * @param width units of the hidden dense layer, 0 for none
     * @param activation the non-linearity
     * @param scaling the parametrisation (muP is not defined for this network yet)
     * @param seed the seed of the initial weights
     */
    public SmallCnn(NDManager parent, int[] sampleShape, int outputSize, int channels, int width,
            Activation activation, Scaling scaling, long seed) {
        super(parent, sampleShape, outputSize, seed);
        if (sampleShape.length != 3 || sampleShape[1] % 4 != 0 || sampleShape[2] % 4 != 0) {
            throw new IllegalArgumentException(Messages.cnnNeedsImages(sampleShape));
        }
        if (channels < 1 || width < 0) {
            throw new IllegalArgumentException(Messages.badCnn(channels, width));
        }
        if (scaling.parametrisation() == org.lmw.model.Parametrisation.MUP) {
            throw new IllegalArgumentException(Messages.MUP_CNN);
        }
        this.activation = activation == null ? Activation.RELU : activation;
        this.channels = channels;
        this.width = width;
        double g = gain(this.activation);
        int c0 = sampleShape[0];
        int fan1 = c0 * 9;
        addLayer("conv1");
        addWeight("conv1", new Shape(channels, c0, 3, 3), fan1,
                scaling.weightStd(Scaling.Role.INPUT, fan1, g), scaling.multiplier(fan1), 1);
        addBias("conv1", channels, fan1, 1);
        multipliers[0] = scaling.multiplier(fan1);
        int fan2 = channels * 9;
        addLayer("conv2");
        addWeight("conv2", new Shape(2L * channels, channels, 3, 3), fan2,
                scaling.weightStd(Scaling.Role.HIDDEN, fan2, g), scaling.multiplier(fan2), 1);
        addBias("conv2", 2 * channels, fan2, 1);
        multipliers[1] = scaling.multiplier(fan2);
        int features = 2 * channels * (sampleShape[1] / 4) * (sampleShape[2] / 4);
        int in = features;
        if (width > 0) {
            addLayer("fc1");
            addWeight("fc1", new Shape(width, features), features,
                    scaling.weightStd(Scaling.Role.HIDDEN, features, g), scaling.multiplier(features), 1);
            fcW = lastParameterIndex();
            addBias("fc1", width, features, 1);
            multipliers[2] = scaling.multiplier(features);
            in = width;
        } else {
            fcW = -1;
        }
        addLayer("out");
        addWeight("out", new Shape(outputSize, in), in, scaling.weightStd(Scaling.Role.OUTPUT, in, 1),
                scaling.multiplier(in), 1);
        outW = lastParameterIndex();
        addBias("out", outputSize, in, 1);
        multipliers[3] = scaling.multiplier(in);
    }

    @Override
    public NDArray forwardWith(NDArray input, NDArray[] p, ActivationTap tap) {
        int[] s = sampleShape();
        NDArray x = input.getShape().dimension() == 4 ? input
                : input.reshape(input.getShape().get(0), s[0], s[1], s[2]);
        x = block(x, p[0], p[1], multipliers[0]);
        if (tap != null) {
            tap.accept("conv1", x);
        }
        x = block(x, p[2], p[3], multipliers[1]);
        if (tap != null) {
            tap.accept("conv2", x);
        }
        NDArray h = x.reshape(x.getShape().get(0), -1);
        if (fcW >= 0) {
            h = activateLayer(activation, Linear.linear(scale(h, multipliers[2]), p[fcW], p[fcW + 1]).singletonOrThrow());
            if (tap != null) {
                tap.accept("fc1", h);
            }
        }
        NDArray out = Linear.linear(scale(h, multipliers[3]), p[outW], p[outW + 1]).singletonOrThrow();
        if (tap != null) {
            tap.accept("out", out);
        }
        return out;
    }

    private NDArray block(NDArray x, NDArray w, NDArray b, double multiplier) {
        NDArray z = Conv2d.conv2d(scale(x, multiplier), w, b, KERNEL_STRIDE, PADDING, DILATION, 1)
                .singletonOrThrow();
        return Pool.maxPool2d(activateLayer(activation, z), POOL, POOL, NO_PADDING, false);
    }

    private static NDArray scale(NDArray x, double multiplier) {
        return multiplier == 1 ? x : x.mul((float) multiplier);
    }

    @Override
    public String describe() {
        return "cnn conv" + channels + "-conv" + (2 * channels) + (width > 0 ? "-fc" + width : "") + "-"
                + outputSize() + " " + activation.getLiteral() + String.format(java.util.Locale.ROOT,
                        " (%,d parameters)", parameterCount());
    }

    /** Max-pooling's argmax switches are kinks that an activation pattern does not freeze. */
    @Override
    public boolean kinksFrozenByPattern() {
        return false;
    }
}
