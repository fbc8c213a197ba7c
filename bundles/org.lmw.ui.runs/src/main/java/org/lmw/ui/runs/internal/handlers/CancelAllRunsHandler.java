// Handler of Run › Cancel All Runs: cancels every training run of this workbench (each stops within a step).
package org.lmw.ui.runs.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.lmw.jobs.RunJobService;

/** Cancels all runs of the job service. */
public class CancelAllRunsHandler {

    @CanExecute
    public boolean canExecute() {
        return !RunJobService.getDefault().activeRuns().isEmpty();
    }

    @Execute
    public void execute() {
        RunJobService.getDefault().cancelAll();
    }
}
