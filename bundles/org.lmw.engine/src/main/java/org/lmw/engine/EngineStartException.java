// Failure to start DJL/libtorch, with a message that says what to fix.
package org.lmw.engine;

/**
 * Thrown when the engine cannot start: missing natives, an unusable device, a libtorch that does not load.
 */
public class EngineStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and how to fix it
     */
    public EngineStartException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong and how to fix it
     * @param cause the underlying failure
     */
    public EngineStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
