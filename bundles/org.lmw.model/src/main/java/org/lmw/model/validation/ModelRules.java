// The validation rules of every model object, shared by ModelValidation and the EMF ExperimentValidator.
package org.lmw.model.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lmw.model.Architecture;
import org.lmw.model.ChartCell;
import org.lmw.model.DataScope;
import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.InstrumentTrigger;
import org.lmw.model.ModelSpec;
import org.lmw.model.Notebook;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.Parameter;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.ScheduleKind;
import org.lmw.model.ScheduleSpec;
import org.lmw.model.Sweep;
import org.lmw.model.SweepAxis;
import org.lmw.model.SweepMode;
import org.lmw.model.TrainingMode;
import org.lmw.model.TrainingSpec;
import org.lmw.model.Cell;
import org.lmw.model.validation.HyperparameterPaths.Hyperparameter;
import org.lmw.model.validation.Problem.Severity;

import static org.lmw.model.LmwPackage.Literals.*;

/**
 * Checks one model object at a time; containment is walked by the caller (the Diagnostician or
 * {@link ModelValidation}), so every rule runs once per object.
 */
final class ModelRules {

    /** Receives what the rules find; {@code detail} is the message without the owner prefix. */
    interface Sink {
        void report(Severity severity, String rule, EObject object, EStructuralFeature feature, String detail);
    }

    /** Longest experiment name: it becomes a folder name in the run store, and 255 bytes is the usual limit. */
    static final int MAX_NAME_LENGTH = 200;
    /** A sweep above this many runs is allowed but worth a second look. */
    static final int LARGE_SWEEP = 1_000;

    // Characters Windows or macOS refuse in file names; a workspace may travel between systems via git.
    private static final String NOT_PORTABLE = ":*?\"<>|";

    private ModelRules() {
    }

    static void check(EObject object, Sink sink) {
        switch (object) {
            case Experiment e -> experiment(e, sink);
            case DatasetRef d -> dataset(d, sink);
            case ModelSpec m -> model(m, sink);
            case OptimizerSpec o -> optimizer(o, sink);
            case ScheduleSpec s -> schedule(s, sink);
            case TrainingSpec t -> training(t, sink);
            case InstrumentSpec i -> instrument(i, sink);
            case Sweep s -> sweep(s, sink);
            case SweepAxis a -> axis(a, sink);
            case Notebook n -> notebook(n, sink);
            case ChartCell c -> chart(c, sink);
            case PredictionCell c -> predictionCell(c, sink);
            case Prediction p -> prediction(p, sink);
            default -> {
                // Runs, probes and circuits are written by the workbench itself, not typed by users.
            }
        }
    }

    // ----------------------------------------------------------------------------------------- experiment

    private static void experiment(Experiment e, Sink sink) {
        name(e, EXPERIMENT__NAME, e.getName(), sink);
        required(e, EXPERIMENT__DATASET, sink);
        required(e, EXPERIMENT__MODEL, sink);
        required(e, EXPERIMENT__OPTIMIZER, sink);
        required(e, EXPERIMENT__TRAINING, sink);
        for (int i = 0; i < e.getTags().size(); i++) {
            String tag = e.getTags().get(i);
            if (tag == null || tag.isBlank()) {
                sink.report(Severity.WARNING, key(EXPERIMENT__TAGS) + ".empty", e, EXPERIMENT__TAGS,
                        String.format(Messages.TAG_EMPTY, i + 1));
            }
        }
    }

