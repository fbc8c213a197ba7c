// The names of the series the training loop records.
package org.lmw.engine.training;

/**
 * Series names written by {@link Trainer}. Per-layer series append the layer name after a slash, for example
 * {@code weight_norm/fc1}.
 */
public final class MetricNames {

    /** Training loss of the step's batch, before the update (cross-entropy or half squared error). */
    public static final String LOSS = "loss";
    /** Fraction of the step's batch classified correctly, before the update (classification only). */
    public static final String ACCURACY = "accuracy";
    /** Learning rate used by the step's update (before per-layer multipliers). */
    public static final String LEARNING_RATE = "learning_rate";
    /** Euclidean norm of the whole gradient of the step's loss. */
    public static final String GRAD_NORM = "grad_norm";
    /** Prefix of the Frobenius norm of a layer's parameters (weights and bias) before the update. */
    public static final String WEIGHT_NORM = "weight_norm/";
    /** Prefix of {@code ||update|| / ||parameters||} of a layer for the step. */
    public static final String UPDATE_RATIO = "update_ratio/";
    /** Mean loss over the test split. */
    public static final String TEST_LOSS = "test_loss";
    /** Accuracy on the test split (classification only). */
    public static final String TEST_ACCURACY = "test_accuracy";
    /** Cumulative seconds spent in updates (forward, backward, optimizer), recorded when instruments run. */
    public static final String TRAINING_TIME = "time/training";
    /** Prefix of an instrument's cumulative seconds: {@code time/instrument/<id>}. */
    public static final String INSTRUMENT_TIME = "time/instrument/";
    /** Prefix of an instrument's effective interval when its budget thins it: {@code instrument_every/<id>}. */
    public static final String INSTRUMENT_EVERY = "instrument_every/";
    /** Prefix of an instrument's failures (value 1 at the failed step): {@code instrument_failure/<id>}. */
    public static final String INSTRUMENT_FAILURE = "instrument_failure/";

    private MetricNames() {
    }
}
