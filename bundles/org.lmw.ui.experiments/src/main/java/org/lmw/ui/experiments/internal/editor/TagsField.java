// A text field for a list of strings typed comma-separated, such as an experiment's tags.
package org.lmw.ui.experiments.internal.editor;

import java.util.List;

import org.eclipse.swt.widgets.Control;

/** A field for a many-valued string attribute, shown and typed as {@code a, b, c}. */
public final class TagsField extends TextField {

    /** Binds a {@link org.eclipse.swt.widgets.Text} to a many-valued string attribute. */
    public TagsField(FieldHost host, FeaturePath path, String label, Control control) {
        super(host, path, label, control);
    }

    @Override
    protected Object parse(String text) {
        return ValueText.split(text);
    }

    @Override
    protected String format(Object value) {
        return value instanceof List<?> list ? ValueText.join(list) : "";
    }
}