    private static void name(EObject o, EAttribute f, String name, Sink sink) {
        String rule = key(f);
        if (name == null || name.isBlank()) {
            sink.report(Severity.ERROR, rule + ".empty", o, f, Messages.NAME_EMPTY);
            return;
        }
        if (name.indexOf('/') >= 0) {
            sink.report(Severity.ERROR, rule + ".separator", o, f,
                    String.format(Messages.NAME_BAD_CHARACTER, name, Messages.CHARACTER_SLASH));
        }
        if (name.indexOf('\\') >= 0) {
            sink.report(Severity.ERROR, rule + ".separator", o, f,
                    String.format(Messages.NAME_BAD_CHARACTER, name, Messages.CHARACTER_BACKSLASH));
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            sink.report(Severity.ERROR, rule + ".control", o, f,
                    String.format(Messages.NAME_BAD_CHARACTER, printable(name), Messages.CHARACTER_CONTROL));
        }
        if (name.strip().equals(".") || name.strip().equals("..")) {
            sink.report(Severity.ERROR, rule + ".dots", o, f, String.format(Messages.NAME_DOTS, name));
        }
        if (name.length() > MAX_NAME_LENGTH) {
            sink.report(Severity.ERROR, rule + ".length", o, f,
                    String.format(Messages.NAME_TOO_LONG, MAX_NAME_LENGTH, name.length()));
        }
        for (char c : NOT_PORTABLE.toCharArray()) {
            if (name.indexOf(c) >= 0) {
                sink.report(Severity.WARNING, rule + ".portable", o, f, String.format(Messages.NAME_BAD_CHARACTER,
                        name, String.format(Messages.CHARACTER_RESERVED, c)));
            }
        }
        if (!name.equals(name.strip())) {
            sink.report(Severity.WARNING, rule + ".spaces", o, f, String.format(Messages.NAME_SPACES, name));
        }
    }

    private static void required(EObject o, EStructuralFeature f, Sink sink) {
        if (o.eGet(f) == null) {
            sink.report(Severity.ERROR, key(f) + ".missing", o, f,
                    String.format(Messages.IS_MISSING, Labels.field(o, f)));
        }
    }

    // ----------------------------------------------------------------------------------------- dataset

    private static void dataset(DatasetRef d, Sink sink) {
        String known = String.join(", ", DatasetNames.known());
        if (d.getName() == null || d.getName().isBlank()) {
            sink.report(Severity.ERROR, key(DATASET_REF__NAME) + ".empty", d, DATASET_REF__NAME,
                    String.format(Messages.DATASET_EMPTY, known));
        } else if (!DatasetNames.isKnown(d.getName())) {
            sink.report(Severity.ERROR, key(DATASET_REF__NAME) + ".unknown", d, DATASET_REF__NAME,
                    String.format(Messages.DATASET_UNKNOWN, d.getName(), known));
        }
        // 0 means "the dataset's own size or shape", so only negatives are wrong.
        atLeast(d, DATASET_REF__TRAIN_SIZE, d.getTrainSize(), 0, sink);
        atLeast(d, DATASET_REF__TEST_SIZE, d.getTestSize(), 0, sink);
        atLeast(d, DATASET_REF__INPUT_DIMENSION, d.getInputDimension(), 0, sink);
        atLeast(d, DATASET_REF__OUTPUT_DIMENSION, d.getOutputDimension(), 0, sink);
        finiteAtLeast(d, DATASET_REF__NOISE, d.getNoise(), 0, sink);
    }

    // ----------------------------------------------------------------------------------------- model

    private static void model(ModelSpec m, Sink sink) {
        atLeast(m, MODEL_SPEC__WIDTH, m.getWidth(), 1, sink);
        atLeast(m, MODEL_SPEC__DEPTH, m.getDepth(), 1, sink);
        if (m.getArchitecture() == Architecture.CNN) {
            atLeast(m, MODEL_SPEC__CHANNELS, m.getChannels(), 1, sink);
            if (m.eContainer() instanceof Experiment e && e.getDataset() != null
                    && DatasetNames.isKnown(e.getDataset().getName())
                    && !DatasetNames.isImage(e.getDataset().getName())) {
                List<String> images = DatasetNames.knownImages();
                sink.report(Severity.ERROR, key(MODEL_SPEC__ARCHITECTURE) + ".needsImages", m,
                        MODEL_SPEC__ARCHITECTURE, String.format(Messages.CNN_NEEDS_IMAGES,
                                e.getDataset().getName(),
                                images.isEmpty() ? Messages.NO_IMAGE_DATASETS : String.join(", ", images)));
            }
        }
        positive(m, MODEL_SPEC__INIT_SCALE, m.getInitScale(), sink);
    }

    // ----------------------------------------------------------------------------------------- optimizer

