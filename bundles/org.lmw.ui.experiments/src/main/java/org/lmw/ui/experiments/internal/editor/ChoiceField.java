// A read-only combo for an enumeration attribute (architecture, activation, optimizer kind, ...).
package org.lmw.ui.experiments.internal.editor;

import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.lmw.model.Experiment;

/** A field for an Ecore enumeration, offering its literals as the file spells them ({@code full-batch}). */
public final class ChoiceField extends Field {
    private final Combo combo;
    private final List<EEnumLiteral> literals;

    /** Binds a read-only combo to an enumeration attribute and fills it with the literals. */
    public ChoiceField(FieldHost host, FeaturePath path, String label, Combo combo) {
        super(host, path, label);
        this.combo = combo;
        this.literals = ((EEnum) path.attribute().getEAttributeType()).getELiterals();
        for (EEnumLiteral literal : literals) {
            combo.add(literal.getLiteral());
        }
        combo.setVisibleItemCount(Math.min(literals.size(), 12));
        decorate(combo);
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            if (!updating && index >= 0) {
                host.edit(path, literals.get(index).getInstance(), false);
            }
        });
    }

    @Override
    public Control control() {
        return combo;
    }

    @Override
    public void refresh(Experiment experiment) {
        Object value = path.get(experiment);
        int index = -1;
        for (int i = 0; i < literals.size(); i++) {
            if (literals.get(i).getInstance() == value) {
                index = i;
            }
        }
        if (combo.getSelectionIndex() != index) {
            updating = true;
            try {
                if (index < 0) {
                    combo.deselectAll();
                } else {
                    combo.select(index);
                }
            } finally {
                updating = false;
            }
        }
    }

    /** Selects the literal whose text is {@code text} and edits the model, as a user's choice would. */
    @Override
    public void setText(String text) {
        for (int i = 0; i < literals.size(); i++) {
            EEnumLiteral literal = literals.get(i);
            if (literal.getLiteral().equalsIgnoreCase(text) || literal.getName().equalsIgnoreCase(text)) {
                combo.select(i);
                host.edit(path, literal.getInstance(), false);
                return;
            }
        }
        throw new IllegalArgumentException(text + " is not one of " + combo.getItems().length + " choices");
    }

    /** Returns the selected literal, e.g. {@code sgd}. */
    public Enumerator selected() {
        int index = combo.getSelectionIndex();
        return index < 0 ? null : literals.get(index).getInstance();
    }
}
