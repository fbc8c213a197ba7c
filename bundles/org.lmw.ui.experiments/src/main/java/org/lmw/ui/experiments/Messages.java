// Every user-visible string of the experiment editor and the New Experiment wizard.
package org.lmw.ui.experiments;

import java.text.MessageFormat;

/**
 * User-visible strings of the org.lmw.ui.experiments bundle, as {@link MessageFormat} patterns where they take
 * arguments.
 *
 * <p>Field labels are nouns with a capital first letter; the units and hints that follow a field are lower case so
 * they read as a continuation of the value ("128 examples", "500 steps").
 */
public final class Messages {

    // --- editor: heading, problems, load errors ---------------------------------------------------------------
    public static final String editorTitle = "Experiment \u00b7 {0}";
    public static final String editorTitleUnnamed = "Experiment (unnamed)";
    public static final String editorNoProblems = "Ready to run: no problems";
    public static final String editorNoProblemsLine = "Problems with the values show here and next to their fields.";
    public static final String editorProblemCount = "{0,choice,1#1 error|1<{0} errors}";
    public static final String editorWarningCount = "{0,choice,1#1 warning|1<{0} warnings}";
    public static final String editorProblemsJoin = "{0}, {1}";
    public static final String loadFailedTitle = "This experiment cannot be opened";
    public static final String loadFailedHint = "Fix it in a text editor, or delete it and create the experiment again "
            + "with File \u203a New Experiment\u2026";
    public static final String saveFailedTitle = "Cannot save experiment";
    public static final String saveFailed = "Cannot save {0}: {1}";

    // --- parse errors of typed values (the model keeps its value) ---------------------------------------------
    public static final String parseNotNumber = "{0}: ''{1}'' is not a number";
    public static final String parseNotWholeNumber = "{0}: ''{1}'' is not a whole number";
    public static final String parseTooLarge = "{0}: ''{1}'' is too large";
    public static final String parseEmpty = "{0}: a value is needed";

    // --- sections -----------------------------------------------------------------------------------------------
    public static final String sectionGeneral = "General";
    public static final String sectionGeneralHint = "What the experiment is about and how it is seeded.";
    public static final String sectionDataset = "Dataset";
    public static final String sectionDatasetHint = "Which data the network trains and is evaluated on.";
    public static final String sectionModel = "Model";
    public static final String sectionModelHint = "The network: architecture, size and initialisation.";
    public static final String sectionOptimizer = "Optimizer";
    public static final String sectionOptimizerHint = "How parameters are updated, and the learning-rate schedule.";
    public static final String sectionTraining = "Training";
    public static final String sectionTrainingHint = "How long to train, and how often to evaluate and checkpoint.";
    public static final String sectionInstruments = "Instruments";
    public static final String sectionInstrumentsHint =
            "Measurements taken while the network trains (sharpness, weight norms, probes, \u2026).";
    public static final String sectionSweep = "Sweep";
    public static final String sectionSweepHint = "Hyperparameters to vary: every combination (grid) or the i-th "
            + "values together (list).";
    public static final String sectionSchedule = "Learning-rate schedule";

    // --- General --------------------------------------------------------------------------------------------------
    public static final String fieldName = "Name";
    public static final String fieldDescription = "Description";
    public static final String fieldSeed = "Seed";
    public static final String fieldTags = "Tags";
    public static final String hintTags = "comma-separated";
    public static final String hintSeed = "same seed, same run";

    // --- Dataset --------------------------------------------------------------------------------------------------
    public static final String fieldDataset = "Dataset";
    public static final String fieldLocation = "Location";
    public static final String hintLocation = "folder; empty = built-in location";
    public static final String browse = "Browse\u2026";
    public static final String browseTitle = "Dataset folder";
    public static final String browseMessage = "Choose the folder that holds the dataset's files.";
    public static final String fieldTrainSize = "Training examples";
    public static final String fieldTestSize = "Test examples";
    public static final String hintAllExamples = "0 = all";
    public static final String fieldInputDimension = "Input dimension";
    public static final String fieldOutputDimension = "Output dimension";
    public static final String hintDimension = "0 = from the dataset";
    public static final String fieldNoise = "Label noise";
    public static final String hintNoise = "std of added noise";

    // --- Model ----------------------------------------------------------------------------------------------------
    public static final String fieldArchitecture = "Architecture";
    public static final String fieldWidth = "Width";
    public static final String hintWidth = "units per hidden layer";
    public static final String fieldDepth = "Depth";
    public static final String hintDepth = "hidden layers";
    public static final String fieldActivation = "Activation";
    public static final String fieldParametrisation = "Parametrisation";
    public static final String hintParametrisation = "standard, NTK or \u03bcP";
    public static final String fieldChannels = "Channels";
    public static final String hintChannels = "per conv layer (CNN)";
    public static final String fieldInitScale = "Init scale";
    public static final String hintInitScale = "\u00d7 default init std";

