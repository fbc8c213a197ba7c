// One line of a prediction's evidence chart: observed values and, where the prediction has a curve, predicted ones.
package org.lmw.core.notebook;

/**
 * Chart data of a verdict: observed {@code y} against {@code x} (steps, or a hyperparameter), and the prediction's
 * curve at the same {@code x} (a fitted power law), or null when the prediction is an interval drawn as a band from
 * {@link PredictionOutcome#predictedLower()} to {@link PredictionOutcome#predictedUpper()}.
 *
 * @param label the legend text (run id or hyperparameter values)
 * @param x the x values, increasing
 * @param y the observed values
 * @param predictedY the predicted values at {@code x}, or null
 */
public record EvidenceSeries(String label, double[] x, double[] y, double[] predictedY) {
}
