// Builds predictions, notebooks and real run-store runs for the notebook tests.
package org.lmw.core.notebook;

import java.io.IOException;
import java.util.function.LongToDoubleFunction;

import org.lmw.core.runstore.RunSession;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.LmwFactory;
import org.lmw.model.Notebook;
import org.lmw.model.Parameter;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.Run;
import org.lmw.model.RunQuery;
import org.lmw.model.RunStatus;
import org.lmw.model.TextCell;
import org.lmw.model.Window;

/** Test fixtures. */
final class NotebookFixtures {
    private NotebookFixtures() {
    }

    /** A run descriptor of an experiment with hyperparameters given as key, value, key, value, .... */
    static Run run(String id, String experiment, String... hyperparameters) {
        Run run = LmwFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setExperimentName(experiment);
        for (int i = 0; i + 1 < hyperparameters.length; i += 2) {
            run.getHyperparameters().add(parameter(hyperparameters[i], hyperparameters[i + 1]));
        }
        return run;
    }

    static Parameter parameter(String key, String value) {
        Parameter p = LmwFactory.eINSTANCE.createParameter();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    /** Writes a finished run recording {@code metric} at steps 0, every, ... below {@code steps}. */
    static void write(RunStore store, Run run, String metric, long steps, long every, LongToDoubleFunction value)
            throws IOException {
        write(store, run, metric, steps, every, value, RunStatus.FINISHED);
    }

    static void write(RunStore store, Run run, String metric, long steps, long every, LongToDoubleFunction value,
            RunStatus end) throws IOException {
        try (RunSession session = store.create(run).start()) {
            for (long s = 0; s < steps; s += every) {
                session.metrics().record(s, metric, value.applyAsDouble(s));
            }
            if (end != RunStatus.RUNNING) {
                session.end(end, null);
            }
        }
    }

    static RunQuery query(String experiment, String... sweep) {
        RunQuery q = LmwFactory.eINSTANCE.createRunQuery();
        q.setExperiment(experiment);
        for (int i = 0; i + 1 < sweep.length; i += 2) {
            q.getSweepValues().add(parameter(sweep[i], sweep[i + 1]));
        }
        return q;
    }

    static Prediction prediction(String statement, PredictionKind kind, String metric, String experiment, Window window,
            double lower, double upper) {
        Prediction p = LmwFactory.eINSTANCE.createPrediction();
        p.setStatement(statement);
        p.setKind(kind);
        p.setMetric(metric);
        p.setQuery(query(experiment));
        p.setWindow(window);
        p.setLower(lower);
        p.setUpper(upper);
        return p;
    }

    static PredictionCell cell(String id, Prediction p) {
        PredictionCell cell = LmwFactory.eINSTANCE.createPredictionCell();
        cell.setId(id);
        cell.getPredictions().add(p);
        return cell;
    }

    static TextCell text(String markdown) {
        TextCell t = LmwFactory.eINSTANCE.createTextCell();
        t.setMarkdown(markdown);
        return t;
    }

    static Notebook notebook(String title) {
        Notebook nb = LmwFactory.eINSTANCE.createNotebook();
        nb.setTitle(title);
        return nb;
    }
}
