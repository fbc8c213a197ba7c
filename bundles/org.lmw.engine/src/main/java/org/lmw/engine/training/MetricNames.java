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

    private MetricNames() {
    }
}
