// Base of all networks: owned parameters, named layers, forward pass with activation taps.
package org.lmw.engine.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lmw.engine.Seeds;
import org.lmw.model.Activation;

/**
 * A network with hand-managed parameters.
 *
 * <p>The network owns a child manager that holds its parameters; {@link #close()} frees them. Forward passes create
 * their results in the manager of the input (attach the input to a per-step manager so nothing accumulates).
 */
public abstract class Network implements AutoCloseable {

    private final NDManager manager;
    private final List<ParameterTensor> parameters = new ArrayList<>();
    private final List<String> layers = new ArrayList<>();
    private NDArray[] values = new NDArray[0];
    private final int[] sampleShape;
    private final int outputSize;
    private final long seed;
    private ActivationPattern pattern;

    /**
     * Creates an empty network; subclasses add layers and parameters in their constructor.
     *
     * @param parent the manager under which the parameters live
     * @param sampleShape the shape of one input example
     * @param outputSize the number of outputs
     * @param seed the seed the initial weights come from
     */
    protected Network(NDManager parent, int[] sampleShape, int outputSize, long seed) {
        this.manager = parent.newSubManager();
        this.sampleShape = sampleShape.clone();
        this.outputSize = outputSize;
        this.seed = seed;
    }

    /**
     * Runs the network with its own parameters.
     *
     * @param input a batch, either flat {@code [N, inputSize]} or shaped {@code [N, sampleShape...]}
     * @param tap receives each layer's activation, or {@code null}
     * @return the outputs {@code [N, outputSize]}
     */
    public final NDArray forward(NDArray input, ActivationTap tap) {
        return forwardWith(input, values, tap);
    }

    /**
     * Runs the network with other values for its parameters, for example leaves that collect gradients, perturbed
     * weights (finite differences) or a checkpoint's weights.
     *
     * @param input a batch
     * @param parameterValues one array per {@link #parameters()} entry, same order and shapes
     * @param tap receives each layer's activation, or {@code null}
     * @return the outputs {@code [N, outputSize]}
     */
    public abstract NDArray forwardWith(NDArray input, NDArray[] parameterValues, ActivationTap tap);

    /**
     * Runs the network without a tap.
     *
     * @param input a batch
     * @return the outputs {@code [N, outputSize]}
     */
    public final NDArray forward(NDArray input) {
        return forward(input, null);
    }

    /**
     * Runs the network and returns every layer's activation, in layer order.
     *
     * @param input a batch
     * @return layer name to activation; the last entry is the output
     */
    public final Map<String, NDArray> activations(NDArray input) {
        Map<String, NDArray> out = new LinkedHashMap<>();
        forward(input, out::put);
        return out;
    }

    /**
     * Returns the trainable tensors in a fixed order (the checkpoint order).
     *
     * @return the parameters
     */
    public final List<ParameterTensor> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /**
     * Returns the layer names in forward order; the last is the output layer.
     *
     * @return the layer names
     */
    public final List<String> layers() {
        return Collections.unmodifiableList(layers);
    }

    /**
     * Returns the total number of trainable scalars.
     *
     * @return the parameter count
     */
    public final long parameterCount() {
        long n = 0;
        for (ParameterTensor p : parameters) {
            n += p.value().size();
        }
        return n;
    }

    /**
     * Returns the shape of one input example.
     *
     * @return a copy of the sample shape
     */
    public final int[] sampleShape() {
        return sampleShape.clone();
    }

    /**
     * Returns the number of outputs.
     *
     * @return the output size
     */
    public final int outputSize() {
        return outputSize;
    }

    /**
     * Returns the manager that owns the parameters.
     *
     * @return the parameter manager
     */
    public final NDManager manager() {
        return manager;
    }

    /**
     * The outputs of a forward pass and the gradient of every parameter, taken by hand.
     *
     * @param output the network's outputs {@code [N, outputSize]}
     * @param gradients per {@link #parameters()} entry, the gradient of the loss whose output gradient was given
     */
    public record Backprop(NDArray output, NDArray[] gradients) {
    }

    /**
     * One training step's forward and backward pass without autograd, for networks whose chain rule is written out
     * here (call with gradient recording off): no graph is recorded, no leaves are made, and the gradients come from
     * the same matrix products autograd would run. Uses the network's own parameters and the unfrozen activations.
     *
     * @param input a batch, flat {@code [N, inputSize]}
     * @param outputGradient given the outputs, returns the gradient of the loss with respect to them (any scale: the
     *     parameters' gradients carry it)
     * @return the outputs and gradients, or {@code null} when this network takes its gradients with autograd only
     */
    public Backprop backpropagate(NDArray input, java.util.function.UnaryOperator<NDArray> outputGradient) {
        return null;
    }

    /**
     * Returns whether {@link #backpropagate} takes this network's gradients (it may still decline a step, for
     * example while an activation pattern is frozen).
     *
     * @return {@code true} when the chain rule is written out for this network
     */
    public boolean backpropagatesByHand() {
        return false;
    }

