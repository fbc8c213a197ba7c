// Which runs of the run store a chart cell's query selects: experiment, tags, sweep values.
package org.lmw.ui.notebook.internal;

import java.util.ArrayList;
import java.util.List;

import org.lmw.core.notebook.NotebookEvaluator;
import org.lmw.model.Run;
import org.lmw.model.RunQuery;

/**
 * Selects runs by a {@link RunQuery} with {@link NotebookEvaluator#matches(RunQuery, Run)}: the experiment's name
 * when set, every tag of the query, and every sweep value. A chart cell without a query shows every run.
 */
public final class RunSelection {
    private RunSelection() {
    }

    /** The runs the query selects, in the given order. */
    public static List<Run> select(List<Run> runs, RunQuery query) {
        List<Run> out = new ArrayList<>();
        for (Run run : runs) {
            if (matches(run, query)) {
                out.add(run);
            }
        }
        return out;
    }

    /** Whether a run satisfies the query: the evaluator's rule, so a chart shows the runs a prediction judges. */
    public static boolean matches(Run run, RunQuery query) {
        return query == null || NotebookEvaluator.matches(query, run);
    }
}
