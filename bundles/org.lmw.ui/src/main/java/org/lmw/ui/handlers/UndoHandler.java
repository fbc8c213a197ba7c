// Edit › Undo for any editor that keeps an EMF command stack in its part context.
package org.lmw.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.command.CommandStack;

/**
 * Undoes the last edit of the editor whose context holds the {@link CommandStack}. Editors (ours and third parties')
 * contribute it on their part descriptor for the command {@code org.eclipse.ui.edit.undo}, so it is active only while
 * that editor is.
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
