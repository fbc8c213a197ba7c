// A text field holding a whole number or a floating-point number, with "is not a number" parse errors.
package org.lmw.ui.experiments.internal.editor;

import org.eclipse.swt.widgets.Control;

/**
 * A field for an {@code int}, {@code long} or {@code double} attribute; see {@link ValueText} for what it accepts
 * and how it shows values.
 */
public final class NumberField extends TextField {
    private final Class<?> type;

    /** Binds a {@link org.eclipse.swt.widgets.Text} to a numeric attribute. */
    public NumberField(FieldHost host, FeaturePath path, String label, Control control) {
        super(host, path, label, control);
        this.type = path.attribute().getEAttributeType().getInstanceClass();
    }

    @Override
    protected Object parse(String text) {
        return ValueText.parseNumber(type, words(), text);
    }

    @Override
    protected String format(Object value) {
        return value instanceof Double d ? ValueText.formatDouble(d) : super.format(value);
    }
}
