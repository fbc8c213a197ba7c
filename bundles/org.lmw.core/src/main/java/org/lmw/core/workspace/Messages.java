// User-visible strings of the workspace package.
package org.lmw.core.workspace;

import java.text.MessageFormat;

/** Messages shown to users by the workspace code. */
final class Messages {
    static final String notAFolder = "{0} is not a folder: a workspace must be a folder.";
    static final String badExperimentName = "''{0}'' is not a valid experiment name: use letters, digits, '-', '_' and no path separators.";
    static final String experimentExists = "An experiment file {0} already exists in the workspace.";

    private Messages() {
    }

    static String bind(String pattern, Object... args) {
        return MessageFormat.format(pattern, args);
    }
}
