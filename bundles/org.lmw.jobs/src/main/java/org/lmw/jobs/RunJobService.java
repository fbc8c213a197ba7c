// The queue of training runs: one job group bounding concurrent runs, the "cancel all" family, and run events.
package org.lmw.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobGroup;
import org.lmw.jobs.internal.EventAdminBridge;

/**
 * Schedules run jobs and tells listeners what happens to them.
 *
 * <p>Runs wait in a {@link JobGroup} whose {@code maxThreads} is the concurrency limit (default 1: one run uses
 * every core, and two runs on two cores only slow each other down). A failed run does not cancel the others, unlike
 * a plain job group. Every run job belongs to {@link #FAMILY}, so {@link #cancelAll()} (or
 * {@code Job.getJobManager().cancel(RunJobService.FAMILY)}) stops them all.
 *
 * <p>Events go to the registered {@link RunListener}s and, inside OSGi when an EventAdmin is running, to the
 * {@link RunEvents} topics.
 */
public final class RunJobService {

    /** The job family of every run job: "cancel all runs". */
    public static final Object FAMILY = new Object() {
        @Override
        public String toString() {
            return Messages.JOB_FAMILY;
        }
    };

    private static final RunJobService DEFAULT = new RunJobService();

    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private int maxConcurrentRuns = 1;
    private JobGroup group;

    /**
     * Returns the service of this JVM.
     *
     * @return the service shared by the workbench and the batch application
     */
    public static RunJobService getDefault() {
        return DEFAULT;
    }

    /**
     * Sets how many runs may train at once; runs scheduled later use the new limit.
     *
     * @param runs at least 1
     */
    public synchronized void setMaxConcurrentRuns(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException(String.format(Messages.CONCURRENCY_TOO_SMALL, runs));
        }
        if (runs != maxConcurrentRuns) {
            maxConcurrentRuns = runs;
            group = null;
        }
    }

    /**
     * Returns how many runs may train at once.
     *
     * @return the limit
     */
    public synchronized int maxConcurrentRuns() {
        return maxConcurrentRuns;
    }

    /**
     * Puts a run job into the queue.
     *
     * @param job the job, not yet scheduled
     */
    public void schedule(RunJob job) {
        job.setJobGroup(group());
        fire(job.queuedEvent());
        job.schedule();
    }

    /** Cancels every queued and running run; running ones stop within a step and end {@code cancelled}. */
    public void cancelAll() {
        Job.getJobManager().cancel(FAMILY);
    }

    /**
     * Returns the run jobs that are queued or running.
     *
     * @return the jobs, in no particular order
     */
    public List<RunJob> activeRuns() {
        List<RunJob> runs = new ArrayList<>();
        for (Job job : Job.getJobManager().find(FAMILY)) {
            if (job instanceof RunJob run) {
                runs.add(run);
            }
        }
        return runs;
    }

    /**
     * Waits until no run job is queued or running, or the time is up.
     *
     * @param timeout how long to wait at most
     * @return {@code true} if every run job has ended (its run's status is final in the store)
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean awaitAll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (RunJob run : activeRuns()) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !run.await(Duration.ofNanos(left))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Registers a listener for the events of every run.
     *
     * @param listener the listener
     */
    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    void fire(RunEvent event) {
        for (RunListener listener : listeners) {
            try {
                listener.runEvent(event);
            } catch (RuntimeException e) {
                // A listener's bug must not fail the run that reported progress to it.
            }
        }
        EventAdminBridge.post(event.kind().topic(), event.properties());
    }

    private synchronized JobGroup group() {
        if (group == null) {
            group = new JobGroup(Messages.JOB_GROUP, maxConcurrentRuns, 0) {
                @Override
                protected boolean shouldCancel(IStatus lastCompletedJobResult, int numberOfFailedJobs,
                        int numberOfCanceledJobs) {
                    // One failed or diverged run of a sweep says nothing about the others.
                    return false;
                }
            };
        }
        return group;
    }
}
