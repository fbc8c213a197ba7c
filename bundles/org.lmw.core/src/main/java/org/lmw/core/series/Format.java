// Number formatting for legends, tables and axis ticks: four significant digits, plain or scientific as fits.
package org.lmw.core.series;

import java.util.Locale;

/** Formats metric values compactly for people. */
public final class Format {
    private Format() {
    }

    /** A value with four significant digits: {@code 0.2402}, {@code 1.234e-05}, {@code 12345}; "NaN" and "∞" kept. */
    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            String s = String.format(Locale.ROOT, "%.4g", v);
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
        return String.format(Locale.ROOT, "%.3e", v).replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
    }

    /** A duration in seconds as {@code 52 s}, {@code 3 min 12 s} or {@code 1 h 04 min}; empty for NaN. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
