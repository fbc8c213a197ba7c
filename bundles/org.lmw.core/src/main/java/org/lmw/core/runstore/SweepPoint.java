// One run of a sweep with a hyperparameter and a metric summary: one point of "final loss vs width".
package org.lmw.core.runstore;

/**
 * One run's value of a hyperparameter together with the summary of one of its metrics.
 *
 * @param runId the run
 * @param hyperparameter the hyperparameter's value as the run descriptor records it; null when the run has none
 * @param summary the metric's summary in that run (empty when the run recorded no point of it)
 */
public record SweepPoint(String runId, String hyperparameter, MetricSummary summary) {

    /** The hyperparameter as a number, or NaN when it is missing or not a number. */
    public double hyperparameterValue() {
        if (hyperparameter == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(hyperparameter.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
