// User-visible strings of the application bundle.
package org.lmw.rcp;

import java.text.MessageFormat;

/** Messages of the application: About, workspace start-up. */
public final class Messages {
    public static final String aboutTitle = "About Learning Mechanics Workbench";
    public static final String aboutHeader = "Learning Mechanics Workbench {0}";
    public static final String aboutText = "A desktop workbench for the science of how neural networks learn: experiments, training dynamics, probes, circuits and falsifiable predictions.";
    public static final String aboutLibraries = "Built on:";
    public static final String workspaceFailedTitle = "Workspace";
    public static final String workspaceFailed = "Cannot open the workspace {0}: {1}";

    private Messages() {
    }

    /** Formats a message pattern with its arguments. */
    public static String bind(String pattern, Object... args) {
        return MessageFormat.format(pattern, args);
    }
}
