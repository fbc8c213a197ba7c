// Topic names and event property keys of the run events the job service publishes through the OSGi EventAdmin.
package org.lmw.jobs;

/**
 * The EventAdmin topics and properties of run events, for views that subscribe with an {@code IEventBroker} or an
 * {@code EventHandler}.
 *
 * <p>Every event carries {@link #RUN_ID}, {@link #STATUS} and {@link #STEP}; the others are present where they are
 * known. {@link #TOPIC_PROGRESS} is throttled to about four events per second per run, plus one after every test
 * evaluation. Headless code that has no EventAdmin registers a {@link RunListener} on the {@link RunJobService}.
 */
public final class RunEvents {

    /** The common prefix of all run topics. */
    public static final String TOPIC_BASE = "org/lmw/runs";
    /** Subscribes to every run event. */
    public static final String TOPIC_ALL = TOPIC_BASE + "/*";
    /** A run was created and its job scheduled; it waits for a free slot in the queue. */
    public static final String TOPIC_QUEUED = TOPIC_BASE + "/QUEUED";
    /** A run's job started: the run is marked running in the store. */
    public static final String TOPIC_STARTED = TOPIC_BASE + "/STARTED";
    /** A run made progress (throttled) or finished a test evaluation. */
    public static final String TOPIC_PROGRESS = TOPIC_BASE + "/PROGRESS";
    /** A run ended: finished, failed, cancelled, diverged or interrupted; its status is final in the store. */
    public static final String TOPIC_ENDED = TOPIC_BASE + "/ENDED";

    /** The run id (String). */
    public static final String RUN_ID = "runId";
    /** The experiment's name (String). */
    public static final String EXPERIMENT = "experiment";
    /** The run status literal, for example {@code running} or {@code finished} (String). */
    public static final String STATUS = "status";
    /** Updates done so far (Long). */
    public static final String STEP = "step";
    /** Updates planned (Long). */
    public static final String TOTAL_STEPS = "totalSteps";
    /** Updates per epoch (Integer). */
    public static final String STEPS_PER_EPOCH = "stepsPerEpoch";
    /** The last training-batch loss (Double). */
    public static final String LOSS = "loss";
    /** The last test accuracy (Double). */
    public static final String TEST_ACCURACY = "testAccuracy";
    /** Why the run ended, one line (String). */
    public static final String MESSAGE = "message";

    private RunEvents() {
    }
}
