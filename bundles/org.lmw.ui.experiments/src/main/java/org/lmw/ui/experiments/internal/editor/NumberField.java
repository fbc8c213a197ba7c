// A text field holding a whole number or a floating-point number, with "is not a number" parse errors.
package org.lmw.ui.experiments.internal.editor;

import java.math.BigDecimal;

import org.eclipse.swt.widgets.Control;
import org.lmw.ui.experiments.Messages;

/**
 * A field for an {@code int}, {@code long} or {@code double} attribute.
 *
 * <p>Numbers may be typed with an exponent ({@code 1e-3}); the field shows them back in plain notation where that
 * stays short and in exponent notation for the tiny and huge values optimizers use ({@code 1e-8}).
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
        return parse(type, words(), text);
    }

    /**
     * Parses the text of a number of the given type.
     *
     * @param type {@code int}, {@code long} or {@code double} (or their boxes)
     * @param words the field in the user's words, for the message
     * @param text the typed text
     * @return the boxed value
     * @throws IllegalArgumentException with "words: 'text' is not a number" and the like
     */
    public static Object parse(Class<?> type, String words, String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(Messages.bind(Messages.parseEmpty, words));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            BigDecimal number;
            try {
                number = new BigDecimal(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.bind(Messages.parseNotNumber, words, t), e);
            }
            try {
                long whole = number.longValueExact();
                if (type == int.class || type == Integer.class) {
                    return Math.toIntExact(whole);
                }
                return whole;
            } catch (ArithmeticException e) {
                boolean fraction = number.stripTrailingZeros().scale() > 0;
                throw new IllegalArgumentException(Messages.bind(
                        fraction ? Messages.parseNotWholeNumber : Messages.parseTooLarge, words, t), e);
            }
        }
        // Double.parseDouble would also take "1d", "0x1p3" and "Infinity"; a research form wants plain decimals.
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException(Messages.bind(Messages.parseNotNumber, words, t));
        }
        return Double.valueOf(t);
    }

    @Override
    protected String format(Object value) {
        if (value instanceof Double d) {
            return formatDouble(d);
        }
        return super.format(value);
    }

    /** Formats a double the way researchers write it: {@code 0.05}, {@code 1e-8}, {@code 1.0}. */
    public static String formatDouble(double d) {
        if (d == 0 || Double.isNaN(d) || Double.isInfinite(d)) {
            return d == 0 ? "0.0" : Double.toString(d);
        }
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }
}
