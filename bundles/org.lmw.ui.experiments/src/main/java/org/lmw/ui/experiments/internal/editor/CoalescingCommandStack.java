// The editor's command stack: typing into one field becomes one undo step, not one per keystroke.
package org.lmw.ui.experiments.internal.editor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * A {@link BasicCommandStack} that merges consecutive edits of the same field into the previous undo step.
 *
 * <p>The form commits a text field on every keystroke so validation is live; without merging, typing
 * {@code 0.001} would leave five undo steps, four of them with values nobody meant. Merging stops when another field
 * is edited, the field loses focus ({@link #endCoalescing()}), an undo or redo happens, or the merged step is the
 * saved state (so "saved" keeps meaning the bytes on disk).
 */
public final class CoalescingCommandStack extends BasicCommandStack {
    private Object coalesceKey;
    private Command coalesced;

    /**
     * Executes a command, merging it into the top of the stack when it edits the same field as the last one.
     *
     * @param command the command
     * @param key identifies the edited field; {@code null} never merges
     */
    public void execute(Command command, Object key) {
        boolean merge = key != null && key.equals(coalesceKey) && top >= 0 && top == commandList.size() - 1
                && commandList.get(top) == coalesced && saveIndex != top;
        if (!merge) {
            execute(command);
            if (command != null && mostRecentCommand == command) {
                coalesceKey = key;
                coalesced = command;
            }
            return;
        }
        if (command == null || !command.canExecute()) {
            if (command != null) {
                command.dispose();
            }
            return;
        }
        try {
            command.execute();
        } catch (RuntimeException e) {
            handleError(e);
            command.dispose();
            notifyListeners();
            return;
        }
        Command previous = commandList.get(top);
        CompoundCommand merged = new CompoundCommand(previous.getLabel(), previous.getDescription());
        merged.append(previous);
        merged.append(command);
        commandList.set(top, merged);
        mostRecentCommand = merged;
        coalesced = merged;
        notifyListeners();
    }

    @Override
    public void execute(Command command) {
        endCoalescing();
        super.execute(command);
    }

    @Override
    public void undo() {
        endCoalescing();
        super.undo();
    }

    @Override
    public void redo() {
        endCoalescing();
        super.redo();
    }

    @Override
    public void flush() {
        endCoalescing();
        super.flush();
    }

    /** Makes the next edit a step of its own, e.g. when the field being typed into loses focus. */
    public void endCoalescing() {
        coalesceKey = null;
        coalesced = null;
    }
}
