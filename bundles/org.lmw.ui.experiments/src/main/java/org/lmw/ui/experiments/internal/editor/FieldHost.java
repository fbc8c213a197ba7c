// What a form field needs from the editor: the experiment, and a way to change it through the command stack.
package org.lmw.ui.experiments.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.lmw.model.Experiment;

/** The editor as its fields see it. */
public interface FieldHost {
    /** Returns the edited experiment. */
    Experiment experiment();

    /**
     * Sets a field through the command stack; does nothing when the value is unchanged.
     *
     * @param path the field
     * @param value the new value
     * @param typing whether the edit comes from typing, so consecutive edits of this field become one undo step
     */
    void edit(FeaturePath path, Object value, boolean typing);

    /** Ends the current typing step, e.g. when a field loses focus. */
    void endTyping();

    /** Returns the editing domain the commands are created for. */
    EditingDomain domain();

    /** Runs a command on the editor's command stack as one undo step (table edits, add, remove). */
    void execute(Command command);

    /** Tells the editor that a field's text stopped or started parsing, so the problems summary is redone. */
    void parseErrorsChanged();
}
