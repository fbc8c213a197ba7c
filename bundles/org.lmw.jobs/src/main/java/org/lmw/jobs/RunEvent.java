// One event in the life of a run (queued, started, progress, ended), as listeners and EventAdmin handlers see it.
package org.lmw.jobs;

import java.util.HashMap;
import java.util.Map;

import org.lmw.model.RunStatus;

/**
 * An event of a run's life.
 *
 * @param kind what happened
 * @param runId the run
 * @param experiment the experiment's name
 * @param status the run's status after the event
 * @param step updates done so far
 * @param totalSteps updates planned, 0 before the trainer is built
 * @param stepsPerEpoch updates per epoch, 0 before the trainer is built
 * @param loss the last training-batch loss, {@code NaN} before the first update
 * @param testAccuracy the last test accuracy, {@code NaN} before the first evaluation
 * @param message why the run ended (ENDED only), else {@code null}
 */
public record RunEvent(Kind kind, String runId, String experiment, RunStatus status, long step, long totalSteps,
        int stepsPerEpoch, double loss, double testAccuracy, String message) {

    /** What happened to the run. */
    public enum Kind {
        /** Created and scheduled. */
        QUEUED(RunEvents.TOPIC_QUEUED),
        /** Its job started. */
        STARTED(RunEvents.TOPIC_STARTED),
        /** Progress (throttled) or a test evaluation. */
        PROGRESS(RunEvents.TOPIC_PROGRESS),
        /** Ended with a final status. */
        ENDED(RunEvents.TOPIC_ENDED);

        private final String topic;

        Kind(String topic) {
            this.topic = topic;
        }

        /**
         * Returns the EventAdmin topic of this kind of event.
         *
         * @return for example {@code org/lmw/runs/PROGRESS}
         */
        public String topic() {
            return topic;
        }
    }

    /**
     * Returns the epoch the run is in, counting from 1, as a progress line shows it.
     *
     * @return the epoch of the last update, 0 when unknown
     */
    public long epoch() {
        return stepsPerEpoch <= 0 ? 0 : Math.max(1, (step + stepsPerEpoch - 1) / stepsPerEpoch);
    }

    /**
     * Returns the event's properties under the {@link RunEvents} keys, for the EventAdmin.
     *
     * @return a new mutable map without {@code null} values
     */
    public Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        p.put(RunEvents.RUN_ID, runId);
        if (experiment != null) {
            p.put(RunEvents.EXPERIMENT, experiment);
        }
        p.put(RunEvents.STATUS, status.getLiteral());
        p.put(RunEvents.STEP, step);
        p.put(RunEvents.TOTAL_STEPS, totalSteps);
        p.put(RunEvents.STEPS_PER_EPOCH, stepsPerEpoch);
        p.put(RunEvents.LOSS, loss);
        p.put(RunEvents.TEST_ACCURACY, testAccuracy);
        if (message != null) {
            p.put(RunEvents.MESSAGE, message);
        }
        return p;
    }
}
