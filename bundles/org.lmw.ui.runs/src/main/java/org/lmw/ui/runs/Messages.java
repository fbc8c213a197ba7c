// User-visible strings of the Training Runs view, its charts and the launch commands.
package org.lmw.ui.runs;

import java.text.MessageFormat;

/** Messages of the Training Runs view. */
public final class Messages {
    public static final String emptyTitle = "No training runs yet";
    public static final String emptyText = "Every run of this workspace appears here with its status, hyperparameters and metrics, charted live while it trains. Open an experiment and press Run (Ctrl+F11), or run one headless with: lmw run FILE.lmw";
    public static final String filterHint = "Filter runs: text, status or lr=0.1";
    public static final String groupBy = "Group by";
    public static final String groupNone = "nothing";
    public static final String groupExperiment = "experiment";
    public static final String groupSweep = "sweep (launch)";
    public static final String runsCount = "{0} runs, {1} running, {2} selected";
    public static final String columnRun = "Run";
    public static final String columnStatus = "Status";
    public static final String columnFinal = "final {0}";
    public static final String columnBest = "best {0}";
    public static final String columnSteps = "Steps";
    public static final String columnDuration = "Duration";
    public static final String columnInstruments = "Instruments";
    public static final String columnInstrumentsTooltip = "Seconds the run's instruments took beside its training time (updates only), and their failures; hover a cell for each instrument";
    public static final String groupLabel = "{0}  ({1} runs)";
    public static final String xAxis = "x:";
    public static final String logY = "log y";
    public static final String smoothing = "smoothing";
    public static final String seeds = "mean \u00b1 std of seeds";
    public static final String test = "test split";
    public static final String exportPng = "PNG";
    public static final String exportSvg = "SVG";
    public static final String exportCsv = "CSV";
    public static final String exportTooltip = "Save what this chart shows as {0}";
    public static final String exportFailed = "Export failed";
    public static final String sweepFinal = "final";
    public static final String sweepBest = "best";
    public static final String sweepVs = "vs";
    public static final String sweepLines = "lines";
    public static final String sweepNone = "(one line)";
    public static final String chartEmpty = "Select runs in the table to chart them";
    public static final String chartNoMetric = "The selected runs have not recorded this metric yet";
    public static final String sweepEmpty = "Select runs of a sweep to see a metric against a hyperparameter";
    public static final String cursorLabel = "step {0}";
    public static final String cancelRun = "Cancel Run";
    public static final String resumeRun = "Resume Run";
    public static final String copyId = "Copy Run Id";
    public static final String launchJob = "Launching {0}";
    public static final String launchFailedTitle = "Cannot run the experiment";
    public static final String noExperimentTitle = "Run Experiment";
    public static final String noExperiment = "Open an experiment in the editor or select one in the Experiments navigator first.";
    public static final String sweepPointsTitle = "Run Sweep Points";
    public static final String sweepPointsText = "Choose the sweep points of {0} to run:";
    public static final String sweepPointsAll = "All";
    public static final String sweepPointsNone = "None";
    public static final String savedBeforeRun = "{0} has unsaved changes; it was saved before the run.";
    public static final String legendMore = "\u2026 and {0} more (see the table)";
    public static final String liveStatus = "live, {0} Hz";

    private Messages() {
    }

    /** Fills a message's {0}, {1}, ... */
    public static String bind(String pattern, Object... arguments) {
        return MessageFormat.format(pattern, arguments);
    }
}
