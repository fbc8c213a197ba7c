// The EMF EValidator of the LMW model, so EMF's Diagnostician and editors see the same rules as ModelValidation.
package org.lmw.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.lmw.model.LmwPackage;

/**
 * Validates the objects of {@link LmwPackage} for EMF's {@code Diagnostician}: EMF's basic constraints first,
 * then the workbench's rules.
 *
 * <p>Each diagnostic's data is {@code [object, feature, problem]}, EMF's convention for "this field of this
 * object" followed by the {@link Problem} itself. Call {@link #register()} once before using
 * {@code Diagnostician.INSTANCE}; {@link ModelValidation} needs no registration.
 */
public final class ExperimentValidator implements EValidator {

    /** The source of every diagnostic this validator creates. */
    public static final String DIAGNOSTIC_SOURCE = "org.lmw.model";

    /** The one instance; the validator holds no state. */
    public static final ExperimentValidator INSTANCE = new ExperimentValidator();

    private ExperimentValidator() {
    }

    /**
     * Registers this validator for {@link LmwPackage} in EMF's global validator registry; calling it again does
     * nothing.
     *
     * <p>A static registration rather than an extension: EMF core has no extension point for validators, and
     * this way the same call works in plain Java, in tests and in OSGi.
     */
    public static void register() {
        EValidator.Registry.INSTANCE.put(LmwPackage.eINSTANCE, INSTANCE);
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean valid = EObjectValidator.INSTANCE.validate(eClass, eObject, diagnostics, context);
        for (Problem problem : ModelValidation.validateObject(eObject)) {
            valid &= !problem.isError();
            if (diagnostics == null) {
                if (!valid) {
                    return false;
                }
                continue;
            }
            diagnostics.add(toDiagnostic(problem));
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        // Ranges depend on the field, not the data type, so they are checked per object above.
        return true;
    }

    /** Converts a problem to an EMF diagnostic with data {@code [object, feature, problem]}. */
    public static Diagnostic toDiagnostic(Problem problem) {
        int severity = switch (problem.severity()) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
        };
        return new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, 0, problem.message(),
                new Object[] {problem.object(), problem.feature(), problem});
    }
}
