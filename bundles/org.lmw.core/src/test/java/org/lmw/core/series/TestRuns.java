// Builds run descriptors and writes real runs into a run store for the series tests.
package org.lmw.core.series;

import java.io.IOException;
import java.util.function.LongToDoubleFunction;

import org.lmw.core.runstore.RunSession;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.LmwFactory;
import org.lmw.model.Parameter;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;

/** Test runs. */
final class TestRuns {
    private TestRuns() {
    }

    /** A run descriptor with hyperparameters given as key, value, key, value, .... */
    static Run run(String id, String... hyperparameters) {
        Run run = LmwFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setExperimentName("ts");
        for (int i = 0; i + 1 < hyperparameters.length; i += 2) {
            Parameter p = LmwFactory.eINSTANCE.createParameter();
            p.setKey(hyperparameters[i]);
            p.setValue(hyperparameters[i + 1]);
            run.getHyperparameters().add(p);
        }
        return run;
    }

    /** Creates a run in the store and records {@code metric} at steps 0, every, 2 every, ... below {@code steps}. */
    static Run write(RunStore store, Run run, String metric, long steps, long every, LongToDoubleFunction value)
            throws IOException {
        try (RunSession session = store.create(run).start()) {
            for (long s = 0; s < steps; s += every) {
                session.metrics().record(s, metric, value.applyAsDouble(s));
            }
            session.end(RunStatus.FINISHED, null);
        }
        return store.load(run.getId());
    }
}
