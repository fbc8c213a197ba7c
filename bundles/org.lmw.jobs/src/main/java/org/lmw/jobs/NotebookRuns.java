// Finds the experiments a notebook's predictions need whose runs are missing, and launches just those runs.
package org.lmw.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.lmw.core.notebook.NotebookEvaluator;
import org.lmw.core.notebook.PredictionFreezer;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.core.persistence.ModelLoadException;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Cell;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.Notebook;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.Run;
import org.lmw.model.RunQuery;
import org.lmw.model.validation.SweepExpander.SweepPoint;

/**
 * The runs a notebook needs: for the latest version of every prediction, each run query ({@code query} and
 * {@code comparisonQuery}) that no run of the store matches (whatever its status: a failed run is evidence too, and is
 * not retried) names an experiment to run. The experiment is found by name among the {@code .lmw} files of the given
 * folders (the notebook's folder and the workspace, two levels deep, {@code runs/} skipped; an experiment's
 * {@code name}, else its file's base name), and only the sweep points whose hyperparameters match an unmatched query
 * are launched, the way {@code lmw run} launches them ({@link RunLauncher}).
 */
public final class NotebookRuns {

    /**
     * One experiment to launch.
     *
     * @param experiment its name
     * @param file its file
     * @param plan the plan, reduced to the sweep points the notebook needs
     */
    public record Launch(String experiment, Path file, LaunchPlan plan) {
    }

    /**
     * What a notebook needs.
     *
     * @param launches the experiments to launch
     * @param unresolved one line per query that cannot be satisfied: no experiment file of that name, or no sweep
     *        point that matches the query
     */
    public record Needs(List<Launch> launches, List<String> unresolved) {
        /** Whether nothing has to run. */
        public boolean isEmpty() {
            return launches.isEmpty();
        }
    }

    private NotebookRuns() {
    }

    /**
     * Works out the runs a notebook needs; writes nothing.
     *
     * @param notebook the notebook
     * @param store the run store, or null when the workspace has none yet
     * @param folders where to look for experiment files
     * @throws LaunchException when an experiment file that is needed is invalid
     */
    public static Needs needs(Notebook notebook, RunStore store, List<Path> folders) throws LaunchException {
        Map<String, List<RunQuery>> wanted = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        NotebookEvaluator evaluator = store == null ? null : new NotebookEvaluator(store);
        for (Cell cell : notebook.getCells()) {
            if (!(cell instanceof PredictionCell pc) || PredictionFreezer.latest(pc) == null) {
                continue;
            }
            Prediction p = PredictionFreezer.latest(pc);
            for (RunQuery q : new RunQuery[] {p.getQuery(), p.getComparisonQuery()}) {
                if (q == null || q.getExperiment() == null || q.getExperiment().isBlank()) {
                    continue;
                }
                try {
                    if (evaluator != null && !evaluator.select(q).isEmpty()) {
                        continue;
                    }
                } catch (IOException e) {
                    throw new LaunchException(Messages.oneLine(e), e);
                }
                wanted.computeIfAbsent(q.getExperiment(), k -> new ArrayList<>()).add(q);
            }
        }
        if (wanted.isEmpty()) {
            return new Needs(List.of(), unresolved);
        }
        Map<String, Path> files = experimentFiles(folders);
        List<Launch> launches = new ArrayList<>();
        for (Map.Entry<String, List<RunQuery>> e : wanted.entrySet()) {
            Path file = files.get(e.getKey());
            if (file == null) {
                unresolved.add("no experiment file named '" + e.getKey() + "' in " + folders);
                continue;
            }
            LaunchPlan plan = RunLauncher.prepare(file);
            List<SweepPoint> points = new ArrayList<>();
            List<Experiment> resolved = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                Run probe = probe(plan, plan.resolved().get(i));
                if (e.getValue().stream().anyMatch(q -> NotebookEvaluator.matches(q, probe))) {
                    points.add(plan.points().get(i));
                    resolved.add(plan.resolved().get(i));
                }
            }
            if (points.isEmpty()) {
                unresolved.add("experiment '" + e.getKey() + "' (" + file + ") has no run that matches the notebook's"
                        + " query (tags, sweep values)");
                continue;
            }
            launches.add(new Launch(e.getKey(), file, new LaunchPlan(plan.experiment(), plan.source(), points,
                    resolved)));
        }
        return new Needs(launches, unresolved);
    }

    /** The run a resolved experiment would get, as far as queries see it: name, tags, hyperparameters. */
    private static Run probe(LaunchPlan plan, Experiment resolved) {
        Run run = LmwFactory.eINSTANCE.createRun();
        run.setExperimentName(plan.name());
        run.getTags().addAll(plan.experiment().getTags());
        RunLauncher.addHyperparameters(run, resolved);
        return run;
    }

    /** Experiment files by name (first found wins), from the folders two levels deep, skipping run folders. */
    static Map<String, Path> experimentFiles(List<Path> folders) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path folder : folders) {
            if (folder == null || !Files.isDirectory(folder)) {
                continue;
            }
            List<Path> found;
            try (Stream<Path> walk = Files.walk(folder, 2)) {
                found = walk.filter(f -> f.getFileName().toString().endsWith("." + ExperimentFiles.EXTENSION))
                        .filter(f -> !f.getParent().getFileName().toString().equals(RunStore.RUNS_FOLDER))
                        .filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (Path f : found) {
                String base = f.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                try {
                    Experiment experiment = ExperimentFiles.load(f);
                    String name = experiment.getName() == null || experiment.getName().isBlank() ? base
                            : experiment.getName();
                    files.putIfAbsent(name, f);
                } catch (ModelLoadException e) {
                    // A damaged experiment that the notebook may not need; one it needs is reported as missing.
                }
                files.putIfAbsent(base, f);
            }
        }
        return files;
    }

    /**
     * Launches what a notebook needs (each experiment as {@code lmw run} would, restricted to the needed points).
     *
     * @return the jobs, in launch order
     */
    public static List<RunJob> launch(RunLauncher launcher, Needs needs, Path workspace, RunOptions options)
            throws LaunchException {
        List<RunJob> jobs = new ArrayList<>();
        for (Launch launch : needs.launches()) {
            jobs.addAll(launcher.launch(launch.plan(), workspace, options));
        }
        return jobs;
    }
}
