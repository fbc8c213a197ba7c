// Names model objects and fields in the user's words, for validation messages and hyperparameter labels.
package org.lmw.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.lmw.model.Cell;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.LmwPackage;
import org.lmw.model.Notebook;
import org.lmw.model.Parameter;
import org.lmw.model.Prediction;
import org.lmw.model.SweepAxis;

/** Turns model objects and features into the words a message shows. */
final class Labels {

    private Labels() {
    }

    /** Returns who a problem on {@code object} is about: its root experiment or notebook, or its type. */
    static String owner(EObject object) {
        EObject root = object;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        if (root instanceof Experiment experiment) {
            return isBlank(experiment.getName()) ? Messages.OWNER_EXPERIMENT_UNNAMED
                    : String.format(Messages.OWNER_EXPERIMENT, experiment.getName());
        }
        if (root instanceof Notebook notebook) {
            return isBlank(notebook.getTitle()) ? Messages.OWNER_NOTEBOOK_UNTITLED
                    : String.format(Messages.OWNER_NOTEBOOK, notebook.getTitle());
        }
        String type = words(root.eClass().getName());
        return String.format(Messages.OWNER_OTHER, Character.toUpperCase(type.charAt(0)) + type.substring(1));
    }

    /**
     * Returns where {@code object} sits inside its owner ("optimizer", "instrument 'sharpness'"), or the empty
     * string for the owner itself.
     */
    static String where(EObject object) {
        List<String> parts = new ArrayList<>();
        for (EObject o = object; o.eContainer() != null; o = o.eContainer()) {
            String part = segment(o);
            if (!part.isEmpty()) {
                parts.add(0, part);
            }
            // A schedule names itself fully; "optimizer learning-rate schedule" would only add noise.
            if (o.eContainingFeature() == LmwPackage.Literals.OPTIMIZER_SPEC__SCHEDULE) {
                break;
            }
        }
        return String.join(" ", parts);
    }

    /** Returns {@link #where(EObject)}, or the object's type in words where that is empty (a root object). */
    static String subject(EObject object) {
        String where = where(object);
        return where.isEmpty() ? words(object.eClass().getName()) : where;
    }

    /** Returns "where field", e.g. "optimizer learning rate", for a field of {@code object}. */
    static String field(EObject object, EStructuralFeature feature) {
        String where = where(object);
        String field = field(feature);
        return where.isEmpty() ? field : where + " " + field;
    }

    /** Returns the words for a feature alone, e.g. "learning rate". */
    static String field(EStructuralFeature feature) {
        String key = feature.getEContainingClass().getName() + "." + feature.getName();
        String override = Messages.FIELD_WORDS.get(key);
        return override != null ? override : words(feature.getName());
    }

    /** Returns the words for an object reached through a single containment reference of an experiment. */
    static String container(EReference reference) {
        if (reference == LmwPackage.Literals.EXPERIMENT__DATASET) {
            return Messages.WHERE_DATASET;
        } else if (reference == LmwPackage.Literals.EXPERIMENT__MODEL) {
            return Messages.WHERE_MODEL;
        } else if (reference == LmwPackage.Literals.EXPERIMENT__OPTIMIZER) {
            return Messages.WHERE_OPTIMIZER;
        } else if (reference == LmwPackage.Literals.EXPERIMENT__TRAINING) {
            return Messages.WHERE_TRAINING;
        } else if (reference == LmwPackage.Literals.OPTIMIZER_SPEC__SCHEDULE) {
            return Messages.WHERE_SCHEDULE;
        } else if (reference == LmwPackage.Literals.EXPERIMENT__SWEEP) {
            return Messages.WHERE_SWEEP;
        }
        return words(reference.getName());
    }

    private static String segment(EObject o) {
        EStructuralFeature containing = o.eContainingFeature();
        if (o instanceof SweepAxis axis) {
            return isBlank(axis.getParameter()) ? String.format(Messages.WHERE_SWEEP_AXIS_NTH, position(o))
                    : String.format(Messages.WHERE_SWEEP_AXIS, axis.getParameter());
        }
        if (o instanceof InstrumentSpec instrument) {
            return isBlank(instrument.getInstrumentId())
                    ? String.format(Messages.WHERE_INSTRUMENT_NTH, position(o))
                    : String.format(Messages.WHERE_INSTRUMENT, instrument.getInstrumentId());
        }
        if (o instanceof Parameter parameter) {
            return isBlank(parameter.getKey()) ? String.format(Messages.WHERE_PARAMETER_NTH, position(o))
                    : String.format(Messages.WHERE_PARAMETER, parameter.getKey());
        }
        if (o instanceof Cell cell) {
            return isBlank(cell.getId()) ? String.format(Messages.WHERE_CELL_NTH, position(o))
                    : String.format(Messages.WHERE_CELL, cell.getId());
        }
        if (o instanceof Prediction prediction) {
            return String.format(Messages.WHERE_PREDICTION, prediction.getVersion());
        }
        if (containing == LmwPackage.Literals.CHART_CELL__QUERY
                || containing == LmwPackage.Literals.PREDICTION__QUERY) {
            return Messages.WHERE_RUN_QUERY;
        }
        if (containing == LmwPackage.Literals.PREDICTION__EVIDENCE) {
            return Messages.WHERE_EVIDENCE;
        }
        if (containing instanceof EReference reference && o.eContainer() instanceof Experiment
                || containing == LmwPackage.Literals.OPTIMIZER_SPEC__SCHEDULE) {
            return container((EReference) containing);
        }
        return containing == null ? "" : words(containing.getName());
    }

    /** Returns the 1-based position of a contained object in its list, as users count. */
    static int position(EObject o) {
        EStructuralFeature containing = o.eContainingFeature();
        if (containing != null && containing.isMany()) {
            return ((List<?>) o.eContainer().eGet(containing)).indexOf(o) + 1;
        }
        return 1;
    }

    /** Splits a camel-case name into lower-case words: "learningRate" becomes "learning rate". */
    static String words(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && !Character.isUpperCase(camel.charAt(i - 1));
            if (boundary) {
                out.append(' ');
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
