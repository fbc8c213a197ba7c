// Renders a chart model as a standalone SVG document (vector export for papers), with the same colours as the screen.
package org.lmw.core.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ChartModel} as SVG 1.1: axes with round-number ticks (decades on a log axis), seed bands as
 * translucent polygons, faint raw lines under smoothed ones, dashed test lines, a legend with last/min/max and the
 * step cursor. Plain text, no SWT: it draws what the model holds, so it matches the chart on screen.
 */
public final class SvgExport {
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 36;
    private static final int BOTTOM = 46;

    private SvgExport() {
    }

    /**
     * Renders a chart.
     *
     * @param model the chart
     * @param width the width in pixels
     * @param height the height in pixels
     * @param cursorStep the step to mark, or -1
     * @return the SVG document
     */
    public static String render(ChartModel model, int width, int height, long cursorStep) {
        double[] xr = range(model, true);
        double[] yr = range(model, false);
        Scale sx = new Scale(xr[0], xr[1], LEFT, width - RIGHT, model.logX());
        Scale sy = new Scale(yr[0], yr[1], height - BOTTOM, TOP, model.logY());
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">\n", width, height, width, height));
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>\n",
                LEFT, escape(model.title())));
        for (double t : ticks(sx)) {
            double px = sx.map(t);
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e6e6e6\"/>\n",
                    px, TOP, px, height - BOTTOM));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>\n",
                    px, height - BOTTOM + 16, escape(Format.value(t))));
        }
        for (double t : ticks(sy)) {
            double py = sy.map(t);
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#e6e6e6\"/>\n",
                    LEFT, py, width - RIGHT, py));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%s</text>\n",
                    LEFT - 6, py + 4, escape(Format.value(t))));
        }
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#999\"/>\n", LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n",
                (LEFT + width - RIGHT) / 2, height - 10, escape(model.xTitle())));
        b.append(String.format(Locale.ROOT, "<text transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\">"
                + "%s</text>\n", (TOP + height - BOTTOM) / 2, escape(model.metric())));
        b.append(String.format(Locale.ROOT, "<clipPath id=\"plot\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>"
                + "</clipPath>\n<g clip-path=\"url(#plot)\">\n", LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM));
        for (ChartModel.Line line : model.lines()) {
            if (line.lower() != null && line.size() > 0) {
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < line.size(); i++) {
                    point(points, sx.map(line.x()[i]), sy.map(line.upper()[i]));
                }
                for (int i = line.size() - 1; i >= 0; i--) {
                    point(points, sx.map(line.x()[i]), sy.map(line.lower()[i]));
                }
                b.append("<polygon fill=\"").append(Palette.hex(line.color())).append("\" fill-opacity=\"0.18\" points=\"")
                        .append(points).append("\"/>\n");
            }
            if (line.rawX() != null) {
                b.append(polyline(line.rawX(), line.rawY(), sx, sy, Palette.faint(line.color(), 0.7), 1, false));
            }
        }
        for (ChartModel.Line line : model.lines()) {
            b.append(polyline(line.x(), line.y(), sx, sy, line.color(), 1.8, line.dashed()));
        }
        if (cursorStep >= 0) {
            double cx = model.xOfStep(cursorStep);
            if (!Double.isNaN(cx)) {
                double px = sx.map(cx);
                b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#c00000\" "
                        + "stroke-dasharray=\"4 3\"/>\n", px, TOP, px, height - BOTTOM));
            }
        }
        b.append("</g>\n");
        int ly = TOP + 14;
        for (ChartModel.Line line : model.lines()) {
            int lx = LEFT + 10;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
                    + "stroke-width=\"2\"%s/>\n", lx, ly - 4, lx + 18, ly - 4, Palette.hex(line.color()),
                    line.dashed() ? " stroke-dasharray=\"5 3\"" : ""));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", lx + 24, ly,
                    escape(line.legend())));
            ly += 15;
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static String polyline(double[] x, double[] y, Scale sx, Scale sy, int color, double width,
            boolean dashed) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i]) && (!sy.log || y[i] > 0)) {
                point(points, sx.map(x[i]), sy.map(y[i]));
            }
        }
        return String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s points=\"%s\"/>\n",
                Palette.hex(color), width, dashed ? " stroke-dasharray=\"6 4\"" : "", points);
    }

    private static void point(StringBuilder b, double x, double y) {
        b.append(String.format(Locale.ROOT, "%.2f,%.2f ", x, y));
    }

    /** The data range of x or y over all lines (and bands), padded by 4 % on y. */
    static double[] range(ChartModel model, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean log = x ? model.logX() : model.logY();
        for (ChartModel.Line line : model.lines()) {
            for (double[] values : x ? new double[][] { line.x(), line.rawX() }
                    : new double[][] { line.y(), line.rawY(), line.lower(), line.upper() }) {
                if (values == null) {
                    continue;
                }
                for (double v : values) {
                    if (Double.isFinite(v) && (!log || v > 0)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (lo > hi) {
            return log ? new double[] { 0.1, 1 } : new double[] { 0, 1 };
        }
        if (lo == hi) {
            return log ? new double[] { lo / 2, hi * 2 } : new double[] { lo - 0.5, hi + 0.5 };
        }
        if (!x) {
            if (log) {
                double pad = Math.pow(hi / lo, 0.04);
                return new double[] { lo / pad, hi * pad };
            }
            double pad = (hi - lo) * 0.04;
            return new double[] { lo - pad, hi + pad };
        }
        return new double[] { lo, hi };
    }

    /** Round-number ticks: 1, 2 or 5 times a power of ten on a linear axis, decades on a log axis. */
    static List<Double> ticks(Scale s) {
        List<Double> out = new ArrayList<>();
        if (s.log) {
            for (double d = Math.pow(10, Math.floor(Math.log10(s.lo))); d <= s.hi * 1.0001; d *= 10) {
                if (d >= s.lo * 0.9999) {
                    out.add(d);
                }
            }
            return out;
        }
        double raw = (s.hi - s.lo) / 6;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude : 5 * magnitude;
        for (double t = Math.ceil(s.lo / step) * step; t <= s.hi + step * 1e-9; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return out;
    }

    /** A mapping from data to pixels. */
    static final class Scale {
        final double lo;
        final double hi;
        final double from;
        final double to;
        final boolean log;

        Scale(double lo, double hi, double from, double to, boolean log) {
            this.lo = lo;
            this.hi = hi;
            this.from = from;
            this.to = to;
            this.log = log;
        }

        double map(double v) {
            double t = log ? (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (v - lo) / (hi - lo);
            return from + t * (to - from);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
