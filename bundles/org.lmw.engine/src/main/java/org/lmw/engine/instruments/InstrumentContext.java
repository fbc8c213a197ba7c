// What an instrument sees of the run: the network, its parameters, its data, the loss, gradients, time limits.
package org.lmw.engine.instruments;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.List;
import java.util.Random;

import org.lmw.engine.models.Network;
import org.lmw.engine.models.ParameterTensor;

/**
 * The view of a training run that an instrument measures. Valid only during the call it is passed to.
 *
 * <p>Data: {@link #inputs()} and {@link #targets()} are the instrument's data scope, chosen once per run and the same
 * at every measurement: {@code fixed-batch} is one training batch, {@code fixed-subset} is {@code subsetSize}
 * training examples, {@code training-subset} is the whole training split (in full-batch training, exactly the data
 * trained on). The selection is seeded by the run's seed, so reruns measure the same examples.
 */
public interface InstrumentContext {

    /**
     * Returns this instrument's settings from the experiment.
     *
     * @return the settings
     */
    InstrumentSettings settings();

    /**
     * Returns the number of updates done so far (0 before the first).
     *
     * @return the step
     */
    long step();

    /**
     * Returns the number of updates the run is planned for.
     *
     * @return the total
     */
    long totalSteps();

    /**
     * Returns the learning rate η of the most recent update (at step 0, of the first update).
     *
     * @return η
     */
    double learningRate();

    /**
     * Returns the network being trained.
     *
     * @return the network
     */
    Network network();

    /**
     * Returns the trainable tensors, in a fixed order; their values are the current parameters (float32).
     *
     * @return the parameters
     */
    List<ParameterTensor> parameters();

    /**
     * Tells whether the targets are class labels.
     *
     * @return {@code true} for classification
     */
    boolean classification();

    /**
     * Returns the number of outputs (classes, or regression targets).
     *
     * @return the output size
     */
    int outputSize();

    /**
     * Returns the inputs of this instrument's data scope, flattened to {@code [n, features]} (float32).
     *
     * @return the inputs
     */
    NDArray inputs();

    /**
     * Returns the targets of this instrument's data scope: {@code [n, 1]} int64 labels for classification,
     * {@code [n, outputs]} float32 values for regression.
     *
     * @return the targets
     */
    NDArray targets();

    /**
     * Computes the training loss, exactly as the run trains on it (cross-entropy or half the mean squared error, mean
     * over examples), in the data type of {@code outputs}.
     *
     * @param outputs network outputs {@code [n, outputs]}
     * @param targets targets as {@link #targets()} gives them (rows matching {@code outputs})
     * @return the scalar loss
     */
    NDArray loss(NDArray outputs, NDArray targets);

    /**
     * Computes the gradient of the training loss on the given data at the given parameter values. The values may be
     * float32 or float64 (then pass float64 inputs too): the computation runs in their data type. Gradient recording is
     * switched on for this call only.
     *
     * @param parameterValues one array per {@link #parameters()} entry, same shapes
     * @param inputs inputs {@code [n, features]}
     * @param targets targets for those inputs
     * @return the gradients, one per parameter, in {@link #manager()}; element 0 of the result's loss is not returned
     */
    NDArray[] gradients(NDArray[] parameterValues, NDArray inputs, NDArray targets);

    /**
     * Returns the manager for this measurement's temporaries; closed after {@link Instrument#measure} returns.
     *
     * @return the measurement's manager
     */
    NDManager manager();

    /**
     * Returns the run's long-lived manager, for arrays kept between measurements (close them in
     * {@link Instrument#close()}).
     *
     * @return the run's manager
     */
    NDManager runManager();

    /**
     * Returns a random stream seeded by the run's seed, this instrument's id and the step: the same probes on a rerun.
     *
     * @return a new random stream
     */
    Random random();

    /**
     * Throws {@link InstrumentTimeoutException} if this measurement has run past its time limit; call it in long loops.
     */
    void checkDeadline();
}
