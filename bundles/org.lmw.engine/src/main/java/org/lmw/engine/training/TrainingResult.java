// How a training run ended, with the numbers a run summary and the CLI report.
package org.lmw.engine.training;

import org.lmw.model.RunStatus;

/**
 * The outcome of {@link Trainer#run()}.
 *
 * @param status FINISHED, CANCELLED or DIVERGED
 * @param steps the number of updates done (for DIVERGED, the step whose loss or gradient was not finite)
 * @param totalSteps the number of updates the run was planned for
 * @param finalLoss the last training-batch loss
 * @param testLoss the test loss of the last evaluation, or {@code NaN} if none ran
 * @param testAccuracy the test accuracy of the last evaluation, or {@code NaN}
 * @param stepsPerSecond the median training rate over windows after warm-up, excluding evaluation and checkpoints
 * @param wallSeconds the wall time of {@code run()}
 * @param message a one-line explanation, for example which step diverged
 */
public record TrainingResult(RunStatus status, long steps, long totalSteps, double finalLoss, double testLoss,
        double testAccuracy, double stepsPerSecond, double wallSeconds, String message) {
}
