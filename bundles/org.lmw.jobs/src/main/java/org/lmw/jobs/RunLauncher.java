// Turns an experiment file into runs: safe load, validation, sweep expansion, run creation, job scheduling; resume.
package org.lmw.jobs;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.core.persistence.ModelLoadException;
import org.lmw.core.runstore.RunFolder;
import org.lmw.core.runstore.RunStore;
import org.lmw.engine.data.Dataset;
import org.lmw.jobs.internal.DatasetCache;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.Parameter;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;
import org.lmw.model.TrainingMode;
import org.lmw.model.TrainingSpec;
import org.lmw.model.validation.HyperparameterPaths;
import org.lmw.model.validation.ModelValidation;
import org.lmw.model.validation.Problem;
import org.lmw.model.validation.SweepExpander;
import org.lmw.model.validation.SweepExpander.SweepPoint;

/**
 * Launches experiments and resumes runs.
 *
 * <pre>
 * RunLauncher launcher = new RunLauncher(RunJobService.getDefault());
 * LaunchPlan plan = RunLauncher.prepare(Path.of("fashion-mnist-mlp.lmw"));   // nothing written yet
 * List&lt;RunJob&gt; runs = launcher.launch(plan, workspace, RunOptions.DEFAULT);
 * for (RunJob run : runs) {
 *     RunOutcome outcome = run.await();
 * }
 * </pre>
 *
 * <p>{@link #prepare} does every check that needs no workspace: the file loads safely, the experiment and every
 * resolved sweep point validate, the data exists and holds at least one batch. Only then does {@link #launch} open
 * the run store, mark runs left running by a crash as interrupted, create one run per sweep point (id
 * {@code <experiment>-<yyyyMMdd-HHmmss>-<n>}, resolved hyperparameters, the resolved experiment saved in the run
 * folder) and schedule their jobs.
 */
public final class RunLauncher {

    private final RunJobService service;

