// Notebook › Freeze All: freezes every draft prediction of the active notebook editor, as one undoable step.
package org.lmw.ui.notebook.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.lmw.ui.notebook.NotebookEditor;

/** Freezes the draft predictions of the notebook editor whose context holds it. */
public class FreezePredictionsHandler {
    /** Enabled while the notebook has a draft prediction. */
    @CanExecute
    public boolean canExecute(@Optional NotebookEditor editor) {
        return editor != null && editor.getNotebook() != null && editor.draftCount() > 0;
    }

    /** Freezes every draft. */
    @Execute
    public void execute(@Optional NotebookEditor editor) {
        if (editor != null) {
            editor.freezeAll();
        }
    }
}
