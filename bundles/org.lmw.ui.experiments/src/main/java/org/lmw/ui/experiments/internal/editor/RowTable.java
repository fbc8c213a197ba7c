// An editable table of the experiment's list objects (instruments, sweep axes), each column one attribute.
package org.lmw.ui.experiments.internal.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.lmw.model.validation.Problem;
import org.lmw.ui.experiments.EditorKeys;

/**
 * A table over one list of the experiment whose cells edit the rows' attributes through the command stack.
 *
 * <p>Rows with a validation problem are tinted and the table carries a decoration listing the problems; a cell
 * text that does not parse leaves the row as it is and becomes a parse error in the problems summary.
 */
public final class RowTable {
    private static final RGB PROBLEM_TINT = new RGB(255, 228, 225);

    private final FieldHost host;
    private final TableViewer viewer;
    private final ControlDecoration decoration;
    private final Color problemColor;
    private final String rowWords;
    private final Function<EObject, String> rowName;
    private Set<EObject> problemRows = Set.of();
    private String parseError;

    /**
     * Creates the table.
     *
     * @param host the editor
     * @param parent the section client
     * @param key the widget key
     * @param rowName names a row in messages, e.g. "instrument 'sharpness'"
     * @param rowWords what a row is, for messages about rows without a name
     */
    public RowTable(FieldHost host, Composite parent, String key, Function<EObject, String> rowName,
            String rowWords) {
        this.host = host;
        this.rowName = rowName;
        this.rowWords = rowWords;
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(EditorKeys.WIDGET_KEY, key);
        viewer = new TableViewer(table);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = table.getItemHeight() * 5 + table.getHeaderHeight();
        data.horizontalIndent = Field.DECORATION_INDENT;
        table.setLayoutData(data);
        decoration = new ControlDecoration(table, SWT.LEFT | SWT.TOP);
        decoration.hide();
        problemColor = new Color(PROBLEM_TINT);
    }

    /** Returns the viewer. */
    public TableViewer viewer() {
        return viewer;
    }

    /** Returns the table. */
    public Table table() {
        return viewer.getTable();
    }

    /** Shows these rows. */
    public void setRows(List<? extends EObject> rows) {
        Object[] current = (Object[]) viewer.getInput();
        Object[] next = rows.toArray();
        if (current != null && Arrays.equals(current, next)) {
            viewer.refresh(true);
        } else {
            viewer.setInput(next);
        }
    }

