// Receives each layer's activation during a forward pass (probes, coordinate checks, patching).
package org.lmw.engine.models;

import ai.djl.ndarray.NDArray;

/**
 * Receives the output of each layer during {@link Network#forward(NDArray, ActivationTap)}.
 *
 * <p>Hidden layers report their output after the non-linearity (after pooling for convolutional blocks); the last
 * layer reports the network's output (logits or regression values). The array lives in the manager of the forward
 * pass: copy or attach it elsewhere to keep it beyond that scope.
 */
@FunctionalInterface
public interface ActivationTap {

    /**
     * Receives one layer's activation.
     *
     * @param layer the layer's name, as in {@link Network#layers()}
     * @param activation the activation, batch first
     */
    void accept(String layer, NDArray activation);
}
