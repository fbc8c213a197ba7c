// A small rounded, coloured label: verdicts, frozen state, versions.
package org.lmw.ui.notebook.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** A pill with text; {@link #getText()} is what tests read. */
public final class Badge extends Canvas {
    private static final int PAD_X = 8;
    private static final int PAD_Y = 2;
    private String text;
    private final int foreground;
    private final int background;
    private final Theme theme;

    /** Creates a badge with colours 0xRRGGBB. */
    public Badge(Composite parent, Theme theme, String text, int foreground, int background, Font font) {
        super(parent, SWT.DOUBLE_BUFFERED);
        this.theme = theme;
        this.text = text;
        this.foreground = foreground;
        this.background = background;
        setFont(font);
        addListener(SWT.Paint, e -> paint(e.gc));
    }

    /** The badge's text. */
    public String getText() {
        return text;
    }

    /** The background colour, 0xRRGGBB (tests check the verdict colours). */
    public int backgroundRgb() {
        return background;
    }

    @Override
    public Point computeSize(int wHint, int hHint, boolean changed) {
        GC gc = new GC(this);
        gc.setFont(getFont());
        Point extent = gc.textExtent(text);
        gc.dispose();
        return new Point(extent.x + 2 * PAD_X, extent.y + 2 * PAD_Y);
    }

    private void paint(GC gc) {
        Point size = getSize();
        gc.setAntialias(SWT.ON);
        gc.setBackground(getParent().getBackground());
        gc.fillRectangle(0, 0, size.x, size.y);
        gc.setBackground(theme.color(background));
        gc.fillRoundRectangle(0, 0, size.x, size.y, size.y, size.y);
        gc.setForeground(theme.color(foreground));
        gc.setFont(getFont());
        Point extent = gc.textExtent(text);
        gc.drawText(text, (size.x - extent.x) / 2, (size.y - extent.y) / 2, true);
    }
}
