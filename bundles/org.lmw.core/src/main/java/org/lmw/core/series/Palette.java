// The colours of chart lines, chosen to stay distinguishable for colour-blind readers; shared by screen, PNG and SVG.
package org.lmw.core.series;

/**
 * Line colours as 0xRRGGBB. The first eight are Okabe and Ito's colour-blind-safe set (reordered so the first
 * three differ most in lightness as well), then Tableau's; beyond that colours repeat and line styles tell them
 * apart.
 */
public final class Palette {
    private static final int[] COLORS = {
        0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000, 0xF0E442,
        0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC };

    private Palette() {
    }

    /** The colour of the line with this index (indices wrap around). */
    public static int color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }

    /** How many distinct colours there are before they repeat. */
    public static int size() {
        return COLORS.length;
    }

    /**
     * A colour mixed with white: {@code amount} 0 keeps the colour, 1 gives white. Faint raw lines behind a smoothed
     * line and seed bands use it, because a mixed opaque colour draws the same on every surface.
     */
    public static int faint(int rgb, double amount) {
        int r = mix((rgb >> 16) & 0xFF, amount);
        int g = mix((rgb >> 8) & 0xFF, amount);
        int b = mix(rgb & 0xFF, amount);
        return (r << 16) | (g << 8) | b;
    }

    /** The colour as {@code #rrggbb}. */
    public static String hex(int rgb) {
        return String.format("#%06x", rgb & 0xFFFFFF);
    }

    private static int mix(int channel, double amount) {
        return (int) Math.round(channel + (255 - channel) * amount);
    }
}
