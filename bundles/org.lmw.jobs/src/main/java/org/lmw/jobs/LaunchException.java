// An experiment or run that cannot be launched: bad input, with a one-line reason and nothing written.
package org.lmw.jobs;

/**
 * The input of a launch or resume is unusable: the experiment file is missing, damaged or hostile, a field is
 * invalid, the sweep cannot be expanded, the data is missing, the workspace is not a folder, or the run to resume
 * does not exist or has ended. {@link #getMessage()} is one line naming the file, run or field; when it is thrown,
 * nothing has been written to the workspace.
 */
public class LaunchException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the one-line reason
     */
    public LaunchException(String message) {
        super(Messages.oneLine(message));
    }

    /**
     * Creates the exception with its cause, for the log only.
     *
     * @param message the one-line reason
     * @param cause the underlying exception
     */
    public LaunchException(String message, Throwable cause) {
        super(Messages.oneLine(message), cause);
    }
}
