// Fills every attribute and containment of a model object with non-default values, for round-trip tests.
package org.lmw.core.persistence;

import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.lmw.model.LmwPackage;

/**
 * Sets every feature of a model tree reflectively, so a round trip covers fields added to the model later
 * without anyone remembering to extend the test.
 */
final class ModelFiller {

    private int counter;

    /** Fills {@code object} and creates and fills everything it can contain, down to {@code depth} levels. */
    void fill(EObject object, int depth) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isDerived() || attribute.isTransient() || !attribute.isChangeable()) {
                continue;
            }
            if (attribute.isMany()) {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) object.eGet(attribute);
                values.add(value(attribute, 0));
                values.add(value(attribute, 1));
            } else {
                object.eSet(attribute, value(attribute, 0));
            }
        }
        if (depth <= 0) {
            return;
        }
        for (EReference reference : object.eClass().getEAllContainments()) {
            for (EClass concrete : concreteSubtypes(reference.getEReferenceType())) {
                EObject child = EcoreUtil.create(concrete);
                fill(child, depth - 1);
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<EObject> children = (List<EObject>) object.eGet(reference);
                    children.add(child);
                } else {
                    object.eSet(reference, child);
                    break;
                }
            }
        }
    }

    private Object value(EAttribute attribute, int index) {
        EDataType type = attribute.getEAttributeType();
        counter++;
        if (type instanceof EEnum eEnum) {
            // The last literal is never the default (the first), so the value is really stored.
            return eEnum.getELiterals().get(eEnum.getELiterals().size() - 1 - index % 2).getInstance();
        }
        Class<?> c = type.getInstanceClass();
        if (c == int.class) {
            return 1000 + counter;
        } else if (c == long.class) {
            return 5_000_000_000L + counter;
        } else if (c == double.class) {
            // Values with long binary expansions check that no precision is lost on the way through text.
            return counter / 3.0 + 1e-9;
        } else if (c == boolean.class) {
            return !((Boolean) attribute.getDefaultValue());
        } else if (c == Date.class) {
            return new Date(1_700_000_000_123L + counter * 1000L);
        }
        // Markup characters, quotes, a tab and a newline, and non-ASCII: what users put in notebooks.
        return attribute.getName() + "-" + counter + " <b>\"μP\" & 'η' ≥ 2/η\ttab\nline</b>";
    }

    private static List<EClass> concreteSubtypes(EClass type) {
        if (!type.isAbstract()) {
            return List.of(type);
        }
        return LmwPackage.eINSTANCE.getEClassifiers().stream()
                .filter(c -> c instanceof EClass e && !e.isAbstract() && type.isSuperTypeOf(e))
                .map(EClass.class::cast).toList();
    }
}