    /**
     * Creates a launcher that schedules on a service.
     *
     * @param service the job service, usually {@link RunJobService#getDefault()}
     */
    public RunLauncher(RunJobService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * Loads, validates and expands an experiment file; writes nothing.
     *
     * @param file the {@code .lmw} file
     * @return the plan
     * @throws LaunchException with a one-line reason naming the file and the field
     */
    public static LaunchPlan prepare(Path file) throws LaunchException {
        Experiment experiment;
        try {
            experiment = ExperimentFiles.load(file);
        } catch (ModelLoadException e) {
            throw new LaunchException(e.getMessage(), e);
        }
        return prepare(experiment, file);
    }

    /**
     * Validates and expands an experiment; writes nothing.
     *
     * @param experiment the experiment; not changed
     * @param source the file it came from, for messages and the runs' descriptors; may be {@code null}
     * @return the plan
     * @throws LaunchException with a one-line reason naming the field
     */
    public static LaunchPlan prepare(Experiment experiment, Path source) throws LaunchException {
        String where = source == null ? "" : source.getFileName() + ": ";
        requireValid(experiment, where, null);
        List<SweepPoint> points;
        try {
            points = SweepExpander.expand(experiment);
        } catch (IllegalArgumentException e) {
            throw new LaunchException(where + e.getMessage(), e);
        }
        List<Experiment> resolved = new ArrayList<>(points.size());
        for (SweepPoint point : points) {
            Experiment concrete;
            try {
                concrete = SweepExpander.resolve(experiment, point);
            } catch (IllegalArgumentException e) {
                throw new LaunchException(where + Messages.sweepPoint(point) + e.getMessage(), e);
            }
            requireValid(concrete, where, point);
            resolved.add(concrete);
        }
        preflightData(resolved, where);
        return new LaunchPlan(experiment, source, points, resolved);
    }

    /**
     * Creates the plan's runs in a workspace's run store and schedules their jobs.
     *
     * @param plan the plan from {@link #prepare}
     * @param workspace the workspace folder; created if it does not exist
     * @param options threads and device
     * @return one job per run, in sweep order
     * @throws LaunchException if the workspace cannot hold runs
     */
    public List<RunJob> launch(LaunchPlan plan, Path workspace, RunOptions options) throws LaunchException {
        RunStore store = openStore(workspace, true);
        String stamp = RunIds.stamp(LocalDateTime.now());
        String name = plan.name();
        List<RunJob> jobs = new ArrayList<>(plan.size());
        int n = 1;
        try {
            for (int i = 0; i < plan.size(); i++) {
                Experiment resolved = plan.resolved().get(i);
                Run run = newRun(plan, i, resolved);
                RunFolder folder = null;
                while (folder == null) {
                    String id = RunIds.id(name, stamp, n++);
                    if (store.exists(id)) {
                        continue;
                    }
                    run.setId(id);
                    try {
                        folder = store.create(run);
                    } catch (FileAlreadyExistsException e) {
                        // Another process took this id a moment ago: take the next number.
                    }
                }
                ExperimentFiles.save(resolved, folder.path().resolve(RunJob.EXPERIMENT_FILE));
                jobs.add(new RunJob(service, store, folder.id(), name, options, false));
            }
        } catch (IOException | RuntimeException e) {
            throw new LaunchException(Messages.storeFailed(store.runsFolder(), e), e);
        }
        for (RunJob job : jobs) {
            service.schedule(job);
        }
        return jobs;
    }

    /**
     * Resumes a run from its last checkpoint (or from the start if it has none) and schedules its job.
     *
     * <p>Runs that are interrupted (a crash), cancelled, failed or still queued can be resumed; finished and
     * diverged ones cannot.
     *
     * @param workspace the workspace folder
     * @param runId the run
     * @param options threads and device; use the run's original thread count for a bit-identical continuation
     * @return the job
     * @throws LaunchException if there is no such run, it has ended, or another process runs it
     */
    public RunJob resume(Path workspace, String runId, RunOptions options) throws LaunchException {
        if (!RunStore.isValidRunId(runId) || !Files.isDirectory(workspace.resolve(RunStore.RUNS_FOLDER))) {
            throw new LaunchException(Messages.noSuchRun(runId, workspace));
        }
        RunStore store = openStore(workspace, true);
        if (!store.exists(runId)) {
            throw new LaunchException(Messages.noSuchRun(runId, workspace));
        }
        for (RunJob active : service.activeRuns()) {
            if (active.runId().equals(runId)) {
                throw new LaunchException(String.format(Messages.RUN_ACTIVE_HERE, runId));
            }
        }
        Run run;
        try {
            run = store.load(runId);
        } catch (IOException e) {
            throw new LaunchException(e.getMessage(), e);
        }
        RunStatus status = run.getStatus();
        if (status == RunStatus.FINISHED || status == RunStatus.DIVERGED) {
            throw new LaunchException(String.format(Messages.RUN_ENDED, runId, status.getLiteral()));
        }
        if (status == RunStatus.RUNNING) {
            // markInterruptedRuns() left it running, so a live process holds its lock.
            throw new LaunchException(String.format(Messages.RUN_ACTIVE_ELSEWHERE, runId));
        }
        Path experimentFile = store.runsFolder().resolve(runId).resolve(RunJob.EXPERIMENT_FILE);
        try {
            ExperimentFiles.load(experimentFile);
        } catch (ModelLoadException e) {
            throw new LaunchException(e.getMessage(), e);
        }
        RunJob job = new RunJob(service, store, runId, run.getExperimentName(), options, true);
        service.schedule(job);
        return job;
    }

    /**
     * Opens a workspace's run store and marks runs that a dead process left running as interrupted.
     *
     * @param workspace the workspace folder
     * @param create whether to create the workspace and its run store when missing
     * @return the store, or {@code null} when it does not exist and {@code create} is false
     * @throws LaunchException if the workspace or its run store is not a folder or cannot be written
     */
    public static RunStore openStore(Path workspace, boolean create) throws LaunchException {
        Path runs = workspace.resolve(RunStore.RUNS_FOLDER);
        if (Files.exists(workspace) && !Files.isDirectory(workspace)) {
            throw new LaunchException(String.format(Messages.WORKSPACE_NOT_FOLDER, workspace));
        }
        if (!create && !Files.isDirectory(runs)) {
            return null;
        }
        try {
            RunStore store = RunStore.open(workspace);
            store.markInterruptedRuns();
            return store;
        } catch (IOException | RuntimeException e) {
            throw new LaunchException(Messages.storeFailed(runs, e), e);
        }
    }

    private static Run newRun(LaunchPlan plan, int index, Experiment resolved) {
        Run run = LmwFactory.eINSTANCE.createRun();
        run.setExperimentName(plan.name());
        if (plan.source() != null) {
            run.setExperimentFile(plan.source().toAbsolutePath().normalize().toString());
        }
        run.setSweepIndex(plan.points().get(index).index());
        run.setStatus(RunStatus.QUEUED);
        run.setCreatedAt(new Date());
        run.getTags().addAll(plan.experiment().getTags());
        addHyperparameters(run, resolved);
        return run;
    }

    /** Records every hyperparameter of a resolved experiment on its run, by dotted path, as queries match them. */
    static void addHyperparameters(Run run, Experiment resolved) {
        for (HyperparameterPaths.Hyperparameter h : HyperparameterPaths.all()) {
            Parameter parameter = LmwFactory.eINSTANCE.createParameter();
            parameter.setKey(h.path());
            parameter.setValue(h.format(h.get(resolved)));
            run.getHyperparameters().add(parameter);
        }
    }

    private static void requireValid(Experiment experiment, String where, SweepPoint point) throws LaunchException {
        List<Problem> errors = ModelValidation.errors(ModelValidation.validate(experiment));
        if (!errors.isEmpty()) {
            String more = errors.size() > 1 ? String.format(Messages.MORE_PROBLEMS, errors.size() - 1) : "";
            throw new LaunchException(where + (point == null ? "" : Messages.sweepPoint(point))
                    + errors.get(0).message() + more);
        }
    }

    /** Loads the first run's data (a cache keeps it for the jobs) and checks every run gets at least one update. */
    private static void preflightData(List<Experiment> resolved, String where) throws LaunchException {
        Experiment first = resolved.get(0);
        Dataset dataset;
        try {
            dataset = DatasetCache.get(first);
        } catch (IOException | IllegalArgumentException e) {
            throw new LaunchException(where + e.getMessage(), e);
        }
        int n = dataset.train().size();
        for (Experiment experiment : resolved) {
            if (!DatasetCache.sameData(first, experiment)) {
                continue;
            }
            TrainingSpec training = experiment.getTraining();
            if (training == null || training.getMode() == TrainingMode.FULL_BATCH) {
                continue;
            }
            int batch = training.getBatchSize();
            if (batch > n) {
                throw new LaunchException(where + String.format(Messages.BATCH_TOO_LARGE, batch, n,
                        dataset.name()));
            }
        }
    }
}
