// An active run as its training process sees it: the lock, the metric writer and the descriptor's status.
package org.lmw.core.runstore;

import java.io.IOException;
import java.util.Date;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lmw.model.LmwFactory;
import org.lmw.model.Parameter;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;

/**
 * A run being trained by this process, from {@link RunFolder#start()} to {@link #close()}.
 *
 * <p>While the session is open this process holds the run's lock, so no other process starts the same run and
 * {@link RunStore#markInterruptedRuns()} leaves it alone. If the process dies, the kernel drops the lock and the next
 * start marks the run interrupted. End the run with {@link #end(RunStatus, String)}; a session closed without an end
 * marks the run interrupted, so that it can be resumed.
 */
public final class RunSession implements AutoCloseable {
    /** Prefix of the summary entries that hold each metric's final value when the run ends. */
    public static final String FINAL_PREFIX = "final_";

    private final RunFolder folder;
    private final RunLock lock;
    private final MetricWriter metrics;
    private Run descriptor;
    private boolean ended;
    private boolean closed;

    private RunSession(RunFolder folder, RunLock lock, MetricWriter metrics, Run descriptor) {
        this.folder = folder;
        this.lock = lock;
        this.metrics = metrics;
        this.descriptor = descriptor;
    }

    static RunSession start(RunFolder folder) throws IOException {
        RunLock lock = RunLock.tryAcquire(folder.lockFile());
        if (lock == null) {
            throw new IllegalStateException(Messages.bind(Messages.runLocked, folder.id(), folder.lockFile()));
        }
        MetricWriter writer = null;
        try {
            Run run = folder.readDescriptor();
            writer = MetricWriter.open(folder.metricsFile());
            run.setStatus(RunStatus.RUNNING);
            run.setMessage(null);
            run.setFinishedAt(null);
            if (run.getStartedAt() == null) {
                run.setStartedAt(new Date());
            }
            folder.writeDescriptor(run);
            return new RunSession(folder, lock, writer, run);
        } catch (IOException | RuntimeException e) {
            try {
                if (writer != null) {
                    writer.close();
                }
            } finally {
                lock.close();
            }
            throw e;
        }
    }

    /** The run's folder. */
    public RunFolder folder() {
        return folder;
    }

    /** The writer of the run's metrics. */
    public MetricWriter metrics() {
        return metrics;
    }

    /** What metrics.recovery() found when the session opened the metrics: a cut tail after a crash, if any. */
    public MetricWriter.Recovery recovery() {
        return metrics.recovery();
    }

    /** A copy of the run descriptor as this session last wrote it. */
    public synchronized Run descriptor() {
        return EcoreUtil.copy(descriptor);
    }

    /**
     * Changes the run descriptor and writes it atomically; if the change or the write fails, the stored descriptor
     * and this session's copy stay as they were.
     */
    public synchronized void updateDescriptor(Consumer<Run> change) throws IOException {
        Run changed = EcoreUtil.copy(descriptor);
        change.accept(changed);
        folder.writeDescriptor(changed);
        descriptor = changed;
    }

    /**
     * Ends the run: forces its metrics to the disk, closes the writer, records each metric's final value in the
     * descriptor's summary ({@value #FINAL_PREFIX}{@code <metric>}) and writes the final status.
     *
     * @param status FINISHED, FAILED, CANCELLED, INTERRUPTED or DIVERGED
     * @param message why, for anything but FINISHED; may be null
     */
    public synchronized void end(RunStatus status, String message) throws IOException {
        if (status == RunStatus.QUEUED || status == RunStatus.RUNNING) {
            throw new IllegalArgumentException(Messages.bind(Messages.badStatus, status));
        }
        metrics.close();
        Run run = EcoreUtil.copy(descriptor);
        try (MetricReader reader = MetricReader.open(folder.metricsFile())) {
            for (String metric : reader.metrics()) {
                MetricSummary summary = reader.summary(metric);
                if (!summary.isEmpty()) {
                    putSummary(run, FINAL_PREFIX + metric, Double.toString(summary.finalValue()));
                }
            }
        }
        run.setStatus(status);
        run.setMessage(message);
        run.setFinishedAt(new Date());
        folder.writeDescriptor(run);
        descriptor = run;
        ended = true;
    }

    /**
     * Closes the metrics and releases the lock; a run not {@linkplain #end ended} is marked interrupted first, so that
     * a job that failed without saying so can be resumed.
     */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            metrics.close();
            if (!ended) {
                Run run = EcoreUtil.copy(descriptor);
                run.setStatus(RunStatus.INTERRUPTED);
                run.setMessage(Messages.closedWithoutEnd);
                folder.writeDescriptor(run);
                descriptor = run;
            }
        } finally {
            lock.close();
        }
    }

    private static void putSummary(Run run, String key, String value) {
        for (Parameter parameter : run.getSummary()) {
            if (key.equals(parameter.getKey())) {
                parameter.setValue(value);
                return;
            }
        }
        Parameter parameter = LmwFactory.eINSTANCE.createParameter();
        parameter.setKey(key);
        parameter.setValue(value);
        run.getSummary().add(parameter);
    }
}
