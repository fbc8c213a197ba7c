// The one checked exception for an experiment or notebook file that cannot be opened, with a one-line message.
package org.lmw.core.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An experiment or notebook file could not be loaded: missing, unreadable, empty, not XML, hostile (DOCTYPE,
 * external entities), or not a valid model of the expected kind.
 *
 * <p>{@link #getMessage()} is one line that names the file and what is wrong, e.g.
 * {@code fmnist.lmw: not a valid experiment file: XML ends early at line 12}; show it to the user as is. The
 * cause, where there is one, is for the log only.
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of thing is wrong, for callers that react differently (exit codes, icons). */
    public enum Reason {
        /** The file does not exist or is a folder. */
        NOT_FOUND,
        /** The file exists but cannot be read (permissions, I/O error) or is too large. */
        UNREADABLE,
        /** The file is empty. */
        EMPTY,
        /** The file is not well-formed XML (truncated, binary, broken tags). */
        NOT_XML,
        /** The XML uses constructs refused for safety: DOCTYPE, entities, references to other documents. */
        UNSAFE,
        /** Well-formed XML, but not a valid model (unknown element or field, bad value, wrong root). */
        INVALID_MODEL
    }

    private final transient Path file;
    private final Reason reason;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param file the file that failed to load
     * @param reason the kind of failure
     * @param message the complete one-line message naming the file
     * @param problem the part of the message after the file name, for places that already show the file
     * @param cause the underlying exception, or {@code null}
     */
    public ModelLoadException(Path file, Reason reason, String message, String problem, Throwable cause) {
        super(message, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** Returns the file that failed to load. */
    public Path getFile() {
        return file;
    }

    /** Returns the kind of failure. */
    public Reason getReason() {
        return reason;
    }

    /** Returns what is wrong without the file name, e.g. "XML ends early at line 12". */
    public String getProblem() {
        return problem;
    }
}
