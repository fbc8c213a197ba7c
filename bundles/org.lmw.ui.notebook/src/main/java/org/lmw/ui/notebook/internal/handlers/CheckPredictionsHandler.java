// Notebook › Check Predictions: judges every prediction of the active notebook editor in a background job.
package org.lmw.ui.notebook.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.lmw.ui.notebook.NotebookEditor;

/** Starts the check of the notebook editor whose context holds it; enabled while no check of it runs. */
public class CheckPredictionsHandler {
    /** Enabled for a loaded notebook that is not being checked. */
    @CanExecute
    public boolean canExecute(@Optional NotebookEditor editor) {
        return editor != null && editor.getNotebook() != null && !editor.isChecking();
    }

    /** Schedules the check job; the editor shows the verdicts when it ends. */
    @Execute
    public void execute(@Optional NotebookEditor editor) {
        if (editor != null) {
            editor.checkPredictions();
        }
    }
}
