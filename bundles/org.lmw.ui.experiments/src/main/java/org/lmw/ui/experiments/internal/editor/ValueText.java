// How the form writes and reads values as text: numbers, doubles in researchers' notation, comma-separated lists.
package org.lmw.ui.experiments.internal.editor;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.lmw.ui.experiments.Messages;

/**
 * Text conversions shared by the form's fields and table cells; free of SWT so they are tested without a display.
 */
public final class ValueText {
    private ValueText() {
    }

    /**
     * Parses the text of a number of the given type.
     *
     * <p>Numbers may be typed with an exponent ({@code 1e-3}); {@code Double.parseDouble}'s extras ({@code 1d},
     * hexadecimal, {@code Infinity}) are refused because a research form wants plain decimals.
     *
     * @param type {@code int}, {@code long} or {@code double} (or their boxes)
     * @param words the field in the user's words, for the message
     * @param text the typed text
     * @return the boxed value
     * @throws IllegalArgumentException with "words: 'text' is not a number" and the like
     */
    public static Object parseNumber(Class<?> type, String words, String text) {
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
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException(Messages.bind(Messages.parseNotNumber, words, t));
        }
        return Double.valueOf(t);
    }

    /** Formats a double the way researchers write it: {@code 0.05}, {@code 1e-8}, {@code 1.0}. */
    public static String formatDouble(double d) {
        if (d == 0) {
            return "0.0";
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

    /** Splits comma-separated text into its trimmed, non-empty items. */
    public static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Joins items with ", ". */
    public static String join(List<?> items) {
        StringBuilder out = new StringBuilder();
        for (Object item : items) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(item);
        }
        return out.toString();
    }
}
