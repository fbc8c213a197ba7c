// User-visible strings of the Notebook view and the hypothesis-notebook editor.
package org.lmw.ui.notebook;

import java.text.MessageFormat;

/** Messages of the org.lmw.ui.notebook bundle, as {@link MessageFormat} patterns where they take arguments. */
public final class Messages {
    // --- the Notebook view ------------------------------------------------------------------------------------
    public static final String emptyTitle = "Hypothesis notebooks";
    public static final String emptyText = "A hypothesis notebook states falsifiable, quantitative predictions before the runs exist, freezes them, and judges each against the runs with evidence: supported, refuted or inconclusive. Notebooks (.lmwnb) of the workspace open in the editor area, from here or from the Experiments navigator.";

    // --- editor header and toolbar --------------------------------------------------------------------------------
    public static final String untitled = "Untitled notebook";
    public static final String results = "RESULTS";
    public static final String titleTip = "The notebook's title: type to rename, Enter to apply";
    public static final String summary = "{0,choice,0#no cells|1#1 cell|1<{0} cells} \u00b7 {1,choice,0#no predictions|1#1 prediction|1<{1} predictions}";
    public static final String summaryVerdicts = "{0} \u00b7 {1}";
    public static final String addText = "+ Text";
    public static final String addTextTip = "Add a Markdown text cell after the selected cell";
    public static final String addChart = "+ Chart";
    public static final String addChartTip = "Add a chart of a metric over runs selected by a query";
    public static final String addPrediction = "+ Prediction";
    public static final String addPredictionTip = "Add a falsifiable prediction; freeze it before its runs exist";
    public static final String check = "Check predictions";
    public static final String checkTip = "Judge every prediction against the runs of the workspace (Ctrl+Shift+K)";
    public static final String checking = "Checking {0,choice,0#no predictions|1#1 prediction|1<{0} predictions} against the runs\u2026";
    public static final String checked = "Checked at {0}: {1}";
    public static final String checkFailed = "Check failed: {0}";
    public static final String checkJob = "Checking predictions of {0}";
    public static final String checkCommand = "Check predictions";
    public static final String checkCancelled = "cancelled";
    public static final String exportJob = "Writing the report {0}";
    public static final String exported = "Report written to {0}";
    public static final String exportFailed = "Report not written: {0}";
    public static final String exportDialog = "Export the notebook as an HTML report";
    public static final String training = "Training {0,choice,1#1 run|1<{0} runs} the predictions need ({1})\u2026";
    public static final String trained = "trained {0,choice,1#1 missing run|1<{0} missing runs} of {1}";
    public static final String notChecked = "Not checked in this session: verdicts are those saved in the file.";
    public static final String tamperedBanner = "{0,choice,1#1 frozen prediction was|1<{0} frozen predictions were} edited outside the workbench; {0,choice,1#its verdict is|1<their verdicts are} not trusted:";

    // --- cells ----------------------------------------------------------------------------------------------------
    public static final String kindText = "TEXT";
    public static final String kindChart = "CHART";
    public static final String kindPrediction = "PREDICTION";
    public static final String edit = "Edit";
    public static final String editTip = "Edit this cell";
    public static final String moveUp = "\u25b2";
    public static final String moveUpTip = "Move the cell up";
    public static final String moveDown = "\u25bc";
    public static final String moveDownTip = "Move the cell down";
    public static final String delete = "\u2715";
    public static final String deleteTip = "Delete the cell (Edit \u203a Undo brings it back)";
    public static final String done = "Done";
    public static final String cancel = "Cancel";
    public static final String apply = "Apply";
    public static final String applyNewVersion = "Save as v{0}";
    public static final String newTextCell = "## New section\n\nWrite the reasoning here: *what* you expect and **why**.";
    public static final String emptyTextCell = "(empty text cell: click Edit to write Markdown)";
    public static final String editHint = "Markdown: # heading, **bold**, *italic*, `code`, - list, > quote";

    // --- chart cells ------------------------------------------------------------------------------------------------
    public static final String chartLoading = "Reading runs\u2026";
    public static final String chartNoRuns = "No runs match the query yet";
    public static final String chartNoMetric = "Set a metric with Edit";
    public static final String chartCaption = "{0} \u00b7 {1} \u00b7 {2}";
    public static final String chartRuns = "{0,choice,0#no runs|1#1 run|1<{0} runs}";
    public static final String aggregationNone = "every run";
    public static final String aggregationMeanStd = "mean \u00b1 std over seeds";
    public static final String aggregationMinMax = "mean over seeds (band: \u00b1 std)";
    public static final String axisStep = "step";
    public static final String logY = "log y";
    public static final String logYTip = "Logarithmic y axis (this view only; values at or below 0 keep it linear)";

    // --- queries ------------------------------------------------------------------------------------------------------
    public static final String queryAll = "all runs";
    public static final String queryExperiment = "experiment {0}";
    public static final String queryTags = "tags {0}";

