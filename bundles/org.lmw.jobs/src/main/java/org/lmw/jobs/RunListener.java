// The plain Java way to follow runs, for headless code (the lmw CLI) that has no EventAdmin.
package org.lmw.jobs;

/**
 * Receives run events; register with {@link RunJobService#addListener(RunListener)}.
 *
 * <p>Events arrive on the job's worker thread, in order per run; a listener must return quickly and must not throw
 * (an exception is swallowed so that it cannot fail the run).
 */
@FunctionalInterface
public interface RunListener {

    /**
     * Receives one event.
     *
     * @param event the event
     */
    void runEvent(RunEvent event);
}
