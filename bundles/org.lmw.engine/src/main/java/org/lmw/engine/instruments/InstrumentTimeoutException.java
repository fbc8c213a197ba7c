// Thrown by InstrumentContext.checkDeadline when a measurement overruns its time limit.
package org.lmw.engine.instruments;

/** A measurement ran past its time limit ({@code timeout_s} setting); recorded as a failure, training goes on. */
public final class InstrumentTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message names the instrument, the step and the limit
     */
    public InstrumentTimeoutException(String message) {
        super(message);
    }
}