    /**
     * Returns whether an activation pattern is frozen in (Hessian work), when ReLU layers follow it.
     *
     * @return {@code true} while a pattern is frozen
     */
    public final boolean patternFrozen() {
        return pattern != null;
    }

    /**
     * Returns a one-line description, such as {@code mlp 784-256-256-10 relu standard (269,322 parameters)}.
     *
     * @return the description
     */
    public abstract String describe();

    @Override
    public void close() {
        manager.close();
    }

    /**
     * Registers a layer name.
     *
     * @param name the layer's name
     */
    protected final void addLayer(String name) {
        layers.add(name);
    }

    /**
     * Creates a weight tensor drawn from {@code N(0, std²)} with its own seed stream, and registers it.
     *
     * @param layer the layer
     * @param shape the tensor's shape
     * @param fanIn the layer's fan-in
     * @param std the standard deviation of the stored values
     * @param multiplier the forward multiplier
     * @param lrMultiplier the learning-rate multiplier
     * @return the tensor
     */
    protected final NDArray addWeight(String layer, Shape shape, int fanIn, double std, double multiplier,
            double lrMultiplier) {
        String name = layer + ".weight";
        Random random = Seeds.stream(seed, "init/" + name, 0);
        float[] values = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (random.nextGaussian() * std);
        }
        return register(name, layer, false, values, shape, fanIn, multiplier, lrMultiplier);
    }

    /**
     * Returns the index of the parameter registered last, for subclasses that look parameters up by position.
     *
     * @return the index in {@link #parameters()}
     */
    protected final int lastParameterIndex() {
        return parameters.size() - 1;
    }

    /**
     * Creates a zero bias and registers it.
     *
     * @param layer the layer
     * @param size the number of output units
     * @param fanIn the layer's fan-in
     * @param lrMultiplier the learning-rate multiplier
     * @return the tensor
     */
    protected final NDArray addBias(String layer, int size, int fanIn, double lrMultiplier) {
        return register(layer + ".bias", layer, true, new float[size], new Shape(size), fanIn, 1, lrMultiplier);
    }

    private NDArray register(String name, String layer, boolean bias, float[] values, Shape shape, int fanIn,
            double multiplier, double lrMultiplier) {
        NDArray array = manager.create(values, shape);
        array.setName(name);
        // No gradient is attached here: the trainer differentiates through fresh leaves that share this storage,
        // so gradients never accumulate and the optimizer may update these arrays in place.
        parameters.add(new ParameterTensor(name, layer, bias, array, fanIn, multiplier, lrMultiplier));
        this.values = java.util.Arrays.copyOf(this.values, this.values.length + 1);
        this.values[this.values.length - 1] = array;
        return array;
    }

    /**
     * Applies a non-linearity.
     *
     * @param activation the non-linearity
     * @param x the pre-activation
     * @return the activation
     */
    /**
     * Freezes the ReLU pattern for the following forward passes (Hessian-vector products by finite differences), or
     * restores normal ReLUs. Call on the thread that runs the passes; always clear it in a {@code finally}.
     *
     * @param frozen the pattern to record or replay, {@code null} for normal activations
     */
    public final void usePattern(ActivationPattern frozen) {
        this.pattern = frozen;
    }

    /**
     * Tells whether a frozen {@link ActivationPattern} removes every kink of this network's loss (ReLU is its only
     * non-smooth operation), so that finite differences of gradients around a point need no kink check.
     *
     * @return {@code true} unless the network has other kinks (max-pooling)
     */
    public boolean kinksFrozenByPattern() {
        return true;
    }

    /**
     * Applies a layer's activation, honouring a frozen {@link ActivationPattern}: what subclasses call.
     *
     * @param activation the activation
     * @param x the pre-activation
     * @return the activation's output
     */
    protected final NDArray activateLayer(Activation activation, NDArray x) {
        ActivationPattern p = pattern;
        if (p != null && activation == Activation.RELU) {
            return p.relu(x);
        }
        return activate(activation, x);
    }

    protected static NDArray activate(Activation activation, NDArray x) {
        return switch (activation) {
            case RELU -> ai.djl.nn.Activation.relu(x);
            case TANH -> ai.djl.nn.Activation.tanh(x);
            case GELU -> ai.djl.nn.Activation.gelu(x);
            case SIGMOID -> ai.djl.nn.Activation.sigmoid(x);
            case IDENTITY -> x;
        };
    }

    /**
     * Returns the gain that keeps activations of order one through a non-linearity (He for ReLU-like units).
     *
     * @param activation the non-linearity
     * @return the gain
     */
    protected static double gain(Activation activation) {
        return switch (activation) {
            case RELU, GELU -> Math.sqrt(2);
            case TANH -> 5.0 / 3.0;
            case SIGMOID, IDENTITY -> 1;
        };
    }
}
