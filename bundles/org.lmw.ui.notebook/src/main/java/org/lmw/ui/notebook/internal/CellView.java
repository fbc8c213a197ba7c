// The card of one notebook cell: a header with the cell's kind and its actions, and a body the subclasses fill.
package org.lmw.ui.notebook.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Widget;
import org.lmw.model.Cell;
import org.lmw.ui.notebook.Messages;
import org.lmw.ui.notebook.NotebookKeys;

/**
 * A cell on the page: a white card with a thin border (blue when selected), a header (kind, extra badges, Edit, up,
 * down, delete) and a body. {@link #refresh()} rebuilds the body from the model; the editor calls it when the cell's
 * model changed and re-keys the widgets with {@link #setIndex(int)} when cells move.
 */
public abstract class CellView {
    protected final CellHost host;
    protected final Cell cell;
    protected final Composite card;
    protected final Composite header;
    protected final Composite badges;
    protected final Composite body;
    private final Label kindLabel;
    private final List<Widget> keyed = new ArrayList<>();
    private final List<String> suffixes = new ArrayList<>();
    private final List<Widget> bodyKeyed = new ArrayList<>();
    private final List<String> bodySuffixes = new ArrayList<>();
    private int index = -1;
    protected boolean editing;

    protected CellView(Composite page, CellHost host, Cell cell) {
        this.host = host;
        this.cell = cell;
        Theme theme = host.theme();
        card = new Composite(page, SWT.NONE);
        card.setBackground(theme.color(Theme.CARD));
        card.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 16;
        layout.marginHeight = 12;
        layout.verticalSpacing = 6;
        card.setLayout(layout);
        GridData cardData = new GridData(SWT.FILL, SWT.TOP, true, false);
        card.setLayoutData(cardData);
        card.addListener(SWT.Paint, e -> paintBorder(e.gc));
        key(card, NotebookKeys.CARD);

        header = new Composite(card, SWT.NONE);
        GridLayout hl = new GridLayout(3, false);
        hl.marginWidth = 0;
        hl.marginHeight = 0;
        hl.horizontalSpacing = 8;
        header.setLayout(hl);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        kindLabel = new Label(header, SWT.NONE);
        kindLabel.setFont(theme.font(0.8, SWT.BOLD));
        kindLabel.setForeground(theme.color(Theme.MUTED));
        badges = new Composite(header, SWT.NONE);
        GridLayout bl = new GridLayout(0, false);
        bl.marginWidth = 0;
        bl.marginHeight = 0;
        bl.horizontalSpacing = 6;
        badges.setLayout(bl);
        badges.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite actions = new Composite(header, SWT.NONE);
        GridLayout al = new GridLayout(4, true);
        al.marginWidth = 0;
        al.marginHeight = 0;
        al.horizontalSpacing = 2;
        actions.setLayout(al);
        actions.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
        action(actions, Messages.edit, Messages.editTip, NotebookKeys.EDIT, () -> {
            host.select(cell);
            startEditing();
        });
        action(actions, Messages.moveUp, Messages.moveUpTip, NotebookKeys.UP, () -> host.move(cell, -1));
        action(actions, Messages.moveDown, Messages.moveDownTip, NotebookKeys.DOWN, () -> host.move(cell, 1));
        action(actions, Messages.delete, Messages.deleteTip, NotebookKeys.DELETE, () -> host.delete(cell));

        body = new Composite(card, SWT.NONE);
        GridLayout bodyLayout = new GridLayout(1, false);
        bodyLayout.marginWidth = 0;
        bodyLayout.marginHeight = 0;
        bodyLayout.verticalSpacing = 6;
        body.setLayout(bodyLayout);
        body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Listener selectOnClick = e -> host.select(cell);
        card.addListener(SWT.MouseDown, selectOnClick);
        header.addListener(SWT.MouseDown, selectOnClick);
        body.addListener(SWT.MouseDown, selectOnClick);
    }

