// The result of evaluating the network on the test split at one step.
package org.lmw.engine.training;

/**
 * A test-split evaluation.
 *
 * @param step the number of updates done before the evaluation
 * @param loss the mean loss over the split
 * @param accuracy the accuracy, or {@code NaN} for a regression task
 * @param examples the number of examples evaluated
 */
public record Evaluation(long step, double loss, double accuracy, int examples) {
}
