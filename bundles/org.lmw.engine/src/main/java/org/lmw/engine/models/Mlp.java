// Multi-layer perceptron (and, without biases and non-linearity, the deep linear network).
package org.lmw.engine.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;

import java.util.ArrayList;
import java.util.List;

import org.lmw.engine.Messages;
import org.lmw.model.Activation;

/**
 * A fully connected network: {@code depth} hidden layers of {@code width} units named {@code fc1 … fcN}, then the
 * output layer {@code out}. Weights are {@code [out, in]} (PyTorch's layout) so each layer is one fused
 * {@code linear} call.
 */
public class Mlp extends Network {

    private final Activation activation;
    private final boolean biases;
    private final Scaling scaling;
    private final int width;
    private final int depth;
    private final List<Integer> weightIndex = new ArrayList<>();
    private final List<Integer> biasIndex = new ArrayList<>();
    private final List<Double> multipliers = new ArrayList<>();

    /**
     * Creates the network with freshly initialised weights.
     *
     * @param parent the manager under which the parameters live
     * @param sampleShape the shape of one input example (flattened)
     * @param outputSize the number of outputs
     * @param width units per hidden layer
     * @param depth number of hidden layers (0 gives a linear model)
     * @param activation the hidden non-linearity
     * @param biases whether layers have biases
     * @param scaling the parametrisation
     * @param seed the seed of the initial weights
     */
    public Mlp(NDManager parent, int[] sampleShape, int outputSize, int width, int depth, Activation activation,
            boolean biases, Scaling scaling, long seed) {
        super(parent, sampleShape, outputSize, seed);
        if (depth < 0 || (depth > 0 && width < 1) || outputSize < 1) {
            throw new IllegalArgumentException(Messages.badMlp(depth, width, outputSize));
        }
        this.activation = activation == null ? Activation.RELU : activation;
        this.biases = biases;
        this.scaling = scaling;
        this.width = width;
        this.depth = depth;
        int in = 1;
        for (int d : sampleShape) {
            in *= d;
        }
        for (int i = 0; i <= depth; i++) {
            boolean last = i == depth;
            String name = last ? "out" : "fc" + (i + 1);
            int out = last ? outputSize : width;
            Scaling.Role role = i == 0 ? Scaling.Role.INPUT : last ? Scaling.Role.OUTPUT : Scaling.Role.HIDDEN;
            double gain = last ? 1 : gain(this.activation);
            double multiplier = scaling.multiplier(in);
            addLayer(name);
            addWeight(name, new Shape(out, in), in, scaling.weightStd(role, in, gain), multiplier,
                    scaling.weightLearningRate(role));
            weightIndex.add(lastParameterIndex());
            if (biases) {
                addBias(name, out, in, scaling.biasLearningRate());
                biasIndex.add(lastParameterIndex());
            } else {
                biasIndex.add(-1);
            }
            multipliers.add(multiplier);
            in = out;
        }
    }

    @Override
    public NDArray forwardWith(NDArray input, NDArray[] p, ActivationTap tap) {
        NDArray h = input.getShape().dimension() == 2 ? input : input.reshape(input.getShape().get(0), -1);
        List<String> names = layers();
        int count = weightIndex.size();
        for (int i = 0; i < count; i++) {
            double m = multipliers.get(i);
            // NTK's 1/sqrt(fanIn) goes on the input of the matmul, keeping the bias add fused in one linear call.
            NDArray x = m == 1 ? h : h.mul((float) m);
            int b = biasIndex.get(i);
            NDArray z = Linear.linear(x, p[weightIndex.get(i)], b < 0 ? null : p[b]).singletonOrThrow();
            boolean last = i == count - 1;
            h = last ? z : activateLayer(activation, z);
            if (tap != null) {
                tap.accept(names.get(i), h);
            }
        }
        return h;
    }

    /**
     * The chain rule of a ReLU MLP with biases and unit multipliers (standard parametrisation), written out: with
     * {@code δ} the gradient at a layer's pre-activation and {@code a} its input, the weight gradient is
     * {@code δᵀa}, the bias gradient {@code Σ_rows δ}, and the previous layer's {@code δ} is {@code (δW) ⊙ [a > 0]}
     * (the ReLU passes where its output is positive, as torch's threshold backward does: the mask is the output's
     * sign). Other activations and parametrisations return {@code null}: their gradients come from autograd.
     */
    @Override
    public Backprop backpropagate(NDArray input, java.util.function.UnaryOperator<NDArray> outputGradient) {
        if (!backpropagatesByHand() || patternFrozen() || input.getShape().dimension() != 2) {
            return null;
        }
        List<ParameterTensor> params = parameters();
        int count = weightIndex.size();
        NDArray[] inputs = new NDArray[count];
        NDArray h = input;
        for (int i = 0; i < count; i++) {
            inputs[i] = h;
            NDArray z = Linear.linear(h, params.get(weightIndex.get(i)).value(),
                    params.get(biasIndex.get(i)).value()).singletonOrThrow();
            h = i == count - 1 ? z : ai.djl.nn.Activation.relu(z);
        }
        NDArray delta = outputGradient.apply(h);
        NDArray[] gradients = new NDArray[params.size()];
        for (int i = count - 1; i >= 0; i--) {
            gradients[weightIndex.get(i)] = delta.transpose().matMul(inputs[i]);
            gradients[biasIndex.get(i)] = delta.sum(new int[] {0});
            if (i > 0) {
                // inputs[i] is a ReLU output (≥ 0): its sign is the 0/1 mask, in float (a comparison would
                // make a scalar tensor and a boolean mask, and multiplying by that takes torch's slow path).
                delta = delta.matMul(params.get(weightIndex.get(i)).value()).muli(inputs[i].sign());
            }
        }
        return new Backprop(h, gradients);
    }

    @Override
    public boolean backpropagatesByHand() {
        if (activation != Activation.RELU || !biases) {
            return false;
        }
        for (double m : multipliers) {
            if (m != 1) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder(biases ? "mlp " : "deep-linear ");
        int in = 1;
        for (int d : sampleShape()) {
            in *= d;
        }
        sb.append(in);
        for (int i = 0; i < depth; i++) {
            sb.append('-').append(width);
        }
        sb.append('-').append(outputSize());
        if (biases) {
            sb.append(' ').append(activation.getLiteral());
        }
        sb.append(' ').append(scaling.parametrisation().getLiteral());
        sb.append(" (").append(String.format(java.util.Locale.ROOT, "%,d", parameterCount())).append(" parameters)");
        return sb.toString();
    }
}
