// Facts about runs that views need and the run descriptor holds only implicitly: hyperparameter maps, seeds, labels.
package org.lmw.core.series;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.lmw.model.Parameter;
import org.lmw.model.Run;
import org.lmw.model.TrainingMode;

/** Reads run descriptors the way the charts and the runs table need them. */
public final class Runs {
    /** The hyperparameter that names a run's random seed; seed aggregation groups runs that differ only in it. */
    public static final String SEED = "seed";

    private Runs() {
    }

    /** A run's hyperparameters by dotted path, in descriptor order. */
    public static Map<String, String> hyperparameters(Run run) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Parameter p : run.getHyperparameters()) {
            map.put(p.getKey(), p.getValue());
        }
        return map;
    }

    /** A run's hyperparameter value, or {@code null}. */
    public static String hyperparameter(Run run, String key) {
        for (Parameter p : run.getHyperparameters()) {
            if (key.equals(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    /** A run's summary value (e.g. {@code wall_s}) as a number, NaN when missing or not a number. */
    public static double summaryValue(Run run, String key) {
        for (Parameter p : run.getSummary()) {
            if (key.equals(p.getKey())) {
                try {
                    return Double.parseDouble(p.getValue());
                } catch (NumberFormatException | NullPointerException e) {
                    return Double.NaN;
                }
            }
        }
        return Double.NaN;
    }

    /**
     * The run's optimizer updates per epoch, from its resolved hyperparameters: full batch is one update per epoch; a
     * run limited by epochs alone has {@code totalSteps / epochs}; otherwise {@code ceil(trainSize / batchSize)} when
     * the training set size is recorded. NaN when none of these is known.
     */
    public static double stepsPerEpoch(Run run) {
        if (TrainingMode.FULL_BATCH.getLiteral().equals(hyperparameter(run, "training.mode"))) {
            return 1;
        }
        double epochs = number(hyperparameter(run, "training.epochs"));
        double maxSteps = number(hyperparameter(run, "training.maxSteps"));
        if (epochs > 0 && !(maxSteps > 0) && run.getTotalSteps() > 0) {
            return (double) run.getTotalSteps() / epochs;
        }
        double trainSize = number(hyperparameter(run, "dataset.trainSize"));
        double batch = number(hyperparameter(run, "training.batchSize"));
        if (trainSize > 0 && batch > 0) {
            return Math.ceil(trainSize / batch);
        }
        return Double.NaN;
    }

    /** The key that runs differing only in their seed share: experiment name and every other hyperparameter. */
    public static String seedGroupKey(Run run) {
        Map<String, String> sorted = new TreeMap<>(hyperparameters(run));
        sorted.remove(SEED);
        return run.getExperimentName() + "\u0000" + sorted;
    }

    /**
     * Groups runs that share their experiment and all hyperparameters but the seed, in the order of each group's
     * first run.
     */
    public static Map<String, List<Run>> seedGroups(Collection<Run> runs) {
        Map<String, List<Run>> groups = new LinkedHashMap<>();
        for (Run run : runs) {
            groups.computeIfAbsent(seedGroupKey(run), k -> new ArrayList<>()).add(run);
        }
        return groups;
    }

    /**
     * The hyperparameters whose values differ among the runs (the swept ones), in descriptor order.
     *
     * @param runs the runs
     * @param withSeed whether the seed counts
     */
    public static List<String> varying(Collection<Run> runs, boolean withSeed) {
        Set<String> keys = new LinkedHashSet<>();
        for (Run run : runs) {
            keys.addAll(hyperparameters(run).keySet());
        }
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            if (!withSeed && SEED.equals(key)) {
                continue;
            }
            String first = null;
            boolean seen = false;
            for (Run run : runs) {
                String value = hyperparameter(run, key);
                if (!seen) {
                    first = value;
                    seen = true;
                } else if (!Objects.equals(first, value)) {
                    out.add(key);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A short label for a run among others: the values of the hyperparameters that differ among them
     * ({@code learningRate=0.1 width=64}), prefixed by the experiment when several experiments are shown; the run id
     * when nothing differs.
     */
    public static String label(Run run, List<String> varying, boolean showExperiment) {
        StringBuilder b = new StringBuilder();
        if (showExperiment) {
            b.append(run.getExperimentName());
        }
        for (String key : varying) {
            String value = hyperparameter(run, key);
            if (value == null) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(shortName(key)).append('=').append(value);
        }
        return b.isEmpty() ? run.getId() : b.toString();
    }

    /** The label of a seed group: as {@link #label}, but the experiment's name when nothing else differs. */
    public static String groupLabel(Run run, List<String> varying, boolean showExperiment) {
        String label = label(run, varying, showExperiment);
        return label.equals(run.getId()) && run.getExperimentName() != null ? run.getExperimentName() : label;
    }

    /** The last segment of a dotted hyperparameter path: {@code optimizer.learningRate} gives {@code learningRate}. */
    public static String shortName(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** Parses a number, NaN when it is not one. */
    public static double number(String text) {
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