    /** Returns the rows selected in the table. */
    public List<EObject> selectedRows() {
        List<EObject> rows = new ArrayList<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            rows.add((EObject) o);
        }
        return rows;
    }

    /** Returns the parse error of the last cell edit, or {@code null}. */
    public String parseError() {
        return parseError;
    }

    /** Adds a read-only column computed from the row. */
    public void addColumn(String title, int width, Function<EObject, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new Cells(text));
    }

    /**
     * Adds a column that edits an attribute of the row: numbers and text in a text cell, enumerations and
     * {@code choices} in a drop-down, booleans as a check box, string lists as comma-separated text.
     *
     * @param title the header
     * @param width the width in pixels
     * @param attribute the row's attribute
     * @param words the attribute in the user's words, for parse errors
     * @param choices the allowed texts of a string attribute, or {@code null} for free text
     */
    public TableViewerColumn addColumn(String title, int width, EAttribute attribute, String words,
            List<String> choices) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new Cells(row -> format(row.eGet(attribute), attribute)));
        column.setEditingSupport(new AttributeEditing(attribute, words, choices));
        return column;
    }

    /** Marks the rows with problems and lists the problems on the table's decoration. */
    public void showProblems(List<Problem> problems) {
        Set<EObject> rows = new HashSet<>();
        List<String> texts = new ArrayList<>();
        boolean errors = parseError != null;
        if (parseError != null) {
            texts.add(parseError);
        }
        for (Problem problem : problems) {
            rows.add(problem.object());
            texts.add(problem.detail());
            errors |= problem.isError();
        }
        if (!rows.equals(problemRows)) {
            problemRows = rows;
            viewer.refresh(true);
        }
        if (texts.isEmpty()) {
            decoration.hide();
            return;
        }
        decoration.setImage(FieldDecorationRegistry.getDefault()
                .getFieldDecoration(errors ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING)
                .getImage());
        decoration.setDescriptionText(String.join("\n", texts));
        decoration.show();
    }

    /** Releases the tint colour. */
    public void dispose() {
        problemColor.dispose();
    }

    private static String format(Object value, EAttribute attribute) {
        if (value instanceof List<?> list) {
            return ValueText.join(list);
        }
        if (value instanceof Double d) {
            return ValueText.formatDouble(d);
        }
        if (value instanceof Boolean b) {
            return b ? "\u2713" : "";
        }
        if (value instanceof Enumerator e) {
            return e.getLiteral();
        }
        return value == null ? "" : value.toString();
    }

    private void setParseError(String error) {
        if (!Objects.equals(error, parseError)) {
            parseError = error;
            host.parseErrorsChanged();
        }
    }

    /** Label provider of one column: its text, and the tint of rows with problems. */
    private final class Cells extends ColumnLabelProvider {
        private final Function<EObject, String> text;

        Cells(Function<EObject, String> text) {
            this.text = text;
        }

        @Override
        public String getText(Object element) {
            return text.apply((EObject) element);
        }

        @Override
        public Color getBackground(Object element) {
            return problemRows.contains(element) ? problemColor : null;
        }
    }

    /** Edits one attribute of a row through a SetCommand. */
    private final class AttributeEditing extends EditingSupport {
        private final EAttribute attribute;
        private final String words;
        private final List<String> items;
        private final CellEditor editor;

        AttributeEditing(EAttribute attribute, String words, List<String> choices) {
            super(viewer);
            this.attribute = attribute;
            this.words = words;
            Table table = viewer.getTable();
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                items = eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList();
                editor = new ComboBoxCellEditor(table, items.toArray(String[]::new), SWT.READ_ONLY);
            } else if (choices != null) {
                items = choices;
                editor = new ComboBoxCellEditor(table, items.toArray(String[]::new), SWT.READ_ONLY);
            } else if (type == boolean.class || type == Boolean.class) {
                items = null;
                editor = new CheckboxCellEditor(table);
            } else {
                items = null;
                editor = new TextCellEditor(table);
            }
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            Object value = ((EObject) element).eGet(attribute);
            if (items != null) {
                String text = value instanceof Enumerator e ? e.getLiteral()
                        : String.valueOf(value);
                return Math.max(0, items.indexOf(text));
            }
            if (editor instanceof CheckboxCellEditor) {
                return Boolean.TRUE.equals(value);
            }
            return value instanceof Boolean ? "" : format(value, attribute);
        }

        @Override
        protected void setValue(Object element, Object cellValue) {
            EObject row = (EObject) element;
            Object value;
            try {
                value = toValue(row, cellValue);
            } catch (IllegalArgumentException e) {
                setParseError(e.getMessage());
                return;
            }
            setParseError(null);
            if (value == null || Objects.equals(value, row.eGet(attribute))) {
                return;
            }
            host.execute(SetCommand.create(host.domain(), row, attribute, value));
        }

        private Object toValue(EObject row, Object cellValue) {
            if (items != null) {
                int index = (Integer) cellValue;
                if (index < 0) {
                    return null;
                }
                if (attribute.getEAttributeType() instanceof EEnum eEnum) {
                    return eEnum.getELiterals().get(index).getInstance();
                }
                return items.get(index);
            }
            if (cellValue instanceof Boolean b) {
                return b;
            }
            String text = (String) cellValue;
            Class<?> type = attribute.getEAttributeType().getInstanceClass();
            if (attribute.isMany()) {
                return ValueText.split(text);
            }
            if (type == String.class) {
                return text.strip();
            }
            String name = rowName.apply(row);
            return ValueText.parseNumber(type, (name.isEmpty() ? rowWords : name) + " " + words, text);
        }
    }
}
