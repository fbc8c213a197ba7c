// A check box for a boolean attribute (shuffle).
package org.lmw.ui.experiments.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.lmw.model.Experiment;

/** A field for a boolean attribute. */
public final class CheckField extends Field {
    private final Button button;

    /** Binds a check box to a boolean attribute. */
    public CheckField(FieldHost host, FeaturePath path, String label, Button button) {
        super(host, path, label);
        this.button = button;
        decorate(button);
        button.addListener(SWT.Selection, e -> {
            if (!updating) {
                host.edit(path, button.getSelection(), false);
            }
        });
    }

    @Override
    public Control control() {
        return button;
    }

    @Override
    public void refresh(Experiment experiment) {
        boolean value = Boolean.TRUE.equals(path.get(experiment));
        if (button.getSelection() != value) {
            updating = true;
            try {
                button.setSelection(value);
            } finally {
                updating = false;
            }
        }
    }

    /** Sets the box from {@code true} or {@code false} and edits the model, as a click would. */
    @Override
    public void setText(String text) {
        boolean value = Boolean.parseBoolean(text.strip());
        button.setSelection(value);
        host.edit(path, value, false);
    }
}
