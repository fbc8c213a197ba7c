// Every user-visible string of the model bundle: validation messages, field words and parse errors.
package org.lmw.model.validation;

import java.util.Map;

/**
 * User-visible strings of the model bundle, as {@link String#format(String, Object...)} templates.
 *
 * <p>Kept in one place so wording stays consistent between the editor, the Problems view and the headless
 * {@code check}, and so a later translation touches one file.
 */
public final class Messages {

    // --- who a problem is about ------------------------------------------------------------------------------
    public static final String OWNER_EXPERIMENT = "Experiment '%s'";
    public static final String OWNER_EXPERIMENT_UNNAMED = "Experiment (unnamed)";
    public static final String OWNER_NOTEBOOK = "Notebook '%s'";
    public static final String OWNER_NOTEBOOK_UNTITLED = "Notebook (untitled)";
    public static final String OWNER_OTHER = "%s";
    /** Joins the owner and the detail: "Experiment 'x': optimizer learning rate must be > 0 (was -0.1)". */
    public static final String PROBLEM = "%s: %s";

    // --- where inside the owner --------------------------------------------------------------------------------
    public static final String WHERE_DATASET = "dataset";
    public static final String WHERE_MODEL = "model";
    public static final String WHERE_OPTIMIZER = "optimizer";
    public static final String WHERE_SCHEDULE = "learning-rate schedule";
    public static final String WHERE_TRAINING = "training";
    public static final String WHERE_SWEEP = "sweep";
    public static final String WHERE_SWEEP_AXIS = "sweep axis '%s'";
    public static final String WHERE_SWEEP_AXIS_NTH = "sweep axis %d";
    public static final String WHERE_INSTRUMENT = "instrument '%s'";
    public static final String WHERE_INSTRUMENT_NTH = "instrument %d";
    public static final String WHERE_PARAMETER = "parameter '%s'";
    public static final String WHERE_PARAMETER_NTH = "parameter %d";
    public static final String WHERE_CELL = "cell '%s'";
    public static final String WHERE_CELL_NTH = "cell %d";
    public static final String WHERE_PREDICTION = "prediction v%d";
    public static final String WHERE_RUN_QUERY = "run query";
    public static final String WHERE_EVIDENCE = "evidence";

    /**
     * Field words where splitting the feature's camel-case name would not read well, keyed by
     * {@code EClassName.featureName}.
     */
    public static final Map<String, String> FIELD_WORDS = Map.ofEntries(
            Map.entry("ModelSpec.initScale", "initialisation scale"),
            Map.entry("OptimizerSpec.beta1", "Adam beta1"),
            Map.entry("OptimizerSpec.beta2", "Adam beta2"),
            Map.entry("OptimizerSpec.epsilon", "Adam epsilon"),
            Map.entry("ScheduleSpec.warmupSteps", "warm-up steps"),
            Map.entry("ScheduleSpec.stepSize", "step size"),
            Map.entry("ScheduleSpec.minLearningRate", "minimum learning rate"),
            Map.entry("TrainingSpec.evalEvery", "evaluation interval (eval every)"),
            Map.entry("TrainingSpec.checkpointEvery", "checkpoint interval (checkpoint every)"),
            Map.entry("TrainingSpec.maxSteps", "max steps"),
            Map.entry("InstrumentSpec.instrumentId", "id"),
            Map.entry("InstrumentSpec.every", "interval (every)"),
            Map.entry("InstrumentSpec.budgetFraction", "budget fraction"),
            Map.entry("InstrumentSpec.subsetSize", "subset size"),
            Map.entry("DatasetRef.trainSize", "training-set size"),
            Map.entry("DatasetRef.testSize", "test-set size"),
            Map.entry("DatasetRef.inputDimension", "input dimension"),
            Map.entry("DatasetRef.outputDimension", "output dimension"),
            Map.entry("DatasetRef.name", "name"),
            Map.entry("Prediction.atStep", "step"),
            Map.entry("Prediction.lower", "lower bound"),
            Map.entry("Prediction.upper", "upper bound"));

    // --- rule details -------------------------------------------------------------------------------------------
    public static final String MUST_BE_POSITIVE = "%s must be > 0 (was %s)";
    public static final String MUST_BE_AT_LEAST = "%s must be ≥ %s (was %s)";
    public static final String MUST_BE_HALF_OPEN = "%s must be in [%s, %s) (was %s)";
    public static final String MUST_BE_CLOSED = "%s must be in [%s, %s] (was %s)";
    public static final String MUST_BE_FINITE = "%s must be a finite number (was %s)";
    public static final String MUST_NOT_BE_NAN = "%s must be a number (was NaN)";
    public static final String IS_MISSING = "%s is missing";
    public static final String IS_EMPTY = "%s is empty";