    // --- prediction cells ---------------------------------------------------------------------------------------------
    public static final String version = "v{0}";
    public static final String frozen = "\u2744 Frozen {0} \u00b7 {1}";
    public static final String frozenTip = "Frozen {0}; content hash {1}. Editing makes a new version; this one keeps its verdict.";
    public static final String draft = "Draft \u00b7 not frozen";
    public static final String draftTip = "Freeze the prediction before its runs exist: the time and a content hash go into the file.";
    public static final String tampered = "\u26a0 Edited after freezing";
    public static final String tamperedTip = "The content no longer matches the hash stored when it was frozen; the verdict is not trusted.";
    public static final String freeze = "Freeze";
    public static final String freezeTip = "Freeze this prediction now: timestamp and content hash";
    public static final String noStatement = "(no statement)";
    public static final String evidence = "Evidence: {0}";
    public static final String evidenceNone = "Not judged yet: Check predictions judges it against the runs.";
    public static final String missing = "Missing: {0}";
    public static final String evidenceChartLater = "Check predictions to draw predicted vs observed.";
    public static final String history = "Earlier versions";
    public static final String historyLine = "v{0} \u00b7 {1} \u00b7 {2} \u00b7 {3}";
    public static final String historyDraft = "draft";
    public static final String predictedInterval = "predicted";
    public static final String observed = "observed";
    public static final String predictedCurve = "{0} (fitted)";

    // --- prediction spec lines --------------------------------------------------------------------------------------
    public static final String windowEnd = "at the end";
    public static final String windowAtStep = "at step {0}";
    public static final String windowLastHalf = "over the last half";
    public static final String windowWholeRun = "over the whole run";

    // --- edit form fields -------------------------------------------------------------------------------------------
    public static final String fieldStatement = "Statement";
    public static final String fieldKind = "Kind";
    public static final String fieldMetric = "Metric";
    public static final String fieldWindow = "Window";
    public static final String fieldAtStep = "At step";
    public static final String fieldLower = "Lower";
    public static final String fieldUpper = "Upper";
    public static final String fieldTheory = "Theory";
    public static final String fieldAgainst = "Against";
    public static final String fieldExperiment = "Experiment";
    public static final String fieldTags = "Tags";
    public static final String fieldAggregation = "Aggregation";
    public static final String hintBounds = "empty = unbounded";
    public static final String hintTags = "comma-separated";
    public static final String hintTheory = "ratio: e.g. 2/lr";
    public static final String hintAgainst = "power law / ordering: step or a hyperparameter";
    public static final String badNumber = "{0}: ''{1}'' is not a number";
    public static final String frozenEditNote = "v{0} is frozen: applying keeps it and adds v{1} with these values.";

    // --- load and save ----------------------------------------------------------------------------------------------
    public static final String loadFailedTitle = "This notebook cannot be opened";
    public static final String loadFailedHint = "Fix it in a text editor, or restore it from version control.";
    public static final String saveFailedTitle = "Cannot save notebook";
    public static final String saveFailed = "Cannot save {0}: {1}";

    // --- File › New Notebook ----------------------------------------------------------------------------------------
    public static final String newNotebookTitle = "New Notebook";
    public static final String newNotebookPrompt = "Name of the notebook (saved as <name>.lmwnb in the workspace):";
    public static final String newNotebookDefault = "hypotheses";
    public static final String newNotebookEmpty = "Enter a name for the notebook.";
    public static final String newNotebookBadName = "Use letters, digits, spaces and . _ - ( ) + only.";
    public static final String newNotebookExists = "{0} exists already.";
    public static final String newNotebookNoWorkspace = "No workspace is open. Open one with File \u203a Open Workspace\u2026";
    public static final String newNotebookIntro = "## Question\n\nWhat do you expect the runs to show, and **why**? "
            + "Name the theory and the quantity it predicts.\n\n"
            + "- add a **prediction** with + Prediction: a metric, a window, bounds and the runs it is about;\n"
            + "- **freeze** it before its runs exist;\n"
            + "- train the runs, then **Check predictions**: each prediction is judged with its evidence.";
    public static final String openNotebooks = "Notebooks of the workspace:";
    public static final String openNotebookLink = "<a>{0}</a>";
    public static final String newNotebookLink = "<a>New notebook\u2026</a>  (File \u203a New Notebook)";

    // --- command labels (undo menu) ---------------------------------------------------------------------------------
    public static final String cmdAddCell = "Add cell";
    public static final String cmdMoveCell = "Move cell";
    public static final String cmdDeleteCell = "Delete cell";
    public static final String cmdEditCell = "Edit cell";
    public static final String cmdNewVersion = "New prediction version";
    public static final String cmdFreeze = "Freeze prediction";
    public static final String cmdCheck = "Check predictions";

    private Messages() {
    }

    /** Formats a message pattern with its arguments. */
    public static String bind(String pattern, Object... args) {
        return MessageFormat.format(pattern, args);
    }
}
