// The simple entry point to validation: a model object in, a list of user-worded problems out.
package org.lmw.model.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lmw.model.validation.Problem.Severity;

/**
 * Validates experiments, notebooks and their parts without going through EMF's {@code Diagnostician}.
 *
 * <p>Both this class and {@link ExperimentValidator} run the same rules, so the editor's markers, the
 * Problems view and the headless {@code check} agree on every message.
 */
public final class ModelValidation {

    private ModelValidation() {
    }

    /**
     * Validates an object and everything it contains, in document order.
     *
     * @return the problems found, errors and warnings in the order of the objects they are on; empty when the
     *         model is valid
     */
    public static List<Problem> validate(EObject root) {
        List<Problem> problems = new ArrayList<>();
        collect(root, problems);
        root.eAllContents().forEachRemaining(o -> collect(o, problems));
        return Collections.unmodifiableList(problems);
    }

    /** Validates one object only, not what it contains. */
    public static List<Problem> validateObject(EObject object) {
        List<Problem> problems = new ArrayList<>();
        collect(object, problems);
        return Collections.unmodifiableList(problems);
    }

    /** Tells whether any of the problems is an {@link Severity#ERROR}. */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Returns only the errors among the problems. */
    public static List<Problem> errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static void collect(EObject object, List<Problem> into) {
        String owner = Labels.owner(object);
        ModelRules.check(object, (severity, rule, o, feature, detail) -> into.add(new Problem(severity, rule, o,
                feature, String.format(Messages.PROBLEM, owner, detail), detail)));
    }
}
