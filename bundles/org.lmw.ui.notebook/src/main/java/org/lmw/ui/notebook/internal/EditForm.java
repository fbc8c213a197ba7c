// A small labelled form for a cell's edit mode: text fields and choices in a grid, then Apply and Cancel.
package org.lmw.ui.notebook.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/** The fields of an edit form by name; values are read as text when the user applies. */
public final class EditForm {
    private final Composite grid;
    private final Theme theme;
    private final BiConsumer<Widget, String> keyer;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private Label error;

    /**
     * Creates the form's grid in a parent.
     *
     * @param keyer gives a widget its key from a suffix
     */
    public EditForm(Composite parent, Theme theme, BiConsumer<Widget, String> keyer) {
        this.theme = theme;
        this.keyer = keyer;
        grid = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 4;
        layout.horizontalSpacing = 10;
        layout.verticalSpacing = 6;
        grid.setLayout(layout);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** Adds a text field. */
    public Text text(String name, String label, String value, String hint, boolean multi) {
        label(label, multi);
        Text t = new Text(grid, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        t.setText(value == null ? "" : value);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, true, false);
        d.widthHint = 200;
        if (multi) {
            d.heightHint = t.getLineHeight() * 3 + 6;
        }
        t.setLayoutData(d);
        hint(hint);
        keyer.accept(t, org.lmw.ui.notebook.NotebookKeys.FIELD + name);
        fields.put(name, t);
        return t;
    }

    /** Adds a read-only choice. */
    public Combo choice(String name, String label, String[] items, String value, String hint) {
        label(label, false);
        Combo c = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setItems(items);
        for (int i = 0; i < items.length; i++) {
            if (items[i].equals(value)) {
                c.select(i);
            }
        }
        if (c.getSelectionIndex() < 0 && items.length > 0) {
            c.select(0);
        }
        c.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        hint(hint);
        keyer.accept(c, org.lmw.ui.notebook.NotebookKeys.FIELD + name);
        fields.put(name, c);
        return c;
    }

    /** The text of a field (a choice's selected item). */
    public String value(String name) {
        Control c = fields.get(name);
        if (c instanceof Text t) {
            return t.getText();
        }
        if (c instanceof Combo combo) {
            return combo.getText();
        }
        return null;
    }

    /** Sets a field's text or choice, as the user would (a test hook). */
    public void set(String name, String value) {
        Control c = fields.get(name);
        if (c instanceof Text t) {
            t.setText(value);
        } else if (c instanceof Combo combo) {
            int i = combo.indexOf(value);
            if (i < 0) {
                throw new IllegalArgumentException(name + ": no choice " + value);
            }
            combo.select(i);
        } else {
            throw new IllegalArgumentException("no field " + name);
        }
    }

    /** Whether the form has a field of this name. */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** Adds a note spanning the form. */
    public void note(String text, int rgb) {
        Label l = new Label(grid, SWT.WRAP);
        l.setText(text);
        l.setForeground(theme.color(rgb));
        l.setFont(theme.font(0.9, SWT.ITALIC));
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        d.widthHint = 200;
        l.setLayoutData(d);
    }

    /** Adds the Apply and Cancel buttons and the error line. */
    public void buttons(String applyText, Runnable apply, Runnable cancel, String applyKey, String cancelKey) {
        error = new Label(grid, SWT.WRAP);
        error.setForeground(theme.color(0xB91C1C));
        GridData ed = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        ed.widthHint = 200;
        error.setLayoutData(ed);
        Composite row = new Composite(grid, SWT.NONE);
        GridLayout rl = new GridLayout(2, true);
        rl.marginWidth = 0;
        rl.marginHeight = 0;
        row.setLayout(rl);
        row.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        Button c = new Button(row, SWT.PUSH);
        c.setText(org.lmw.ui.notebook.Messages.cancel);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.addListener(SWT.Selection, e -> cancel.run());
        keyer.accept(c, cancelKey);
        Button a = new Button(row, SWT.PUSH);
        a.setText(applyText);
        a.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        a.addListener(SWT.Selection, e -> apply.run());
        keyer.accept(a, applyKey);
    }

    /** Shows why the values cannot be applied (empty hides it). */
    public void error(String text) {
        if (error != null && !error.isDisposed()) {
            error.setText(text == null ? "" : text);
            error.getParent().layout(true, true);
        }
    }

    private void label(String text, boolean top) {
        Label l = new Label(grid, SWT.NONE);
        l.setText(text);
        l.setForeground(theme.color(0x374151));
        l.setLayoutData(new GridData(SWT.LEFT, top ? SWT.TOP : SWT.CENTER, false, false));
    }

    private void hint(String text) {
        Label l = new Label(grid, SWT.NONE);
        l.setText(text == null ? "" : text);
        l.setForeground(theme.color(Theme.MUTED));
        l.setFont(theme.font(0.85, SWT.NORMAL));
        l.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
    }

    /** Parses a bound: empty is ±∞, "inf", "-inf", "∞" too. */
    public static double bound(String text, double open) {
        String t = text == null ? "" : text.strip().replace("\u221e", "inf").replace("\u2212", "-");
        if (t.isEmpty()) {
            return open;
        }
        if (t.equalsIgnoreCase("inf") || t.equalsIgnoreCase("+inf") || t.equalsIgnoreCase("infinity")) {
            return Double.POSITIVE_INFINITY;
        }
        if (t.equalsIgnoreCase("-inf") || t.equalsIgnoreCase("-infinity")) {
            return Double.NEGATIVE_INFINITY;
        }
        return Double.parseDouble(t);
    }

    /** A query from an experiment name and comma-separated tags, keeping the old query's sweep values. */
    public static org.lmw.model.RunQuery query(org.lmw.model.RunQuery old, String experiment, String tags) {
        org.lmw.model.RunQuery q = old == null ? org.lmw.model.LmwFactory.eINSTANCE.createRunQuery()
                : org.eclipse.emf.ecore.util.EcoreUtil.copy(old);
        String e = experiment == null ? "" : experiment.strip();
        q.setExperiment(e.isEmpty() ? null : e);
        q.getTags().clear();
        if (tags != null) {
            for (String t : tags.split(",")) {
                if (!t.isBlank()) {
                    q.getTags().add(t.strip());
                }
            }
        }
        return q;
    }

    /** A query's tags as the form shows them. */
    public static String tagsText(org.lmw.model.RunQuery q) {
        return q == null ? "" : String.join(", ", q.getTags());
    }

    /** Whether two queries select the same runs (same experiment, tags, sweep values). */
    public static boolean sameQuery(org.lmw.model.RunQuery a, org.lmw.model.RunQuery b) {
        if (a == null || b == null) {
            return a == b;
        }
        return org.eclipse.emf.ecore.util.EcoreUtil.equals(a, b);
    }

    /** A bound as the form shows it: empty when open. */
    public static String boundText(double v) {
        return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "";
    }
}
