// User-visible strings of the org.lmw.ui bundle.
package org.lmw.ui;

import java.text.MessageFormat;

/** Messages of the navigator and the shared UI. */
public final class Messages {
    public static final String navigatorExperiments = "Experiments";
    public static final String navigatorNotebooks = "Notebooks";
    public static final String navigatorRuns = "Runs";
    public static final String navigatorEmptyTitle = "This workspace is empty";
    public static final String navigatorEmptyText = "Create an experiment with File \u203a New Experiment\u2026 (Ctrl+N), or open another folder with File \u203a Open Workspace\u2026";
    public static final String navigatorWorkspace = "Workspace: {0}";
    public static final String openWorkspaceTitle = "Open Workspace";
    public static final String openWorkspaceMessage = "Choose the folder that holds your experiments, notebooks and runs.";
    public static final String openWorkspaceFailed = "Cannot open {0} as a workspace: {1}";
    public static final String noEditorFor = "No editor is installed for {0} files.";
    public static final String openFailedTitle = "Cannot open file";
    public static final String loadFailedText = "{0}\n\nFile: {1}\n\nThe file was not changed. {2}";
    public static final String loadFailedRetry = "<a>Open again</a> after fixing the file";
    public static final String loadFailedNoFile = "The editor was opened without a file.";
    public static final String loadFailedUnexpected = "Unexpected error while reading the file: {0}";

    private Messages() {
    }

    /** Formats a message pattern with its arguments. */
    public static String bind(String pattern, Object... args) {
        return MessageFormat.format(pattern, args);
    }
}