    private void action(Composite parent, String text, String tip, String suffix, Runnable run) {
        Button b = new Button(parent, SWT.PUSH | SWT.FLAT);
        b.setText(text);
        b.setToolTipText(tip);
        b.setFont(host.theme().font(0.85, SWT.NORMAL));
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> run.run());
        key(b, suffix);
    }

    /** The cell. */
    public Cell cell() {
        return cell;
    }

    /** The card control. */
    public Composite control() {
        return card;
    }

    /** Whether the cell shows its edit form. */
    public boolean isEditing() {
        return editing;
    }

    /** Rebuilds the header badges and the body from the model. */
    public final void refresh() {
        kindLabel.setText(kind());
        for (Control c : badges.getChildren()) {
            c.dispose();
        }
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        bodyKeyed.clear();
        bodySuffixes.clear();
        buildBadges();
        if (editing) {
            buildEditor();
        } else {
            buildView();
        }
        ((GridLayout) badges.getLayout()).numColumns = Math.max(1, badges.getChildren().length);
        applyKeys();
        card.layout(true, true);
        card.redraw();
    }

    /** Opens the edit form. */
    public void startEditing() {
        editing = true;
        refresh();
        host.relayout();
    }

    /** Closes the edit form without applying it. */
    public void stopEditing() {
        editing = false;
        refresh();
        host.relayout();
    }

    /** The label of the cell's kind in the header. */
    protected abstract String kind();

    /** Fills {@link #badges} in the header, in both modes; none by default. */
    protected void buildBadges() {
    }

    /** Fills {@link #body} for reading. */
    protected abstract void buildView();

    /** Fills {@link #body} with the edit form. */
    protected abstract void buildEditor();

    /** Re-keys every widget with the cell's index. */
    public void setIndex(int index) {
        if (this.index != index) {
            this.index = index;
            applyKeys();
        }
    }

    /** Keys a widget of the card's fixed part. */
    protected final void key(Widget w, String suffix) {
        keyed.add(w);
        suffixes.add(suffix);
        if (index >= 0) {
            w.setData(NotebookKeys.WIDGET_KEY, NotebookKeys.cell(index, suffix));
        }
    }

    /** Keys a widget of the body (forgotten on refresh). */
    protected final void bodyKey(Widget w, String suffix) {
        bodyKeyed.add(w);
        bodySuffixes.add(suffix);
        if (index >= 0) {
            w.setData(NotebookKeys.WIDGET_KEY, NotebookKeys.cell(index, suffix));
        }
    }

    private void applyKeys() {
        if (index < 0) {
            return;
        }
        for (int i = 0; i < keyed.size(); i++) {
            if (!keyed.get(i).isDisposed()) {
                keyed.get(i).setData(NotebookKeys.WIDGET_KEY, NotebookKeys.cell(index, suffixes.get(i)));
            }
        }
        for (int i = 0; i < bodyKeyed.size(); i++) {
            if (!bodyKeyed.get(i).isDisposed()) {
                bodyKeyed.get(i).setData(NotebookKeys.WIDGET_KEY, NotebookKeys.cell(index, bodySuffixes.get(i)));
            }
        }
    }

    /** The colour of the card's left accent stripe, or -1 for none. */
    protected int accent() {
        return -1;
    }

    private void paintBorder(GC gc) {
        Rectangle r = card.getClientArea();
        boolean selected = host.isSelected(cell);
        gc.setForeground(host.theme().color(selected ? Theme.SELECTED : Theme.BORDER));
        gc.setLineWidth(selected ? 2 : 1);
        int inset = selected ? 1 : 0;
        gc.drawRectangle(r.x + inset, r.y + inset, r.width - 1 - inset, r.height - 1 - inset);
        int accent = accent();
        if (accent >= 0) {
            gc.setBackground(host.theme().color(accent));
            gc.fillRectangle(r.x + inset + 1, r.y + inset + 1, 4, r.height - 2 - 2 * inset);
        }
        gc.setLineWidth(1);
    }

    /** A label in the body. */
    protected Label label(Composite parent, String text, double scale, int style, int rgb) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text == null ? "" : text.replace("&", "&&"));
        l.setFont(host.theme().font(scale, style));
        l.setForeground(host.theme().color(rgb));
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 200;
        l.setLayoutData(d);
        return l;
    }

    /** Disposes the card. */
    public void dispose() {
        card.dispose();
    }

    /** Handles an event the way a click on the card does (tests use it). */
    public void click() {
        Event e = new Event();
        e.button = 1;
        card.notifyListeners(SWT.MouseDown, e);
    }
}
