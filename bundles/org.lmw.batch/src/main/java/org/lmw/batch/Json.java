// A tiny JSON writer for the CLI's machine-readable output: maps, lists, strings, numbers, booleans and null.
package org.lmw.batch;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON text from plain Java values, so the product needs no JSON library.
 *
 * <p>Maps (keys as strings, in iteration order), collections and arrays of objects, strings, numbers, booleans and
 * {@code null}. A non-finite double ({@code NaN} for "not measured") becomes {@code null}, since JSON has no NaN.
 * Strings are escaped per RFC 8259, control characters as {@code \\uXXXX}; U+2028 and U+2029 are escaped too so that
 * the output is also valid JavaScript.
 */
public final class Json {

    private Json() {
    }

    /**
     * Writes a value as JSON on one line.
     *
     * @param value the value
     * @return the JSON text
     * @throws IllegalArgumentException for a value of another type
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Double || value instanceof Float) {
            number(((Number) value).doubleValue(), out);
        } else if (value instanceof Number n) {
            out.append(n.longValue());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object element : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(element, out);
            }
            out.append(']');
        } else if (value instanceof Object[] array) {
            write(java.util.Arrays.asList(array), out);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void number(double d, StringBuilder out) {
        if (!Double.isFinite(d)) {
            out.append("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            out.append((long) d);
        } else {
            // Shortest text that reads back as the same double; its exponent form (1.0E-4) is valid JSON.
            out.append(Double.toString(d));
        }
    }

    /**
     * Appends a string as a JSON string literal.
     *
     * @param s the string
     * @param out where to append
     */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