    public static final String NAME_EMPTY = "name is empty";
    public static final String NAME_BAD_CHARACTER =
            "name '%s' must not contain %s (the name becomes a file or folder name)";
    public static final String NAME_DOTS = "name '%s' is not a usable file name";
    public static final String NAME_TOO_LONG = "name must be at most %d characters (was %d)";
    public static final String NAME_SPACES = "name '%s' starts or ends with a space";
    public static final String CHARACTER_SLASH = "'/'";
    public static final String CHARACTER_BACKSLASH = "'\\'";
    public static final String CHARACTER_CONTROL = "control characters";
    public static final String CHARACTER_RESERVED = "'%s'";

    public static final String TAG_EMPTY = "tag %d is empty";

    public static final String DATASET_EMPTY = "dataset name is empty (known: %s)";
    public static final String DATASET_UNKNOWN = "dataset '%s' is unknown (known: %s)";
    public static final String CNN_NEEDS_IMAGES =
            "model architecture cnn needs an image dataset, but dataset '%s' is not one (image datasets: %s)";
    public static final String NO_IMAGE_DATASETS = "none";

    public static final String TRAINING_HAS_NO_LENGTH =
            "training has no length: epochs and max steps are both 0 (set one of them ≥ 1)";
    public static final String BATCH_LARGER_THAN_DATA =
            "training batch size %d is larger than the dataset's training-set size %d";
    public static final String MIN_LR_ABOVE_LR =
            "learning-rate schedule minimum learning rate %s is above the optimizer learning rate %s";
    public static final String GAMMA_ABOVE_ONE =
            "learning-rate schedule gamma %s is above 1, so the learning rate grows at every step";

    public static final String SWEEP_NO_AXES = "sweep has no axes, so it launches a single run";
    public static final String SWEEP_AXIS_NO_PATH = "sweep axis %d names no hyperparameter";
    public static final String SWEEP_AXIS_UNKNOWN = "sweep axis '%s' names no hyperparameter%s";
    public static final String SWEEP_AXIS_DID_YOU_MEAN = " (did you mean %s?)";
    public static final String SWEEP_AXIS_KNOWN = " (known: %s)";
    public static final String SWEEP_AXIS_NO_VALUES = "sweep axis '%s' has no values";
    public static final String SWEEP_AXIS_DUPLICATE = "sweep axis '%s' appears %d times";
    public static final String SWEEP_VALUE_DUPLICATE = "sweep axis '%s' lists value '%s' %d times";
    public static final String SWEEP_VALUE_UNPARSEABLE = "sweep axis '%s' value '%s': %s";
    public static final String SWEEP_VALUE_INVALID = "sweep axis '%s' value '%s': %s";
    public static final String SWEEP_LIST_LENGTHS =
            "sweep in list mode needs axes of equal length, but axis '%s' has %d values and axis '%s' has %d";
    public static final String SWEEP_TOO_LARGE = "sweep expands to %d runs; at most %d are allowed";
    public static final String SWEEP_LARGE = "sweep expands to %d runs";

    public static final String INSTRUMENT_ID_EMPTY = "instrument %d has an empty id";
    public static final String PARAMETER_KEY_EMPTY = "%s has a parameter with an empty key";
    public static final String PARAMETER_KEY_DUPLICATE = "%s sets parameter '%s' %d times";

    public static final String NOTEBOOK_CELL_ID_DUPLICATE = "cell id '%s' is used by %d cells";
    public static final String CHART_METRIC_EMPTY = "%s metric is empty";
    public static final String PREDICTION_CELL_EMPTY = "%s holds no prediction";
    public static final String PREDICTION_STATEMENT_EMPTY = "%s statement is empty";
    public static final String PREDICTION_METRIC_EMPTY = "%s metric is empty";
    public static final String PREDICTION_BOUNDS_ORDER = "%s lower bound %s is above its upper bound %s";
    public static final String PREDICTION_INTERVAL_UNBOUNDED =
            "%s is an interval but its %s is unbounded (set a finite value)";
    public static final String PREDICTION_THRESHOLD_UNBOUNDED =
            "%s is a threshold but both bounds are unbounded (set a finite lower or upper bound)";
    public static final String PREDICTION_FROZEN_WITHOUT_HASH =
            "%s is frozen but has no content hash, so later edits cannot be detected";

    // --- hyperparameter values ----------------------------------------------------------------------------------
    public static final String VALUE_NOT_WHOLE_NUMBER = "'%s' is not a whole number";
    public static final String VALUE_NOT_NUMBER = "'%s' is not a number";
    public static final String VALUE_NOT_BOOLEAN = "'%s' is not true or false";
    public static final String VALUE_NOT_LITERAL = "'%s' is not one of %s";
    public static final String VALUE_EMPTY = "the value is empty";
    public static final String VALUE_WRONG_TYPE = "%s takes a %s, not %s";
    public static final String PATH_UNKNOWN = "'%s' names no hyperparameter%s";
    public static final String PATH_NO_CONTAINER = "'%s' is not set in this experiment";

    // --- sweep expansion ----------------------------------------------------------------------------------------
    public static final String EXPAND_EMPTY_AXIS = "sweep axis '%s' has no values";
    public static final String EXPAND_DUPLICATE_AXIS = "sweep axis '%s' appears more than once";

    private Messages() {
    }
}
