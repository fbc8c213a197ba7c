// The scheduling rule of a run's job: two jobs on the same run folder (a run and its resume) never overlap.
package org.lmw.jobs;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * A scheduling rule per run folder: jobs on different runs run side by side (bounded by the queue), jobs on the same
 * run run one after the other.
 */
public final class RunFolderRule implements ISchedulingRule {

    private final Path folder;

    /**
     * Creates the rule of a run folder.
     *
     * @param folder the run's folder; compared after normalisation
     */
    public RunFolderRule(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * Returns the run folder this rule guards.
     *
     * @return the absolute folder
     */
    public Path folder() {
        return folder;
    }

    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this || rule instanceof RunFolderRule other && other.folder.startsWith(folder);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule instanceof RunFolderRule other
                && (other.folder.startsWith(folder) || folder.startsWith(other.folder));
    }

    @Override
    public String toString() {
        return "RunFolderRule[" + folder + "]";
    }
}