    // --- Optimizer ------------------------------------------------------------------------------------------------
    public static final String fieldOptimizer = "Optimizer";
    public static final String fieldLearningRate = "Learning rate";
    public static final String fieldMomentum = "Momentum";
    public static final String hintMomentum = "SGD only";
    public static final String fieldWeightDecay = "Weight decay";
    public static final String hintWeightDecay = "L2 coefficient";
    public static final String fieldBeta1 = "Adam \u03b21";
    public static final String fieldBeta2 = "Adam \u03b22";
    public static final String fieldEpsilon = "Adam \u03b5";
    public static final String hintAdamOnly = "Adam only";
    public static final String fieldScheduleKind = "Schedule";
    public static final String fieldWarmup = "Warm-up";
    public static final String fieldStepSize = "Step size";
    public static final String hintStepSize = "steps between decays";
    public static final String fieldGamma = "Gamma";
    public static final String hintGamma = "\u00d7 LR at each step";
    public static final String fieldMinLearningRate = "Min learning rate";
    public static final String hintMinLearningRate = "cosine / linear floor";

    // --- Training -------------------------------------------------------------------------------------------------
    public static final String fieldMode = "Mode";
    public static final String fieldBatchSize = "Batch size";
    public static final String fieldEpochs = "Epochs";
    public static final String hintEpochs = "passes over the data";
    public static final String fieldMaxSteps = "Max steps";
    public static final String hintMaxSteps = "steps; 0 = no limit";
    public static final String fieldEvalEvery = "Evaluate every";
    public static final String fieldCheckpointEvery = "Checkpoint every";
    public static final String fieldShuffle = "Shuffle";
    public static final String hintShuffle = "reshuffle the training data every epoch";
    public static final String unitSteps = "steps";
    public static final String unitExamples = "examples";

    // --- Instruments ----------------------------------------------------------------------------------------------
    public static final String columnInstrumentId = "Instrument";
    public static final String columnEnabled = "On";
    public static final String columnTrigger = "Trigger";
    public static final String columnEvery = "Every (steps)";
    public static final String columnScope = "Data";
    public static final String columnBudget = "Budget";
    public static final String budgetTooltip = "Largest fraction of training time the instrument may take; 0 = no limit";
    public static final String addInstrument = "Add";
    public static final String removeInstrument = "Remove";
    public static final String newInstrumentId = "sharpness";
    public static final String instrumentsEmpty = "No instruments: only loss and accuracy are recorded.";

    // --- Sweep ----------------------------------------------------------------------------------------------------
    public static final String fieldSweepMode = "Mode";
    public static final String columnParameter = "Hyperparameter";
    public static final String columnValues = "Values (comma-separated)";
    public static final String columnCount = "#";
    public static final String addAxis = "Add axis";
    public static final String removeAxis = "Remove";
    public static final String sweepRuns = "{0,choice,0#no runs|1#1 run|1<{0} runs}";
    public static final String sweepRunsBad = "no runs: {0}";
    public static final String sweepTooMany = "more than {0} runs";

    // --- New Experiment wizard ----------------------------------------------------------------------------------
    public static final String wizardTitle = "New Experiment";
    public static final String wizardPageTitle = "Experiment";
    public static final String wizardPageDescription = "Name the experiment and pick a template to start from.";
    public static final String wizardName = "&Name:";
    public static final String wizardDescription = "&Description:";
    public static final String wizardTemplate = "&Template:";
    public static final String wizardFile = "File:";
    public static final String wizardNameEmpty = "Enter a name for the experiment.";
    public static final String wizardNoWorkspace = "No workspace is open. Open one with File \u203a Open Workspace\u2026";
    public static final String wizardCreateFailed = "Cannot create the experiment: {0}";
    public static final String newExperimentFailedTitle = "New Experiment";

    // --- templates ----------------------------------------------------------------------------------------------
    public static final String templateFashionMlp = "Fashion-MNIST MLP";
    public static final String templateFashionMlpText = "A 784-256-256-10 ReLU MLP on Fashion-MNIST, plain SGD "
            + "(learning rate 0.05, batch 128) for one epoch, as the PyTorch peer benchmark; sharpness tracked.";
    public static final String templateFashionCnn = "Fashion-MNIST CNN";
    public static final String templateFashionCnnText = "Two convolution blocks with 32 channels, Adam with warm-up "
            + "and cosine decay; reaches \u2248 0.92 test accuracy.";
    public static final String templateTeacherStudent = "Teacher\u2013student MLP";
    public static final String templateTeacherStudentText = "A student MLP learns a fixed random teacher from Gaussian "
            + "inputs, in \u03bcP, with a sweep over width: the setting of scaling-limit theory.";
    public static final String templateDeepLinear = "Deep linear network";
    public static final String templateDeepLinearText = "A three-layer linear network from small initialisation, "
            + "full-batch gradient descent: watch saddle-to-saddle, stage-like learning.";

    private Messages() {
    }

    /** Formats a message pattern with its arguments. */
    public static String bind(String pattern, Object... args) {
        return MessageFormat.format(pattern, args);
    }

    /**
     * Returns a field label as words inside a sentence: "Learning rate" becomes "learning rate", while a proper
     * name such as "Adam" keeps its capital.
     */
    public static String inSentence(String label) {
        if (label.isEmpty() || label.startsWith("Adam")) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
