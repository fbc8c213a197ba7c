// Every user-visible string of the job service: job names, progress, run messages and launch errors.
package org.lmw.jobs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.lmw.model.validation.SweepExpander.SweepPoint;

/** User-visible strings of the job service, as {@link String#format(String, Object...)} templates. */
public final class Messages {

    static final String JOB_FAMILY = "Learning Mechanics Workbench training runs";
    static final String JOB_GROUP = "Training runs";
    static final String JOB_NAME = "Training run %s";
    static final String PREPARING = "Loading data and building the network";
    static final String PROGRESS = "step %,d of %,d, loss %.4f";
    static final String PROGRESS_ACCURACY = "step %,d of %,d, loss %.4f, test accuracy %.4f";
    static final String CANCELLED_AT = "Cancelled at step %d of %d.";
    static final String CANCELLED_QUEUED = "Cancelled before it started.";
    static final String FAILED = "Failed: %s";
    static final String CONCURRENCY_TOO_SMALL = "At least one run must be allowed to train at a time; got %d.";
    static final String THREADS_NEGATIVE = "The thread count cannot be negative; got %d (0 means one per processor).";
    static final String UNNAMED_EXPERIMENT = "experiment";
    static final String SWEEP_POINT = "sweep point %d (%s): ";
    static final String MORE_PROBLEMS = " (and %d more problems)";
    static final String BATCH_TOO_LARGE = "training batch size %d is larger than the %d training examples of %s";
    static final String WORKSPACE_NOT_FOLDER = "%s is not a folder: the workspace must be a folder.";
    static final String STORE_FAILED = "The run store %s cannot be written: %s";
    static final String NO_SUCH_RUN = "There is no run '%s' in the workspace %s (see lmw list).";
    static final String RUN_ENDED = "Run '%s' has already ended (%s): there is nothing to resume.";
    static final String RUN_ACTIVE_ELSEWHERE = "Run '%s' is running in another process: its lock is held.";
    static final String RUN_ACTIVE_HERE = "Run '%s' is already queued or running here.";

    private Messages() {
    }

    static String jobName(String runId) {
        return String.format(Locale.ROOT, JOB_NAME, runId);
    }

    static String progress(long step, long total, double loss, double testAccuracy) {
        return Double.isNaN(testAccuracy) ? String.format(Locale.ROOT, PROGRESS, step, total, loss)
                : String.format(Locale.ROOT, PROGRESS_ACCURACY, step, total, loss, testAccuracy);
    }

    static String failed(Throwable e) {
        return String.format(Locale.ROOT, FAILED, oneLine(e));
    }

    static String sweepPoint(SweepPoint point) {
        StringBuilder values = new StringBuilder();
        for (Map.Entry<String, String> value : point.values().entrySet()) {
            if (!values.isEmpty()) {
                values.append(", ");
            }
            values.append(value.getKey()).append('=').append(value.getValue());
        }
        return String.format(Locale.ROOT, SWEEP_POINT, point.index() + 1, values);
    }

    static String storeFailed(Path runs, Exception e) {
        return String.format(Locale.ROOT, STORE_FAILED, runs, oneLine(e));
    }

    static String noSuchRun(String runId, Path workspace) {
        return String.format(Locale.ROOT, NO_SUCH_RUN, runId, workspace);
    }

    /**
     * Returns an exception as one line: its message with line breaks folded, or its type when it has none.
     *
     * @param e the exception
     * @return one line of text
     */
    public static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return oneLine(message);
    }

    /**
     * Folds a text into one line.
     *
     * @param text the text, possibly with line breaks
     * @return the text with each run of line breaks and surrounding blanks replaced by one space
     */
    public static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