    private static void optimizer(OptimizerSpec o, Sink sink) {
        positive(o, OPTIMIZER_SPEC__LEARNING_RATE, o.getLearningRate(), sink);
        finiteAtLeast(o, OPTIMIZER_SPEC__WEIGHT_DECAY, o.getWeightDecay(), 0, sink);
        // Fields the chosen optimizer ignores are not checked: the editor hides them, so the user could not
        // see or fix what the message complains about.
        if (o.getKind() == OptimizerKind.SGD) {
            halfOpen(o, OPTIMIZER_SPEC__MOMENTUM, o.getMomentum(), 0, 1, sink);
        } else if (o.getKind() == OptimizerKind.ADAM) {
            halfOpen(o, OPTIMIZER_SPEC__BETA1, o.getBeta1(), 0, 1, sink);
            halfOpen(o, OPTIMIZER_SPEC__BETA2, o.getBeta2(), 0, 1, sink);
            positive(o, OPTIMIZER_SPEC__EPSILON, o.getEpsilon(), sink);
        }
    }

    private static void schedule(ScheduleSpec s, Sink sink) {
        atLeast(s, SCHEDULE_SPEC__WARMUP_STEPS, s.getWarmupSteps(), 0, sink);
        if (s.getKind() == ScheduleKind.STEP) {
            atLeast(s, SCHEDULE_SPEC__STEP_SIZE, s.getStepSize(), 1, sink);
            if (positive(s, SCHEDULE_SPEC__GAMMA, s.getGamma(), sink) && s.getGamma() > 1) {
                sink.report(Severity.WARNING, key(SCHEDULE_SPEC__GAMMA) + ".grows", s, SCHEDULE_SPEC__GAMMA,
                        String.format(Messages.GAMMA_ABOVE_ONE, number(s.getGamma())));
            }
        } else if (s.getKind() == ScheduleKind.COSINE || s.getKind() == ScheduleKind.LINEAR) {
            if (finiteAtLeast(s, SCHEDULE_SPEC__MIN_LEARNING_RATE, s.getMinLearningRate(), 0, sink)
                    && s.eContainer() instanceof OptimizerSpec o && Double.isFinite(o.getLearningRate())
                    && s.getMinLearningRate() > o.getLearningRate()) {
                sink.report(Severity.WARNING, key(SCHEDULE_SPEC__MIN_LEARNING_RATE) + ".aboveLearningRate", s,
                        SCHEDULE_SPEC__MIN_LEARNING_RATE, String.format(Messages.MIN_LR_ABOVE_LR,
                                number(s.getMinLearningRate()), number(o.getLearningRate())));
            }
        }
    }

    // ----------------------------------------------------------------------------------------- training

    private static void training(TrainingSpec t, Sink sink) {
        // Full-batch training uses the whole training set per step; its batch size is not shown or used.
        if (t.getMode() != TrainingMode.FULL_BATCH
                && atLeast(t, TRAINING_SPEC__BATCH_SIZE, t.getBatchSize(), 1, sink)
                && t.eContainer() instanceof Experiment e && e.getDataset() != null
                && e.getDataset().getTrainSize() > 0 && t.getBatchSize() > e.getDataset().getTrainSize()) {
            sink.report(Severity.WARNING, key(TRAINING_SPEC__BATCH_SIZE) + ".aboveTrainSize", t,
                    TRAINING_SPEC__BATCH_SIZE, String.format(Messages.BATCH_LARGER_THAN_DATA, t.getBatchSize(),
                            e.getDataset().getTrainSize()));
        }
        boolean epochs = atLeast(t, TRAINING_SPEC__EPOCHS, t.getEpochs(), 0, sink);
        boolean steps = atLeast(t, TRAINING_SPEC__MAX_STEPS, t.getMaxSteps(), 0, sink);
        if (epochs && steps && t.getEpochs() == 0 && t.getMaxSteps() == 0) {
            sink.report(Severity.ERROR, "TrainingSpec.length", t, TRAINING_SPEC__EPOCHS,
                    Messages.TRAINING_HAS_NO_LENGTH);
        }
        // 0 means "never" (evaluate or checkpoint only at the end).
        atLeast(t, TRAINING_SPEC__EVAL_EVERY, t.getEvalEvery(), 0, sink);
        atLeast(t, TRAINING_SPEC__CHECKPOINT_EVERY, t.getCheckpointEvery(), 0, sink);
    }

