// The Eclipse Job that trains one run: progress, cooperative cancel, checkpoints, metrics, provenance, final status.
package org.lmw.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.core.persistence.ModelLoadException;
import org.lmw.core.runstore.Checkpoint;
import org.lmw.core.runstore.MetricWriter;
import org.lmw.core.runstore.RunFolder;
import org.lmw.core.runstore.RunSession;
import org.lmw.core.runstore.RunStore;
import org.lmw.engine.data.Dataset;
import org.lmw.engine.training.Evaluation;
import org.lmw.engine.training.MetricNames;
import org.lmw.engine.training.MetricSink;
import org.lmw.engine.training.Trainer;
import org.lmw.engine.training.TrainingResult;
import org.lmw.jobs.internal.DatasetCache;
import org.lmw.jobs.internal.Provenances;
import org.lmw.jobs.internal.TrainingThreads;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.Parameter;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;

/**
 * Trains one run of the run store, from its first step or, when resuming, from its last checkpoint.
 *
 * <p>The job takes the run's lock through a {@link RunSession}, builds the {@link Trainer} on its own worker thread
 * (libtorch's thread count and gradient mode are per thread), writes the provenance into the run descriptor, and
 * trains. Every step's metrics go to the run's metrics file; every {@code checkpointEvery} steps a checkpoint is
 * committed to the run folder. The monitor gets the total number of steps, one unit of work per step and a sub-task
 * with step and loss a few times a second; {@code monitor.isCanceled()} is checked before every step, so a cancel
 * stops the run within one step, saves a checkpoint there (a later resume continues exactly where it stopped) and
 * ends it {@code cancelled}. The trainer's native memory is freed when the job ends, however it ends.
 *
 * <p>A non-finite loss ends the run {@code diverged} at that step; an exception ends it {@code failed} with a
 * one-line message. The job is its own handle: {@link #await()} waits for the run's {@link RunOutcome}.
 */
public final class RunJob extends Job {

    /** The run's artifact listing instrument failures, one line each. */
    public static final String INSTRUMENT_FAILURES_FILE = "instrument-failures.log";
    private static final int MAX_FAILURES_LOGGED = 1000;

    /** File name of the trainer state inside a committed checkpoint folder. */
    public static final String CHECKPOINT_FILE = "trainer.ckpt";
    /** File name of the resolved experiment inside a run folder: what the run trains, and what resume reloads. */
    public static final String EXPERIMENT_FILE = "experiment." + ExperimentFiles.EXTENSION;
    /** Summary key of the median steady-state training rate (steps per second). */
    public static final String SUMMARY_STEPS_PER_SECOND = "steps_per_s";
    /** Summary key of the wall time of the last job on the run, in seconds. */
    public static final String SUMMARY_WALL_SECONDS = "wall_s";

    private static final String BUNDLE_ID = "org.lmw.jobs";
    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;

    private final RunJobService service;
    private final RunStore store;
    private final String runId;
    private final String experimentName;
    private final RunOptions options;
    private final boolean resume;
    private final CountDownLatch ended = new CountDownLatch(1);

    private volatile boolean started;
    private volatile RunOutcome outcome;

