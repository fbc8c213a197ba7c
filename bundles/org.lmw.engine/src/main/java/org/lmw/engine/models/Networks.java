// Builds the network an experiment's ModelSpec describes.
package org.lmw.engine.models;

import ai.djl.ndarray.NDManager;

import org.lmw.engine.Messages;
import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.ModelSpec;
import org.lmw.model.OptimizerKind;

/**
 * Factory of networks from the EMF model.
 */
public final class Networks {

    private Networks() {
    }

    /**
     * Builds a network.
     *
     * <p>MLP: {@code depth} hidden layers of {@code width}. CNN: see {@link SmallCnn} ({@code channels}, {@code width}
     * of the dense layer; {@code depth} is not used). DEEP_LINEAR: {@code depth} hidden layers of {@code width}, no
     * biases, no non-linearity (the activation field is ignored).
     *
     * @param spec the model specification
     * @param sampleShape the shape of one input example
     * @param outputSize the number of outputs
     * @param optimizer the optimizer kind (muP's learning-rate multipliers depend on it)
     * @param seed the seed of the initial weights
     * @param manager the manager under which the parameters live
     * @return the network; close it to free its parameters
     */
    public static Network create(ModelSpec spec, int[] sampleShape, int outputSize, OptimizerKind optimizer,
            long seed, NDManager manager) {
        Scaling scaling = new Scaling(spec.getParametrisation(), optimizer, spec.getWidth(), spec.getInitScale());
        if (!(spec.getInitScale() > 0) || Double.isInfinite(spec.getInitScale())) {
            throw new IllegalArgumentException(Messages.badInitScale(spec.getInitScale()));
        }
        Architecture architecture = spec.getArchitecture() == null ? Architecture.MLP : spec.getArchitecture();
        return switch (architecture) {
            case MLP -> new Mlp(manager, sampleShape, outputSize, spec.getWidth(), spec.getDepth(),
                    spec.getActivation(), true, scaling, seed);
            case CNN -> new SmallCnn(manager, sampleShape, outputSize, spec.getChannels(), spec.getWidth(),
                    spec.getActivation(), scaling, seed);
            case DEEP_LINEAR -> new Mlp(manager, sampleShape, outputSize, spec.getWidth(), spec.getDepth(),
                    Activation.IDENTITY, false, scaling, seed);
        };
    }
}
