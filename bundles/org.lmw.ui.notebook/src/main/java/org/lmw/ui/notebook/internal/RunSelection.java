// Which runs of the run store a chart cell's query selects: experiment, tags, sweep values.
package org.lmw.ui.notebook.internal;

import java.util.ArrayList;
import java.util.List;

import org.lmw.core.series.Runs;
import org.lmw.model.Parameter;
import org.lmw.model.Run;
import org.lmw.model.RunQuery;

/**
 * Selects runs by a {@link RunQuery}: the experiment's name when set, every tag of the query, and every sweep value
 * (a hyperparameter path, or its last segment, equal to the value; numbers compare as numbers, so {@code 0.10}
 * matches {@code 0.1}). A missing query selects every run.
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

    /** Whether a run satisfies the query. */
    public static boolean matches(Run run, RunQuery query) {
        if (query == null) {
            return true;
        }
        String experiment = query.getExperiment();
        if (experiment != null && !experiment.isBlank() && !experiment.strip().equals(run.getExperimentName())) {
            return false;
        }
        for (String tag : query.getTags()) {
            if (tag != null && !tag.isBlank() && !run.getTags().contains(tag.strip())) {
                return false;
            }
        }
        for (Parameter p : query.getSweepValues()) {
            if (p.getKey() == null || p.getKey().isBlank()) {
                continue;
            }
            if (!same(value(run, p.getKey().strip()), p.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static String value(Run run, String key) {
        String exact = Runs.hyperparameter(run, key);
        if (exact != null) {
            return exact;
        }
        for (Parameter p : run.getHyperparameters()) {
            String k = p.getKey();
            if (k != null && (k.endsWith("." + key))) {
                return p.getValue();
            }
        }
        return null;
    }

    private static boolean same(String actual, String wanted) {
        if (actual == null || wanted == null) {
            return actual == wanted;
        }
        if (actual.strip().equals(wanted.strip())) {
            return true;
        }
        try {
            return Double.parseDouble(actual.strip()) == Double.parseDouble(wanted.strip());
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
