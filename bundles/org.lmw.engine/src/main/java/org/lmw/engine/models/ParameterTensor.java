// One trainable tensor of a network, with the per-tensor scalings a parametrisation (SP, NTK, muP) prescribes.
package org.lmw.engine.models;

import ai.djl.ndarray.NDArray;

/**
 * A trainable tensor and how its parametrisation treats it.
 *
 * @param name a stable name such as {@code fc1.weight}, used in checkpoints and metric names
 * @param layer the layer it belongs to, such as {@code fc1}
 * @param bias whether it is a bias (otherwise a weight matrix or kernel)
 * @param value the tensor; gradients are attached
 * @param fanIn the fan-in of the layer (inputs per output unit)
 * @param multiplier the factor the forward pass applies to the tensor (NTK: {@code 1/√fanIn}; otherwise 1)
 * @param learningRateMultiplier the factor on the optimizer's learning rate for this tensor (muP; otherwise 1)
 */
public record ParameterTensor(String name, String layer, boolean bias, NDArray value, int fanIn, double multiplier,
        double learningRateMultiplier) {
}
