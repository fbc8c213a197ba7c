// Colours and fonts of the notebook editor: one place, so every cell looks like part of the same document.
package org.lmw.ui.notebook.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Control;
import org.lmw.model.Verdict;

/**
 * The editor's palette and type scale. Fonts are derived from the workbench's default font and released with the
 * editor's control; colours are plain RGB (SWT colours need no disposal).
 */
public final class Theme {
    /** The page behind the cards. */
    public static final int PAGE = 0xF3F4F6;
    /** Card background. */
    public static final int CARD = 0xFFFFFF;
    /** Card border. */
    public static final int BORDER = 0xD9DCE1;
    /** Border of the selected card. */
    public static final int SELECTED = 0x3B82F6;
    /** Body text. */
    public static final int TEXT = 0x1F2328;
    /** Secondary text: labels, captions, hints. */
    public static final int MUTED = 0x6B7280;
    /** Inline code background. */
    public static final int CODE_BG = 0xEEF0F3;
    /** Frozen badge. */
    public static final int FROZEN = 0x1E3A8A;
    /** Frozen badge background. */
    public static final int FROZEN_BG = 0xDBEAFE;
    /** Draft badge. */
    public static final int DRAFT = 0x92400E;
    /** Draft badge background. */
    public static final int DRAFT_BG = 0xFEF3C7;
    /** Tampered badge. */
    public static final int TAMPERED = 0xFFFFFF;
    /** Tampered badge background. */
    public static final int TAMPERED_BG = 0x7F1D1D;
    /** Predicted band and curves. */
    public static final int PREDICTED = 0x16A34A;

    private final LocalResourceManager resources;
    private final Map<String, Font> fonts = new HashMap<>();
    private final Map<Integer, Color> colors = new HashMap<>();

    /** Creates the theme; its fonts are released when the owner is disposed. */
    public Theme(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    /** A colour 0xRRGGBB. */
    public Color color(int rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }

    /** The default font scaled by {@code scale} with an SWT style (NORMAL, BOLD, ITALIC). */
    public Font font(double scale, int style) {
        return fonts.computeIfAbsent(scale + "/" + style, k -> {
            FontDescriptor base = FontDescriptor.createFrom(JFaceResources.getDefaultFont());
            int height = base.getFontData()[0].getHeight();
            return resources.create(base.setHeight((int) Math.round(height * scale)).setStyle(style));
        });
    }

    /** The monospace font at the default size. */
    public Font mono() {
        return fonts.computeIfAbsent("mono", k -> {
            int height = FontDescriptor.createFrom(JFaceResources.getDefaultFont()).getFontData()[0].getHeight();
            return resources.create(FontDescriptor.createFrom(JFaceResources.getTextFont()).setHeight(height));
        });
    }

    /** Text colour of a verdict badge. */
    public static int verdictForeground(Verdict verdict) {
        return 0xFFFFFF;
    }

    /** Background of a verdict badge: grey pending, green supported, red refuted, amber inconclusive. */
    public static int verdictBackground(Verdict verdict) {
        if (verdict == null) {
            return 0x6B7280;
        }
        return switch (verdict) {
            case SUPPORTED -> 0x15803D;
            case REFUTED -> 0xB91C1C;
            case INCONCLUSIVE -> 0xB45309;
            default -> 0x6B7280;
        };
    }

    /** The SWT style bits of bold. */
    public static final int BOLD = SWT.BOLD;
}
