// A form field edited as text: free text, numbers, tag lists, or an editable combo such as the dataset name.
package org.lmw.ui.experiments.internal.editor;

import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.lmw.model.Experiment;

/**
 * A field whose control holds text: a {@link Text} or an editable {@link Combo}.
 *
 * <p>Every keystroke that gives a valid value edits the model (merged into one undo step per typing session), so
 * validation is live; text that does not parse leaves the model as it is and shows a parse error instead.
 * Subclasses define the conversion with {@link #parse(String)} and {@link #format(Object)}.
 */
public class TextField extends Field {
    private final Control control;

    /**
     * Binds a control that is a {@link Text} or an editable {@link Combo}.
     *
     * @param host the editor
     * @param path the field
     * @param label the label shown next to it
     * @param control the control, already laid out
     */
    public TextField(FieldHost host, FeaturePath path, String label, Control control) {
        super(host, path, label);
        if (!(control instanceof Text) && !(control instanceof Combo)) {
            throw new IllegalArgumentException("not a text control: " + control);
        }
        this.control = control;
        decorate(control);
        control.addListener(SWT.Modify, e -> textChanged());
        control.addListener(SWT.FocusOut, e -> {
            host.endTyping();
            // Leaving the field shows the model's value in its canonical form ("1e-3" becomes "0.001").
            if (parseError() == null) {
                refreshText(host.experiment(), true);
            }
        });
    }

    @Override
    public Control control() {
        return control;
    }

    /**
     * Converts the control's text to the attribute's value.
     *
     * @throws IllegalArgumentException with the user message when the text is no value
     */
    protected Object parse(String text) {
        return text;
    }

    /** Converts the attribute's value to the text the control shows. */
    protected String format(Object value) {
        return value == null ? "" : value.toString();
    }

    @Override
    public void refresh(Experiment experiment) {
        refreshText(experiment, false);
    }

    private void refreshText(Experiment experiment, boolean force) {
        Object value = path.get(experiment);
        String current = getText();
        if (!force && control.isFocusControl()) {
            // Keep what the user is typing ("0.10", "1e-3") as long as it still means the model's value.
            try {
                if (Objects.equals(parse(current), value)) {
                    return;
                }
            } catch (IllegalArgumentException e) {
                // The text is not a value; an undo or another edit changed the model, so show the model.
            }
        }
        String text = format(value);
        if (!text.equals(current)) {
            updating = true;
            try {
                setControlText(text);
            } finally {
                updating = false;
            }
        }
        setParseError(null);
    }

    private void textChanged() {
        if (updating) {
            return;
        }
        Object value;
        try {
            value = parse(getText());
        } catch (IllegalArgumentException e) {
            setParseError(e.getMessage());
            return;
        }
        setParseError(null);
        host.edit(path, value, true);
    }

    @Override
    public void setText(String text) {
        // Text and Combo send Modify for setText as for typing, so this goes through textChanged().
        setControlText(text);
    }

    /** Returns the control's text. */
    public String getText() {
        return control instanceof Text text ? text.getText() : ((Combo) control).getText();
    }

    private void setControlText(String text) {
        if (control instanceof Text t) {
            t.setText(text);
        } else {
            ((Combo) control).setText(text);
        }
    }
}
