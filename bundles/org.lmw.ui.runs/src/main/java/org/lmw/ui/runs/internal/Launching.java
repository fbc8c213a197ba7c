// Launches an experiment file (all sweep points or a chosen subset) from the workbench through the job service.
package org.lmw.ui.runs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lmw.core.workspace.WorkspaceEntry;
import org.lmw.jobs.LaunchException;
import org.lmw.jobs.LaunchPlan;
import org.lmw.jobs.RunJob;
import org.lmw.jobs.RunJobService;
import org.lmw.jobs.RunLauncher;
import org.lmw.jobs.RunOptions;
import org.lmw.model.Experiment;
import org.lmw.model.validation.SweepExpander.SweepPoint;
import org.lmw.ui.experiments.ExperimentEditor;
import org.lmw.ui.runs.Messages;

/**
 * Finds the experiment a Run command means and launches it.
 *
 * <p>The experiment is the active editor's (saved first when dirty, because a run must train exactly what the file
 * says), else the navigator's selected experiment file, else the most recently shown experiment editor. Preparing
 * (loading, validating, checking the data) happens in a job, so a large dataset never freezes the window; the runs'
 * own jobs then appear in the Progress view, where they can be cancelled.
 */
public final class Launching {
    private Launching() {
    }

    /**
     * The experiment file a Run command acts on, or {@code null}.
     *
     * @param activePart the active part, may be null
     * @param selection the active selection, may be null
     * @param parts the part service, to find an open experiment editor
     * @param saveDirty whether to save a dirty editor
     */
    public static Path experimentFile(MPart activePart, Object selection, EPartService parts, boolean saveDirty)
            throws IOException {
        if (activePart != null && activePart.getObject() instanceof ExperimentEditor editor
                && editor.getExperiment() != null) {
            return save(editor, saveDirty);
        }
        Path fromSelection = fromSelection(selection);
        if (fromSelection != null) {
            return fromSelection;
        }
        if (parts != null) {
            for (MPart part : parts.getParts()) {
                if (part.getObject() instanceof ExperimentEditor editor && editor.getExperiment() != null
                        && parts.isPartVisible(part)) {
                    return save(editor, saveDirty);
                }
            }
        }
        return null;
    }

    private static Path save(ExperimentEditor editor, boolean saveDirty) throws IOException {
        if (saveDirty && editor.isDirty()) {
            editor.save();
        }
        return editor.getFile();
    }

    private static Path fromSelection(Object selection) {
        if (selection instanceof WorkspaceEntry e && e.kind() == WorkspaceEntry.Kind.EXPERIMENT) {
            return e.path();
        }
        if (selection instanceof Object[] array) {
            for (Object o : array) {
                Path p = fromSelection(o);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Prepares and launches an experiment in a job.
     *
     * @param file the experiment file
     * @param workspace the workspace folder the runs go to
     * @param pointFilter chooses sweep points (called with the prepared plan; return null to cancel), or null for
     *        all points
     * @param launched called with the new run ids after scheduling
     * @param failed called with a one-line reason when the experiment cannot run
     * @return the preparing job, already scheduled
     */
    public static Job launch(Path file, Path workspace, PointFilter pointFilter, Consumer<List<String>> launched,
            Consumer<String> failed) {
        Job job = new Job(Messages.bind(Messages.launchJob, file.getFileName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    LaunchPlan plan = RunLauncher.prepare(file);
                    if (pointFilter != null) {
                        plan = pointFilter.choose(plan);
                        if (plan == null || plan.size() == 0) {
                            return Status.CANCEL_STATUS;
                        }
                    }
                    List<RunJob> jobs = new RunLauncher(RunJobService.getDefault()).launch(plan, workspace,
                            RunOptions.DEFAULT);
                    launched.accept(jobs.stream().map(RunJob::runId).toList());
                    return Status.OK_STATUS;
                } catch (LaunchException e) {
                    failed.accept(e.getMessage());
                    return Status.OK_STATUS;
                }
            }
        };
        job.setUser(false);
        job.schedule();
        return job;
    }

    /** Keeps the chosen points of a plan. */
    public static LaunchPlan subset(LaunchPlan plan, List<Integer> positions) {
        List<SweepPoint> points = new ArrayList<>();
        List<Experiment> resolved = new ArrayList<>();
        for (int i : positions) {
            points.add(plan.points().get(i));
            resolved.add(plan.resolved().get(i));
        }
        return new LaunchPlan(plan.experiment(), plan.source(), points, resolved);
    }

    /** Chooses the sweep points to run. */
    @FunctionalInterface
    public interface PointFilter {
        /**
         * Returns the plan to launch.
         *
         * @param plan the full plan
         * @return a plan with the chosen points, or null to launch nothing
         */
        LaunchPlan choose(LaunchPlan plan);
    }
}
