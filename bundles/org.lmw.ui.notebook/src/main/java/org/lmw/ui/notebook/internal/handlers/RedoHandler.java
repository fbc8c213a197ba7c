// Edit › Redo for the active notebook editor: redoes the last undone command of its command stack.
package org.lmw.ui.notebook.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.CommandStack;

/** Redoes the last undone edit of the notebook editor whose context holds the {@link CommandStack}. */
public class RedoHandler {
    /** Enabled while the stack has something to redo. */
    @CanExecute
    public boolean canExecute(@Optional CommandStack stack) {
        return stack != null && stack.canRedo();
    }

    /** Redoes the last undone command. */
    @Execute
    public void execute(@Optional CommandStack stack) {
        if (stack != null && stack.canRedo()) {
            stack.redo();
        }
    }
}
