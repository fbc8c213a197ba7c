// One labelled form field bound to one attribute of the experiment, with its inline problem marker.
package org.lmw.ui.experiments.internal.editor;

import java.util.List;
import java.util.Objects;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.lmw.model.Experiment;
import org.lmw.ui.experiments.EditorKeys;
import org.lmw.ui.experiments.Messages;

/**
 * A form field: shows the value of its {@link FeaturePath}, writes edits back through the {@link FieldHost}, and
 * shows a validation problem or a parse error next to itself.
 *
 * <p>Subclasses create the control; this class keeps the decoration and the parse error so every kind of field
 * reports problems the same way.
 */
public abstract class Field {
    /** Horizontal room left of a control for its decoration. */
    static final int DECORATION_INDENT = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth();

    protected final FieldHost host;
    protected final FeaturePath path;
    protected final String label;
    /** Set while the field writes the model's value into its control, so the control's events are not edits. */
    protected boolean updating;
    private ControlDecoration decoration;
    private String parseError;
    private Label labelControl;

    protected Field(FieldHost host, FeaturePath path, String label) {
        this.host = host;
        this.path = path;
        this.label = label;
    }

    /** Returns the field's path. */
    public FeaturePath path() {
        return path;
    }

    /** Returns the field's label as the form shows it. */
    public String label() {
        return label;
    }

    /** Returns the control that edits the value. */
    public abstract Control control();

    /** Shows the model's current value, unless the user is typing a text that already means it. */
    public abstract void refresh(Experiment experiment);

    /** Returns why the text in the control is not a value, or {@code null} when it is one (or the field has none). */
    public String parseError() {
        return parseError;
    }

    /** Enables or disables the field (e.g. Adam's betas while the optimizer is SGD). */
    public void setEnabled(boolean enabled) {
        Control control = control();
        if (control.getEnabled() != enabled) {
            control.setEnabled(enabled);
            // The theme keeps a disabled text's colours on GTK, so the greyed label is what tells the user.
            if (labelControl != null && !labelControl.isDisposed()) {
                labelControl.setForeground(enabled ? null
                        : control.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
            }
        }
    }

    /** Sets the label shown before the field, which greys out with it. */
    public void setLabelControl(Label label) {
        this.labelControl = label;
    }

    /** Names the control with the field's key and prepares its decoration; subclasses call it once. */
    protected void decorate(Control control) {
        control.setData(EditorKeys.WIDGET_KEY, path.key());
        decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.hide();
        if (control.getLayoutData() instanceof GridData data) {
            data.horizontalIndent = DECORATION_INDENT;
        }
    }

    /** Records whether the control's text parses; the host redoes the summary when this changes. */
    protected void setParseError(String error) {
        if (!Objects.equals(error, parseError)) {
            parseError = error;
            host.parseErrorsChanged();
        }
    }

    /**
     * Shows the field's problems: its parse error first, else the validation messages on its attribute.
     *
     * @param errors validation errors on this field
     * @param warnings validation warnings on this field
     */
    public void showProblems(List<String> errors, List<String> warnings) {
        if (decoration == null) {
            return;
        }
        String text;
        String image;
        if (parseError != null) {
            text = parseError;
            image = FieldDecorationRegistry.DEC_ERROR;
        } else if (!errors.isEmpty()) {
            text = String.join("\n", errors);
            image = FieldDecorationRegistry.DEC_ERROR;
        } else if (!warnings.isEmpty()) {
            text = String.join("\n", warnings);
            image = FieldDecorationRegistry.DEC_WARNING;
        } else {
            decoration.hide();
            decoration.setDescriptionText(null);
            return;
        }
        FieldDecoration standard = FieldDecorationRegistry.getDefault().getFieldDecoration(image);
        decoration.setImage(standard.getImage());
        decoration.setDescriptionText(text);
        decoration.show();
    }

    /** Returns the text the decoration shows, or {@code null} when it is hidden (tests read it). */
    public String decorationText() {
        return decoration != null && decoration.isVisible() ? decoration.getDescriptionText() : null;
    }

    /** Returns the label as words inside a sentence, for parse errors. */
    protected String words() {
        return Messages.inSentence(label);
    }

    /** Puts {@code text} into the control as if the user typed it (a test hook). */
    public abstract void setText(String text);
}