    RunJob(RunJobService service, RunStore store, String runId, String experimentName, RunOptions options,
            boolean resume) {
        super(Messages.jobName(runId));
        this.service = service;
        this.store = store;
        this.runId = runId;
        this.experimentName = experimentName;
        this.options = options;
        this.resume = resume;
        setRule(new RunFolderRule(store.runsFolder().resolve(runId)));
        setPriority(LONG);
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!started) {
                    // Cancelled while it waited in the queue: run() never ran, so the run must be ended here.
                    endUnstarted();
                }
            }
        });
    }

    /**
     * Returns the id of the run this job trains.
     *
     * @return the run id
     */
    public String runId() {
        return runId;
    }

    /**
     * Tells whether this job resumes a run rather than starting it.
     *
     * @return {@code true} for a resume
     */
    public boolean isResume() {
        return resume;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == RunJobService.FAMILY;
    }

    /**
     * Waits until the run has ended and its status is final in the store.
     *
     * @return the outcome
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public RunOutcome await() throws InterruptedException {
        ended.await();
        return outcome;
    }

    /**
     * Waits at most a given time for the run to end.
     *
     * @param timeout how long to wait
     * @return {@code true} if the run has ended
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean await(Duration timeout) throws InterruptedException {
        return ended.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Returns the outcome once the run has ended.
     *
     * @return the outcome, empty while the run is queued or running
     */
    public Optional<RunOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    RunEvent queuedEvent() {
        return new RunEvent(RunEvent.Kind.QUEUED, runId, experimentName, RunStatus.QUEUED, 0, 0, 0, Double.NaN,
                Double.NaN, null);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        started = true;
        // Background priority for this thread and the libtorch workers it creates: on a machine with few cores the
        // workbench's UI thread must win the CPU over training (see TrainingThreads). Done before the trainer is built.
        int nice = TrainingThreads.currentNice();
        boolean lowered = nice != Integer.MIN_VALUE && nice < TrainingThreads.TRAINING_NICE
                && TrainingThreads.setNice(TrainingThreads.TRAINING_NICE);
        try {
            return train(monitor);
        } finally {
            if (lowered) {
                // A pooled worker thread goes back to its priority where the system allows it.
                TrainingThreads.setNice(nice);
            }
        }
    }

    private IStatus train(IProgressMonitor monitor) {
        long startNanos = System.nanoTime();
        RunOutcome result;
        RunSession session = null;
        RunFolder folder = null;
        try {
            folder = store.folder(runId);
            session = folder.start();
        } catch (IOException | RuntimeException e) {
            // Not even started (locked by another process, descriptor unreadable): the store stays as it was.
            result = new RunOutcome(runId, experimentName, RunStatus.FAILED, 0, 0, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, seconds(startNanos), Messages.oneLine(e),
                    folder == null ? store.runsFolder().resolve(runId) : folder.path());
            finish(result);
            return new Status(IStatus.ERROR, BUNDLE_ID, result.message(), e);
        }
        // A SubMonitor, because the number of steps is only known once the trainer is built.
        SubMonitor work = SubMonitor.convert(monitor, Messages.jobName(runId), 1);
        Progress progress = new Progress(session.metrics(), work);
        try {
            result = train(folder, session, progress, work, monitor, startNanos);
        } catch (Exception | LinkageError | AssertionError | OutOfMemoryError e) {
            String message = Messages.failed(e);
            result = new RunOutcome(runId, experimentName, RunStatus.FAILED, progress.step, progress.totalSteps,
                    Double.NaN, progress.testAccuracy, progress.testLoss, progress.loss, seconds(startNanos), message,
                    folder.path());
            try {
                long steps = progress.step;
                double wall = result.wallSeconds();
                session.updateDescriptor(run -> {
                    run.setSteps(steps);
                    putSummary(run, SUMMARY_WALL_SECONDS, wall);
                });
                session.end(RunStatus.FAILED, message);
            } catch (IOException | RuntimeException endFailure) {
                e.addSuppressed(endFailure);
            }
            closeQuietly(session);
            monitor.done();
            finish(result);
            return new Status(IStatus.ERROR, BUNDLE_ID, message, e);
        }
        closeQuietly(session);
        monitor.done();
        finish(result);
        return result.status() == RunStatus.CANCELLED ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    private RunOutcome train(RunFolder folder, RunSession session, Progress progress, SubMonitor work,
            IProgressMonitor monitor, long startNanos) throws IOException, ModelLoadException {
        Experiment experiment = ExperimentFiles.load(folder.path().resolve(EXPERIMENT_FILE));
        service.fire(new RunEvent(RunEvent.Kind.STARTED, runId, experimentName, RunStatus.RUNNING, 0, 0, 0,
                Double.NaN, Double.NaN, null));
        work.subTask(Messages.PREPARING);
        Dataset dataset = DatasetCache.get(experiment);
        InstrumentExtensions.ensureLoaded();
        progress.failureLog = folder.artifactsFolder().resolve(INSTRUMENT_FAILURES_FILE);
        Trainer.Builder builder = Trainer.builder()
                .setExperiment(experiment)
                .optDataset(dataset)
                .optThreads(threads(options.threads(), service.maxConcurrentRuns(),
                        Runtime.getRuntime().availableProcessors()))
                .optDevice(options.device())
                .optMetricSink(progress)
                .optCancellation(monitor::isCanceled)
                .optCheckpointHook((step, trainer) -> checkpoint(folder, session, step, trainer));
        try (Trainer trainer = builder.build()) {
            session.updateDescriptor(run -> {
                run.setProvenance(Provenances.of(experiment, trainer.engineInfo(), trainer.dataset().checksum(),
                        trainer.provenance().get("training_step")));
                run.setDevice(trainer.engineInfo().device().label());
                run.setTotalSteps(trainer.totalSteps());
            });
            if (resume) {
                Optional<Checkpoint> latest = folder.latestCheckpoint();
                if (latest.isPresent()) {
                    trainer.restoreCheckpoint(latest.get().folder().resolve(CHECKPOINT_FILE));
                }
            }
            work.setWorkRemaining((int) Math.min(Integer.MAX_VALUE, trainer.totalSteps() - trainer.step()));
            progress.begin(trainer);
            TrainingResult training = trainer.run();
            if (training.status() == RunStatus.CANCELLED && trainer.step() > 0) {
                // A checkpoint at the step where the cancel landed lets a resume continue exactly from here.
                Optional<Checkpoint> latest = folder.latestCheckpoint();
                if (latest.isEmpty() || latest.get().step() != trainer.step()) {
                    checkpoint(folder, session, trainer.step(), trainer);
                }
            }
            double wall = seconds(startNanos);
            String message = training.status() == RunStatus.CANCELLED
                    ? String.format(Locale.ROOT, Messages.CANCELLED_AT, training.steps(), training.totalSteps())
                    : training.message();
            session.updateDescriptor(run -> {
                run.setSteps(training.steps());
                putSummary(run, SUMMARY_STEPS_PER_SECOND, training.stepsPerSecond());
                putSummary(run, SUMMARY_WALL_SECONDS, wall);
            });
            session.end(training.status(), message);
            return new RunOutcome(runId, experimentName, training.status(), training.steps(),
                    training.totalSteps(), training.stepsPerSecond(), training.testAccuracy(), training.testLoss(),
                    training.finalLoss(), wall, message, folder.path());
        }
    }

    private void checkpoint(RunFolder folder, RunSession session, long step, Trainer trainer) throws IOException {
        Path staging = folder.stageCheckpoint(step);
        trainer.saveCheckpoint(staging.resolve(CHECKPOINT_FILE));
        folder.commitCheckpoint(step);
        // The metrics up to the checkpoint must be on disk before anyone resumes from it.
        session.metrics().flush();
        session.updateDescriptor(run -> run.setSteps(step));
    }

    private void endUnstarted() {
        RunOutcome result = new RunOutcome(runId, experimentName, RunStatus.CANCELLED, 0, 0, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, 0, Messages.CANCELLED_QUEUED, store.runsFolder().resolve(runId));
        try {
            RunFolder folder = store.folder(runId);
            Run run = folder.readDescriptor();
            if (run.getStatus() == RunStatus.QUEUED) {
                run.setStatus(RunStatus.CANCELLED);
                run.setMessage(Messages.CANCELLED_QUEUED);
                folder.writeDescriptor(run);
            }
        } catch (IOException | RuntimeException e) {
            // The run stays queued in the store; a later resume can still start it.
        }
        finish(result);
    }

    private void finish(RunOutcome result) {
        outcome = result;
        service.fire(new RunEvent(RunEvent.Kind.ENDED, runId, experimentName, result.status(), result.steps(),
                result.totalSteps(), 0, result.finalLoss(), result.testAccuracy(), result.message()));
        ended.countDown();
    }

    private static void closeQuietly(RunSession session) {
        try {
            session.close();
        } catch (IOException | RuntimeException e) {
            // The status was written by end(); a failed close only loses the lock early, which the kernel frees.
        }
    }

    /**
     * Returns the intra-op thread count of a run: the one asked for, or for the default (0) one per processor while
     * runs train one at a time, and while several may train at once an equal share of all processors but one (at
     * least one thread), so that concurrent runs do not oversubscribe the cores and one stays free for the UI.
     */
    static int threads(int asked, int concurrentRuns, int processors) {
        if (asked > 0) {
            return asked;
        }
        if (concurrentRuns <= 1) {
            return 0;
        }
        return Math.max(1, (processors - 1) / concurrentRuns);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void putSummary(Run run, String key, double value) {
        String text = Double.toString(value);
        for (Parameter parameter : run.getSummary()) {
            if (key.equals(parameter.getKey())) {
                parameter.setValue(text);
                return;
            }
        }
        Parameter parameter = LmwFactory.eINSTANCE.createParameter();
        parameter.setKey(key);
        parameter.setValue(text);
        run.getSummary().add(parameter);
    }

    /** The trainer's metric sink: writes every value to the run store and reports progress, throttled. */
    private final class Progress implements MetricSink {

        private final MetricWriter writer;
        private final SubMonitor monitor;
        private final Map<String, MetricWriter.Series> series = new HashMap<>();
        private volatile long step;
        private volatile long totalSteps;
        private int stepsPerEpoch;
        private volatile double loss = Double.NaN;
        private volatile double testAccuracy = Double.NaN;
        private volatile double testLoss = Double.NaN;
        private long lastReport;
        private Path failureLog;
        private int failuresLogged;

        Progress(MetricWriter writer, SubMonitor monitor) {
            this.writer = writer;
            this.monitor = monitor;
        }

        void begin(Trainer trainer) {
            step = trainer.step();
            totalSteps = trainer.totalSteps();
            stepsPerEpoch = trainer.stepsPerEpoch();
            lastReport = System.nanoTime();
            report();
        }

        @Override
        public void record(long at, String name, double value) {
            MetricWriter.Series s = series.get(name);
            if (s == null) {
                s = writer.series(name);
                series.put(name, s);
            }
            s.record(at, value);
            if (MetricNames.LOSS.equals(name)) {
                step = at;
                loss = value;
                monitor.worked(1);
                long now = System.nanoTime();
                if (now - lastReport >= PROGRESS_INTERVAL_NANOS) {
                    lastReport = now;
                    report();
                }
            }
        }

        @Override
        public void instrumentFailed(long at, String instrumentId, String message) {
            // One line per failure in the run's artifacts (the first 1000; the series instrument_failure/<id> counts
            // them all). Losing this log never stops training.
            if (failureLog == null || failuresLogged >= MAX_FAILURES_LOGGED) {
                return;
            }
            failuresLogged++;
            try {
                Files.writeString(failureLog, message + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                failureLog = null;
            }
        }

        @Override
        public void evaluated(Evaluation evaluation) {
            testAccuracy = evaluation.accuracy();
            testLoss = evaluation.loss();
            report();
        }

        private void report() {
            monitor.subTask(Messages.progress(step, totalSteps, loss, testAccuracy));
            service.fire(new RunEvent(RunEvent.Kind.PROGRESS, runId, experimentName, RunStatus.RUNNING, step,
                    totalSteps, stepsPerEpoch, loss, testAccuracy, null));
        }
    }
}
