// A validated experiment, expanded into the concrete experiments of its runs, ready to be launched.
package org.lmw.jobs;

import java.nio.file.Path;
import java.util.List;

import org.lmw.model.Experiment;
import org.lmw.model.validation.SweepExpander.SweepPoint;

/**
 * What {@link RunLauncher#prepare(Path)} produced: the experiment as loaded, its sweep points and, for each point,
 * the resolved experiment a run will train (the point's values set, no sweep).
 *
 * @param experiment the experiment as written
 * @param source the file it was loaded from, or {@code null}
 * @param points the sweep points, one per run
 * @param resolved the resolved experiment of each point, in the same order
 */
public record LaunchPlan(Experiment experiment, Path source, List<SweepPoint> points, List<Experiment> resolved) {

    /** Copies the lists so a plan never changes after it is made. */
    public LaunchPlan {
        points = List.copyOf(points);
        resolved = List.copyOf(resolved);
    }

    /**
     * Returns the number of runs the plan launches.
     *
     * @return at least 1
     */
    public int size() {
        return resolved.size();
    }

    /**
     * Returns the experiment's name, or the file's base name when the experiment has none.
     *
     * @return a name for run ids and messages
     */
    public String name() {
        String name = experiment.getName();
        if ((name == null || name.isBlank()) && source != null) {
            name = source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        }
        return name == null || name.isBlank() ? Messages.UNNAMED_EXPERIMENT : name;
    }
}
