// Edit › Undo for the active notebook editor: undoes the last command of its command stack.
package org.lmw.ui.notebook.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.CommandStack;

/**
 * Undoes the last edit of the notebook editor whose context holds the {@link CommandStack}; contributed on the
 * editor's part descriptor, so it is active only while that editor is.
 */
public class UndoHandler {
    /** Enabled while the stack has something to undo. */
    @CanExecute
    public boolean canExecute(@Optional CommandStack stack) {
        return stack != null && stack.canUndo();
    }

    /** Undoes the last command. */
    @Execute
    public void execute(@Optional CommandStack stack) {
        if (stack != null && stack.canUndo()) {
            stack.undo();
        }
    }
}