    // ----------------------------------------------------------------------------------------- instruments

    private static void instrument(InstrumentSpec i, Sink sink) {
        if (i.getInstrumentId() == null || i.getInstrumentId().isBlank()) {
            sink.report(Severity.ERROR, key(INSTRUMENT_SPEC__INSTRUMENT_ID) + ".empty", i,
                    INSTRUMENT_SPEC__INSTRUMENT_ID,
                    String.format(Messages.INSTRUMENT_ID_EMPTY, Labels.position(i)));
        }
        if (i.getTrigger() == InstrumentTrigger.EVERY_NSTEPS) {
            atLeast(i, INSTRUMENT_SPEC__EVERY, i.getEvery(), 1, sink);
        }
        if (i.getDataScope() == DataScope.FIXED_SUBSET || i.getDataScope() == DataScope.TRAINING_SUBSET) {
            atLeast(i, INSTRUMENT_SPEC__SUBSET_SIZE, i.getSubsetSize(), 1, sink);
        }
        closed(i, INSTRUMENT_SPEC__BUDGET_FRACTION, i.getBudgetFraction(), 0, 1, sink);
        parameters(i, INSTRUMENT_SPEC__PARAMETERS, i.getParameters(), sink);
    }

    private static void parameters(EObject holder, EStructuralFeature f, List<Parameter> parameters, Sink sink) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            if (p.getKey() == null || p.getKey().isBlank()) {
                sink.report(Severity.ERROR, key(PARAMETER__KEY) + ".empty", p, PARAMETER__KEY,
                        String.format(Messages.PARAMETER_KEY_EMPTY, Labels.subject(holder)));
            } else {
                counts.merge(p.getKey(), 1, Integer::sum);
            }
        }
        counts.forEach((k, n) -> {
            if (n > 1) {
                sink.report(Severity.WARNING, key(PARAMETER__KEY) + ".duplicate", holder, f,
                        String.format(Messages.PARAMETER_KEY_DUPLICATE, Labels.subject(holder), k, n));
            }
        });
    }

    // ----------------------------------------------------------------------------------------- sweeps

    private static void sweep(Sweep s, Sink sink) {
        if (s.getAxes().isEmpty()) {
            sink.report(Severity.WARNING, key(SWEEP__AXES) + ".empty", s, SWEEP__AXES, Messages.SWEEP_NO_AXES);
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SweepAxis axis : s.getAxes()) {
            if (axis.getParameter() != null && !axis.getParameter().isBlank()) {
                counts.merge(axis.getParameter().strip(), 1, Integer::sum);
            }
        }
        counts.forEach((path, n) -> {
            if (n > 1) {
                sink.report(Severity.ERROR, key(SWEEP__AXES) + ".duplicate", s, SWEEP__AXES,
                        String.format(Messages.SWEEP_AXIS_DUPLICATE, path, n));
            }
        });
        if (s.getMode() == SweepMode.LIST) {
            SweepAxis first = s.getAxes().get(0);
            for (SweepAxis axis : s.getAxes()) {
                if (axis.getValues().size() != first.getValues().size()) {
                    sink.report(Severity.ERROR, key(SWEEP__MODE) + ".lengths", s, SWEEP__AXES,
                            String.format(Messages.SWEEP_LIST_LENGTHS, axis(first), first.getValues().size(),
                                    axis(axis), axis.getValues().size()));
                    break;
                }
            }
        } else {
            long size = SweepExpander.size(s);
            if (size > SweepExpander.MAX_RUNS) {
                sink.report(Severity.ERROR, key(SWEEP__AXES) + ".tooLarge", s, SWEEP__AXES,
                        String.format(Messages.SWEEP_TOO_LARGE, size, SweepExpander.MAX_RUNS));
            } else if (size > LARGE_SWEEP) {
                sink.report(Severity.WARNING, key(SWEEP__AXES) + ".large", s, SWEEP__AXES,
                        String.format(Messages.SWEEP_LARGE, size));
            }
        }
    }

    private static void axis(SweepAxis a, Sink sink) {
        String path = a.getParameter() == null ? "" : a.getParameter().strip();
        if (path.isEmpty()) {
            sink.report(Severity.ERROR, key(SWEEP_AXIS__PARAMETER) + ".empty", a, SWEEP_AXIS__PARAMETER,
                    String.format(Messages.SWEEP_AXIS_NO_PATH, Labels.position(a)));
        }
        Hyperparameter h = HyperparameterPaths.find(path).orElse(null);
        if (h == null && !path.isEmpty()) {
            String hint = HyperparameterPaths.suggest(path)
                    .map(s -> String.format(Messages.SWEEP_AXIS_DID_YOU_MEAN, s))
                    .orElse(String.format(Messages.SWEEP_AXIS_KNOWN, HyperparameterPaths.knownList()));
            sink.report(Severity.ERROR, key(SWEEP_AXIS__PARAMETER) + ".unknown", a, SWEEP_AXIS__PARAMETER,
                    String.format(Messages.SWEEP_AXIS_UNKNOWN, path, hint));
        }
        if (a.getValues().isEmpty()) {
            sink.report(Severity.ERROR, key(SWEEP_AXIS__VALUES) + ".empty", a, SWEEP_AXIS__VALUES,
                    String.format(Messages.SWEEP_AXIS_NO_VALUES, axis(a)));
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String v : a.getValues()) {
            counts.merge(v == null ? "" : v.strip(), 1, Integer::sum);
        }
        counts.forEach((v, n) -> {
            if (n > 1) {
                sink.report(Severity.WARNING, key(SWEEP_AXIS__VALUES) + ".duplicate", a, SWEEP_AXIS__VALUES,
                        String.format(Messages.SWEEP_VALUE_DUPLICATE, axis(a), v, n));
            }
        });
        if (h != null) {
            axisValues(a, h, sink);
        }
    }

    /**
     * Checks each value of an axis as the run would see it: the value is set on a copy of the experiment and
     * every problem the copy has that the experiment itself does not have is the value's fault.
     */
    private static void axisValues(SweepAxis a, Hyperparameter h, Sink sink) {
        Experiment experiment = a.eContainer() != null && a.eContainer().eContainer() instanceof Experiment e
                ? e : null;
        Set<String> baseline = null;
        Experiment base = null;
        Set<String> reported = new HashSet<>();
        for (String value : a.getValues()) {
            String shown = value == null ? "" : value;
            if (!reported.add(shown.strip())) {
                continue;
            }
            Object parsed;
            try {
                parsed = h.parse(value);
            } catch (IllegalArgumentException ex) {
                sink.report(Severity.ERROR, key(SWEEP_AXIS__VALUES) + ".unparseable", a, SWEEP_AXIS__VALUES,
                        String.format(Messages.SWEEP_VALUE_UNPARSEABLE, axis(a), shown, ex.getMessage()));
                continue;
            }
            if (experiment == null) {
                continue;
            }
            if (base == null) {
                base = EcoreUtil.copy(experiment);
                base.setSweep(null);
                baseline = findings(base).keySet();
            }
            Experiment point = EcoreUtil.copy(base);
            h.set(point, parsed);
            for (Map.Entry<String, String[]> finding : findings(point).entrySet()) {
                if (!baseline.contains(finding.getKey())) {
                    String[] f = finding.getValue();
                    sink.report(Severity.valueOf(f[0]), key(SWEEP_AXIS__VALUES) + ".invalid", a,
                            SWEEP_AXIS__VALUES, String.format(Messages.SWEEP_VALUE_INVALID, axis(a), shown, f[1]));
                }
            }
        }
    }

    /** Validates a whole experiment copy; keys identify a finding independent of object identity. */
    private static Map<String, String[]> findings(Experiment root) {
        Map<String, String[]> out = new LinkedHashMap<>();
        List<EObject> objects = new ArrayList<>();
        objects.add(root);
        root.eAllContents().forEachRemaining(objects::add);
        for (EObject o : objects) {
            check(o, (severity, rule, object, feature, detail) -> out.put(
                    EcoreUtil.getRelativeURIFragmentPath(root, object) + "|" + rule + "|" + detail,
                    new String[] {severity.name(), detail}));
        }
        return out;
    }

    // ----------------------------------------------------------------------------------------- notebooks

    private static void notebook(Notebook n, Sink sink) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Cell cell : n.getCells()) {
            if (cell.getId() != null && !cell.getId().isBlank()) {
                counts.merge(cell.getId(), 1, Integer::sum);
            }
        }
        counts.forEach((id, count) -> {
            if (count > 1) {
                sink.report(Severity.ERROR, key(CELL__ID) + ".duplicate", n, NOTEBOOK__CELLS,
                        String.format(Messages.NOTEBOOK_CELL_ID_DUPLICATE, id, count));
            }
        });
    }

    private static void chart(ChartCell c, Sink sink) {
        if (c.getMetric() == null || c.getMetric().isBlank()) {
            sink.report(Severity.ERROR, key(CHART_CELL__METRIC) + ".empty", c, CHART_CELL__METRIC,
                    String.format(Messages.CHART_METRIC_EMPTY, Labels.subject(c)));
        }
    }

    private static void predictionCell(PredictionCell c, Sink sink) {
        if (c.getPredictions().isEmpty()) {
            sink.report(Severity.WARNING, key(PREDICTION_CELL__PREDICTIONS) + ".empty", c,
                    PREDICTION_CELL__PREDICTIONS, String.format(Messages.PREDICTION_CELL_EMPTY, Labels.subject(c)));
        }
    }

    private static void prediction(Prediction p, Sink sink) {
        String where = Labels.subject(p);
        if (p.getStatement() == null || p.getStatement().isBlank()) {
            sink.report(Severity.ERROR, key(PREDICTION__STATEMENT) + ".empty", p, PREDICTION__STATEMENT,
                    String.format(Messages.PREDICTION_STATEMENT_EMPTY, where));
        }
        // Without a metric the prediction is still worth writing down; it just cannot be checked yet.
        if (p.getMetric() == null || p.getMetric().isBlank()) {
            sink.report(Severity.WARNING, key(PREDICTION__METRIC) + ".empty", p, PREDICTION__METRIC,
                    String.format(Messages.PREDICTION_METRIC_EMPTY, where));
        }
        // Infinite bounds are legitimate here (an open side); only NaN is meaningless.
        boolean lowerOk = notNaN(p, PREDICTION__LOWER, p.getLower(), sink);
        boolean upperOk = notNaN(p, PREDICTION__UPPER, p.getUpper(), sink);
        if (lowerOk && upperOk && p.getLower() > p.getUpper()) {
            sink.report(Severity.ERROR, "Prediction.bounds.order", p, PREDICTION__LOWER, String.format(
                    Messages.PREDICTION_BOUNDS_ORDER, where, number(p.getLower()), number(p.getUpper())));
        }
        if (lowerOk && upperOk && p.getKind() == PredictionKind.INTERVAL) {
            if (Double.isInfinite(p.getLower())) {
                sink.report(Severity.ERROR, key(PREDICTION__LOWER) + ".unbounded", p, PREDICTION__LOWER,
                        String.format(Messages.PREDICTION_INTERVAL_UNBOUNDED, where, Labels.field(PREDICTION__LOWER)));
            }
            if (Double.isInfinite(p.getUpper())) {
                sink.report(Severity.ERROR, key(PREDICTION__UPPER) + ".unbounded", p, PREDICTION__UPPER,
                        String.format(Messages.PREDICTION_INTERVAL_UNBOUNDED, where, Labels.field(PREDICTION__UPPER)));
            }
        } else if (lowerOk && upperOk && p.getKind() == PredictionKind.THRESHOLD
                && Double.isInfinite(p.getLower()) && Double.isInfinite(p.getUpper())) {
            sink.report(Severity.ERROR, "Prediction.bounds.unbounded", p, PREDICTION__LOWER,
                    String.format(Messages.PREDICTION_THRESHOLD_UNBOUNDED, where));
        }
        atLeast(p, PREDICTION__AT_STEP, p.getAtStep(), 0, sink);
        atLeast(p, PREDICTION__VERSION, p.getVersion(), 1, sink);
        if (p.getFrozenAt() != null && (p.getContentHash() == null || p.getContentHash().isBlank())) {
            sink.report(Severity.WARNING, key(PREDICTION__CONTENT_HASH) + ".missing", p,
                    PREDICTION__CONTENT_HASH, String.format(Messages.PREDICTION_FROZEN_WITHOUT_HASH, where));
        }
    }

    // ----------------------------------------------------------------------------------------- helpers

    private static boolean atLeast(EObject o, EStructuralFeature f, long value, long min, Sink sink) {
        if (value < min) {
            sink.report(Severity.ERROR, key(f) + ".min", o, f,
                    String.format(Messages.MUST_BE_AT_LEAST, Labels.field(o, f), min, value));
            return false;
        }
        return true;
    }

    private static boolean finite(EObject o, EStructuralFeature f, double value, Sink sink) {
        if (!Double.isFinite(value)) {
            sink.report(Severity.ERROR, key(f) + ".finite", o, f,
                    String.format(Messages.MUST_BE_FINITE, Labels.field(o, f), number(value)));
            return false;
        }
        return true;
    }

    private static boolean notNaN(EObject o, EStructuralFeature f, double value, Sink sink) {
        if (Double.isNaN(value)) {
            sink.report(Severity.ERROR, key(f) + ".nan", o, f,
                    String.format(Messages.MUST_NOT_BE_NAN, Labels.field(o, f)));
            return false;
        }
        return true;
    }

    private static boolean positive(EObject o, EStructuralFeature f, double value, Sink sink) {
        if (!finite(o, f, value, sink)) {
            return false;
        }
        if (value <= 0) {
            sink.report(Severity.ERROR, key(f) + ".positive", o, f,
                    String.format(Messages.MUST_BE_POSITIVE, Labels.field(o, f), number(value)));
            return false;
        }
        return true;
    }

    private static boolean finiteAtLeast(EObject o, EStructuralFeature f, double value, double min, Sink sink) {
        if (!finite(o, f, value, sink)) {
            return false;
        }
        if (value < min) {
            sink.report(Severity.ERROR, key(f) + ".min", o, f,
                    String.format(Messages.MUST_BE_AT_LEAST, Labels.field(o, f), number(min), number(value)));
            return false;
        }
        return true;
    }

    private static boolean halfOpen(EObject o, EStructuralFeature f, double value, double lo, double hi,
            Sink sink) {
        if (!finite(o, f, value, sink)) {
            return false;
        }
        if (value < lo || value >= hi) {
            sink.report(Severity.ERROR, key(f) + ".range", o, f, String.format(Messages.MUST_BE_HALF_OPEN,
                    Labels.field(o, f), number(lo), number(hi), number(value)));
            return false;
        }
        return true;
    }

    private static boolean closed(EObject o, EStructuralFeature f, double value, double lo, double hi, Sink sink) {
        if (!finite(o, f, value, sink)) {
            return false;
        }
        if (value < lo || value > hi) {
            sink.report(Severity.ERROR, key(f) + ".range", o, f, String.format(Messages.MUST_BE_CLOSED,
                    Labels.field(o, f), number(lo), number(hi), number(value)));
            return false;
        }
        return true;
    }

    /** Returns the stable rule key prefix of a feature, e.g. {@code OptimizerSpec.learningRate}. */
    private static String key(EStructuralFeature f) {
        return f.getEContainingClass().getName() + "." + f.getName();
    }

    private static String axis(SweepAxis a) {
        return a.getParameter() == null || a.getParameter().isBlank() ? "#" + Labels.position(a)
                : a.getParameter().strip();
    }

    /** Formats a number as a user typed it: "-0.1", "0", "1.0E-8", "NaN". */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double abs = Math.abs(value);
        if (abs == 0 || abs >= 1e-4 && abs < 1e7) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
        return Double.toString(value);
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
        return out.toString();
    }
}
