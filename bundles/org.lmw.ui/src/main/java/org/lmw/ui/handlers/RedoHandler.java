// Edit › Redo for any editor that keeps an EMF command stack in its part context.
package org.lmw.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.CommandStack;

/** Redoes the last undone edit of the editor whose context holds the {@link CommandStack} (see {@link UndoHandler}). */
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
