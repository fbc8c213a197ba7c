// One thing the navigator shows: an experiment, a notebook, or a run of the run store.
package org.lmw.core.workspace;

import java.nio.file.Path;

/**
 * A file or run folder of the workspace, with its kind.
 *
 * @param kind what it is
 * @param path where it is
 * @param name the name shown to the user
 */
public record WorkspaceEntry(Kind kind, Path path, String name) {
    /** The kinds of workspace entries. */
    public enum Kind {
        /** An experiment file ({@code .lmw}). */
        EXPERIMENT,
        /** A hypothesis notebook ({@code .lmwnb}). */
        NOTEBOOK,
        /** A run folder under {@code runs/}. */
        RUN
    }
}
