// Where the training loop's numbers go: a minimal interface the run store (or a test) implements.
package org.lmw.engine.training;

/**
 * Receives the numbers a training run produces, on the training thread, in step order.
 *
 * <p>Implementations must be fast (they are called about 10 times per step) and must not keep NDArrays: every value
 * is a plain double. Names are listed in {@link MetricNames}.
 */
@FunctionalInterface
public interface MetricSink {

    /** A sink that drops everything. */
    MetricSink NONE = (step, name, value) -> { };

    /**
     * Records one value of one series.
     *
     * @param step the step the value belongs to (1 = the first update; 0 = before training)
     * @param name the series name, see {@link MetricNames}
     * @param value the value
     */
    void record(long step, String name, double value);

    /**
     * Receives a finished test-split evaluation (its numbers were also passed to {@link #record}).
     *
     * @param evaluation the evaluation
     */
    default void evaluated(Evaluation evaluation) {
    }

    /**
     * Called when an instrument fails (exception, non-finite value, time limit); training goes on.
     *
     * @param step the step of the failed measurement
     * @param instrumentId the instrument
     * @param message one line naming the instrument, the step and the cause
     */
    default void instrumentFailed(long step, String instrumentId, String message) {
    }
}
