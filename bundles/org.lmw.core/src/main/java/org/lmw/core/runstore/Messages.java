// User-visible strings of the run store: every error names the file or run and what is wrong with it.
package org.lmw.core.runstore;

import java.text.MessageFormat;

/** Messages shown to users by the run store. */
final class Messages {
    static final String badRunId = "''{0}'' is not a valid run id: use 1 to 128 letters, digits, ''.'', ''-'' or ''_'', starting with a letter or digit.";
    static final String runExists = "Run ''{0}'' already exists: {1} holds a run descriptor.";
    static final String noSuchRun = "There is no run ''{0}'': {1} has no run descriptor (run.xmi).";
    static final String runsNotAFolder = "{0} is not a folder: the run store needs a folder for its runs.";
    static final String descriptorUnreadable = "Run descriptor {0} cannot be read: {1}";
    static final String descriptorNotARun = "Run descriptor {0} does not hold a run as its only root (found {1}).";
    static final String descriptorIdMismatch = "Run descriptor {0} belongs to run ''{1}'' but was asked to hold run ''{2}''; nothing was written.";
    static final String descriptorNotWritten = "Run descriptor {0} could not be written ({1}); the previous descriptor is unchanged.";
    static final String runLocked = "Run ''{0}'' is active in another process or session: its lock {1} is held.";
    static final String notAMetricsFile = "{0} is not a metrics file of the run store: {1}.";
    static final String unsupportedVersion = "{0} has metrics format version {1}; this workbench reads version {2}.";
    static final String badMetricName = "''{0}'' is not a valid metric name: it must be 1 to {1} UTF-8 bytes without control characters.";
    static final String tooManySeries = "{0} cannot hold more than {1} metric series.";
    static final String writerClosed = "The metric writer of {0} is closed.";
    static final String writerFailed = "Writing metrics to {0} failed: {1}";
    static final String readerClosed = "The metric reader of {0} is closed.";
    static final String tornTailSaved = "{0}: {1} bytes after offset {2} were damaged or incomplete; they were moved to {3} before appending.";
    static final String interruptedMessage = "Interrupted: the process running this run ended without closing it (found at the next start).";
    static final String closedWithoutEnd = "Interrupted: the run session was closed before the run ended.";
    static final String badCheckpointStep = "Checkpoint step {0} is negative.";
    static final String noStagedCheckpoint = "There is no staged checkpoint for step {0} in {1}.";
    static final String checkpointExists = "A checkpoint for step {0} already exists: {1}.";
    static final String badStatus = "A run cannot end with status {0}: use FINISHED, FAILED, CANCELLED, INTERRUPTED or DIVERGED.";

    private Messages() {
    }

    static String bind(String pattern, Object... args) {
        return MessageFormat.format(pattern, args);
    }
}
