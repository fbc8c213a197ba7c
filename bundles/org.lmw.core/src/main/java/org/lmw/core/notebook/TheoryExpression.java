// Arithmetic over a run's hyperparameters, for theory values such as 2/learning_rate.
package org.lmw.core.notebook;

import java.util.Locale;
import java.util.Map;

/**
 * Evaluates a theory expression for one run: numbers, {@code + - * / ^}, parentheses, {@code sqrt log exp abs}, and
 * names. {@code learning_rate}, {@code lr}, {@code eta} and {@code η} name {@code optimizer.learningRate}; any other
 * name is a hyperparameter path ({@code model.width}) or, when exactly one hyperparameter has it as last segment, its
 * short name ({@code width}). Example: {@code 2/learning_rate} is the edge-of-stability sharpness 2/η.
 */
public final class TheoryExpression {
    private final String text;
    private final Map<String, String> hyperparameters;
    private int pos;

    private TheoryExpression(String text, Map<String, String> hyperparameters) {
        this.text = text;
        this.hyperparameters = hyperparameters;
    }

    /**
     * Evaluates an expression.
     *
     * @param expression the text
     * @param hyperparameters a run's hyperparameters by dotted path
     * @throws IllegalArgumentException with a one-line reason (a syntax error, an unknown name, a value that is not
     *         a number)
     */
    public static double evaluate(String expression, Map<String, String> hyperparameters) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("no theory expression");
        }
        TheoryExpression e = new TheoryExpression(expression, hyperparameters);
        double value = e.sum();
        e.skip();
        if (e.pos < e.text.length()) {
            throw e.error("unexpected '" + e.text.charAt(e.pos) + "'");
        }
        return value;
    }

    private double sum() {
        double value = product();
        while (true) {
            skip();
            if (eat('+')) {
                value += product();
            } else if (eat('-')) {
                value -= product();
            } else {
                return value;
            }
        }
    }

    private double product() {
        double value = power();
        while (true) {
            skip();
            if (eat('*')) {
                value *= power();
            } else if (eat('/')) {
                value /= power();
            } else {
                return value;
            }
        }
    }

    private double power() {
        double base = unary();
        skip();
        if (eat('^')) {
            return Math.pow(base, power());
        }
        return base;
    }

    private double unary() {
        skip();
        if (eat('-')) {
            return -unary();
        }
        if (eat('+')) {
            return unary();
        }
        return primary();
    }

    private double primary() {
        skip();
        if (eat('(')) {
            double value = sum();
            skip();
            if (!eat(')')) {
                throw error("missing ')'");
            }
            return value;
        }
        int start = pos;
        if (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                int mark = pos++;
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = mark;
                }
            }
            try {
                return Double.parseDouble(text.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error("bad number '" + text.substring(start, pos) + "'");
            }
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '.')) {
            pos++;
        }
        if (start == pos) {
            throw error(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'" : "unexpected end");
        }
        String name = text.substring(start, pos);
        skip();
        if (pos < text.length() && text.charAt(pos) == '(') {
            pos++;
            double argument = sum();
            skip();
            if (!eat(')')) {
                throw error("missing ')'");
            }
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "sqrt" -> Math.sqrt(argument);
                case "log", "ln" -> Math.log(argument);
                case "exp" -> Math.exp(argument);
                case "abs" -> Math.abs(argument);
                default -> throw error("unknown function '" + name + "'");
            };
        }
        return variable(name);
    }

    private double variable(String name) {
        String path = switch (name) {
            case "learning_rate", "lr", "eta", "η", "learningRate" -> "optimizer.learningRate";
            default -> name;
        };
        String value = hyperparameters.get(path);
        if (value == null) {
            String found = null;
            for (String key : hyperparameters.keySet()) {
                if (key.endsWith("." + path)) {
                    if (found != null) {
                        throw error("'" + name + "' is ambiguous: " + found + " or " + key);
                    }
                    found = key;
                }
            }
            if (found == null) {
                throw error("the run has no hyperparameter '" + name + "'");
            }
            path = found;
            value = hyperparameters.get(found);
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw error(path + " = '" + value + "' is not a number");
        }
    }

    private boolean eat(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("theory '" + text + "': " + what);
    }
}
