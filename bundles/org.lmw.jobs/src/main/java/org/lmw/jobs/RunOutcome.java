// How one run's job ended, with the numbers the CLI prints and a sweep summary lists.
package org.lmw.jobs;

import java.nio.file.Path;

import org.lmw.model.RunStatus;

/**
 * The outcome of a run's job.
 *
 * @param runId the run
 * @param experiment the experiment's name
 * @param status the final status in the store
 * @param steps updates done (for DIVERGED, the step whose loss or gradient was not finite)
 * @param totalSteps updates planned
 * @param stepsPerSecond median steady-state training rate after warm-up, excluding evaluation and checkpoints;
 *        {@code NaN} if the run did too few steps
 * @param testAccuracy accuracy of the last test evaluation, {@code NaN} if none ran
 * @param testLoss loss of the last test evaluation, {@code NaN} if none ran
 * @param finalLoss the last training-batch loss, {@code NaN} before the first update
 * @param wallSeconds wall time of the job, from its start to the run's end (data loading and engine start included)
 * @param message one line: how it ended, or why it failed
 * @param folder the run's folder in the store
 */
public record RunOutcome(String runId, String experiment, RunStatus status, long steps, long totalSteps,
        double stepsPerSecond, double testAccuracy, double testLoss, double finalLoss, double wallSeconds,
        String message, Path folder) {

    /**
     * Tells whether the run failed or diverged, which makes {@code lmw run} exit with 1.
     *
     * @return {@code true} for FAILED and DIVERGED
     */
    public boolean isFailure() {
        return status == RunStatus.FAILED || status == RunStatus.DIVERGED;
    }
}
