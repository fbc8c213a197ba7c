// An instrument whose numbers the training step can compute in its own pass ("fused"), instead of between updates.
package org.lmw.engine.instruments;

import ai.djl.ndarray.NDArray;

import java.util.List;

/**
 * Implemented by an {@link Instrument} whose per-step numbers the trainer can compute inside the training step, from
 * the step's own forward and backward pass and in the step's single host transfer, at a fraction of the cost of a
 * separate measurement between updates. The trainer decides per run whether it can (the network's structure, the
 * settings); when it cannot, the instrument runs between updates as usual through {@link Instrument#measure}, and
 * both paths record the same series with the same definitions.
 *
 * <p>Timing: the in-step work (the extra tensor operations, timed on the training thread, and the host-side
 * arithmetic) is counted as the instrument's time ({@code time/instrument/<id>}) and taken out of the training time.
 */
public interface StepStatistics {

    /** What the training step computes for the instrument. */
    enum Kind {
        /**
         * Per-example gradient norms of the step's batch: per layer Σ_i ‖g_i‖² (g_i the gradient of example i's
         * summand of the mean loss) and ‖ḡ‖² (ḡ the step's gradient), before the update. Recorded at the step number
         * the update produces, like the step's loss.
         */
        PER_EXAMPLE_GRADIENTS,
        /**
         * Per-layer ‖θ‖², ‖update‖² and ‖θ − θ0‖² after the step's update (θ0: {@link #initialValues()}).
         */
        PARAMETER_NORMS
    }

    /**
     * Which in-step quantities this instrument takes with these settings.
     *
     * @param settings the run's settings of the instrument
     * @return the kind, or {@code null} to measure between updates
     */
    Kind inStep(InstrumentSettings settings);

    /**
     * The parameters at initialisation, as the instrument kept them in {@link Instrument#start} (for
     * {@link Kind#PARAMETER_NORMS}), in the order of {@link InstrumentContext#parameters()}.
     *
     * @return the copies (owned by the instrument), or {@code null}
     */
    default NDArray[] initialValues() {
        return null;
    }

    /**
     * For {@link Kind#PARAMETER_NORMS}: the in-step path computes ‖θ − θ0‖ (a pass over every parameter) at steps
     * that are multiples of this and at the last step; the other numbers every step.
     *
     * @param settings the run's settings of the instrument
     * @return the interval, at least 1
     */
    default int distanceEvery(InstrumentSettings settings) {
        return 1;
    }

    /**
     * Records the series of one step from what the training step computed.
     *
     * @param step the step's numbers
     * @param out where the series go
     */
    void recordStep(Step step, InstrumentOutput out);

    /**
     * One step's numbers, per layer in the order of {@link #layers()} (arrays a kind does not fill are {@code null}).
     *
     * @param step the step number recorded (the update's number: after update k, k + 1)
     * @param batch the number of examples in the step's batch
     * @param layers the network's layers
     * @param perExampleSq per layer Σ_i ‖g_i‖² over the batch ({@link Kind#PER_EXAMPLE_GRADIENTS})
     * @param meanSq per layer ‖ḡ‖² ({@link Kind#PER_EXAMPLE_GRADIENTS})
     * @param paramSq per layer ‖θ‖² after the update ({@link Kind#PARAMETER_NORMS})
     * @param updateSq per layer ‖θ_after − θ_before‖² ({@link Kind#PARAMETER_NORMS})
     * @param distanceSq per layer ‖θ_after − θ0‖² ({@link Kind#PARAMETER_NORMS}; {@code null} at steps without it)
     */
    record Step(long step, int batch, List<String> layers, double[] perExampleSq, double[] meanSq, double[] paramSq,
            double[] updateSq, double[] distanceSq) {
    }
}
