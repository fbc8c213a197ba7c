// Judges a notebook's predictions against the runs of the run store: verdicts with evidence, no model mutation.
package org.lmw.core.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lmw.core.runstore.RunStore;
import org.lmw.model.Cell;
import org.lmw.model.Notebook;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.Verdict;

/**
 * Evaluates predictions against runs (skeleton; rules documented when filled in).
 */
public final class NotebookEvaluator {
    private final RunStore store;

    /** An evaluator reading runs and metrics from a run store; it never changes the model. */
    public NotebookEvaluator(RunStore store) {
        this.store = store;
    }

    /** The outcome of the latest version of every prediction cell, in cell order. */
    public List<PredictionOutcome> evaluate(Notebook notebook) {
        List<PredictionOutcome> outcomes = new ArrayList<>();
        for (Cell cell : notebook.getCells()) {
            if (cell instanceof PredictionCell pc && PredictionFreezer.latest(pc) != null) {
                outcomes.add(evaluate(PredictionFreezer.latest(pc)));
            }
        }
        return outcomes;
    }

    /** The outcome of one prediction. */
    public PredictionOutcome evaluate(Prediction prediction) {
        return new PredictionOutcome(prediction, Verdict.PENDING, "not evaluated yet", List.of(), Map.of(), List.of(),
                null, null, "evaluation", PredictionFreezer.tampered(prediction));
    }

    /** Writes an outcome's verdict and evidence into its prediction (call on the thread that owns the model). */
    public static void apply(PredictionOutcome outcome) {
        outcome.prediction().setVerdict(outcome.verdict());
    }

    RunStore store() {
        return store;
    }
}
