// The result of judging one prediction against the runs: verdict, one-line evidence, fitted values, chart data.
package org.lmw.core.notebook;

import java.util.List;
import java.util.Map;

import org.lmw.model.Prediction;
import org.lmw.model.Verdict;

/**
 * What {@link NotebookEvaluator} found for one prediction. Immutable; computed off the UI thread without touching the
 * model, written into the model by {@link NotebookEvaluator#apply(PredictionOutcome)}.
 *
 * @param prediction the prediction judged (the latest version of its cell)
 * @param verdict pending (no runs yet), supported, refuted or inconclusive
 * @param evidence one line: the measured values against the predicted interval, the runs used
 * @param runIds the ids of the runs the verdict rests on
 * @param values named numbers: measured values, fitted parameters, confidence bounds ({@code alpha},
 *        {@code alpha_ci_low}, {@code alpha_ci_high}, {@code ratio_mean} ...), in a stable order
 * @param observed the data to chart: observed series with the prediction's curve where it has one
 * @param predictedLower the predicted interval's lower bound, null when the prediction has none
 * @param predictedUpper the predicted interval's upper bound, null when the prediction has none
 * @param missing for pending and inconclusive verdicts: what is missing (runs, a metric, points), else null
 * @param tampered whether the prediction is frozen but its content no longer matches its hash: the verdict is not
 *        trusted and is inconclusive
 */
public record PredictionOutcome(Prediction prediction, Verdict verdict, String evidence, List<String> runIds,
        Map<String, Double> values, List<EvidenceSeries> observed, Double predictedLower, Double predictedUpper,
        String missing, boolean tampered) {

    /** Copies the collections so that the outcome cannot change afterwards. */
    public PredictionOutcome {
        runIds = List.copyOf(runIds);
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        observed = List.copyOf(observed);
    }

    /**
     * The line {@code lmw check} prints: verdict, statement, version (marked when tampered or not frozen), evidence.
     */
    public String line() {
        String statement = prediction.getStatement() == null || prediction.getStatement().isBlank()
                ? String.valueOf(prediction.getMetric()) : prediction.getStatement();
        String state = tampered ? ", TAMPERED" : PredictionFreezer.isFrozen(prediction) ? "" : ", draft: not frozen";
        return verdict.getLiteral().toUpperCase(java.util.Locale.ROOT) + "  " + statement + " (v"
                + prediction.getVersion() + state + "): " + evidence;
    }
}
