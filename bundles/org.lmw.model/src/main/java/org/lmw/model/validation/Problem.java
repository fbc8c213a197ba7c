// One finding of model validation: how bad, on which object and field, and what to tell the user.
package org.lmw.model.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A validation finding on one field of one model object.
 *
 * <p>The message is complete and names the owner and the field in the user's words, e.g.
 * {@code Experiment 'fmnist-mlp': optimizer learning rate must be > 0 (was -0.1)}; {@link #detail()} is the
 * same text without the owner, for places that already show it (a form field's decoration).
 *
 * @param severity how bad it is
 * @param rule a stable identifier of the rule that fired (for filters, quick fixes and tests)
 * @param object the model object the problem is on
 * @param feature the field of {@code object} to highlight, or {@code null} for the object as a whole
 * @param message the full message naming owner and field
 * @param detail the message without the owner prefix
 */
public record Problem(Severity severity, String rule, EObject object, EStructuralFeature feature, String message,
        String detail) {

    /** How bad a problem is; an {@link #ERROR} keeps an experiment from running. */
    public enum Severity {
        /** The model cannot be run or checked as it is. */
        ERROR,
        /** The model runs, but probably not as the user meant. */
        WARNING,
        /** Worth knowing; nothing is wrong. */
        INFO
    }

    /** Checks the record's invariants. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(detail, "detail");
    }

    /** Tells whether this problem keeps the model from being run. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + ": " + message;
    }
}
