// A verdict's chart, predicted vs observed, as a standalone SVG document (for the HTML report and image export).
package org.lmw.core.notebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lmw.model.PredictionKind;

/**
 * Draws the evidence of an outcome as SVG: the observed lines, the prediction's fitted curve dashed, and an interval
 * prediction (threshold, interval, ratio) as a green band between its bounds. A power law is drawn on log-log axes.
 */
public final class EvidenceChart {
    private static final String[] COLORS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 28;
    private static final int BOTTOM = 40;

    private EvidenceChart() {
    }

    /** The outcome's chart, or null when it has no observed data. */
    public static String svg(PredictionOutcome outcome, int width, int height) {
        if (outcome.observed().isEmpty()) {
            return null;
        }
        PredictionKind kind = outcome.prediction().getKind();
        boolean band = kind == PredictionKind.THRESHOLD || kind == PredictionKind.INTERVAL
                || kind == PredictionKind.RATIO;
        boolean log = kind == PredictionKind.POWER_LAW;
        String metric = outcome.prediction().getMetric();
        String y = kind == PredictionKind.RATIO ? metric + " / (" + outcome.prediction().getTheory() + ")" : metric;
        String against = outcome.prediction().getAgainst();
        String x = kind == PredictionKind.POWER_LAW && against != null && !against.isBlank() ? against : "step";
        return svg(outcome.observed(), y, x, band ? outcome.predictedLower() : null,
                band ? outcome.predictedUpper() : null, log, width, height);
    }

    /**
     * A chart of series.
     *
     * @param series the lines
     * @param yTitle the y axis title
     * @param xTitle the x axis title
     * @param lower the band's lower bound, or null
     * @param upper the band's upper bound, or null
     * @param logLog whether both axes are logarithmic (non-positive values are then left out)
     * @param width pixels
     * @param height pixels
     */
    public static String svg(List<EvidenceSeries> series, String yTitle, String xTitle, Double lower, Double upper,
            boolean logLog, int width, int height) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (EvidenceSeries s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (usable(s.x()[i], logLog)) {
                    x0 = Math.min(x0, s.x()[i]);
                    x1 = Math.max(x1, s.x()[i]);
                    for (double v : s.predictedY() == null ? new double[] {s.y()[i]}
                            : new double[] {s.y()[i], s.predictedY()[i]}) {
                        if (usable(v, logLog)) {
                            y0 = Math.min(y0, v);
                            y1 = Math.max(y1, v);
                        }
                    }
                }
            }
        }
        if (lower != null) {
            y0 = Math.min(y0, lower);
            y1 = Math.max(y1, lower);
        }
        if (upper != null) {
            y0 = Math.min(y0, upper);
            y1 = Math.max(y1, upper);
        }
        if (!(x0 <= x1)) {
            x0 = 0;
            x1 = 1;
        }
        if (!(y0 <= y1)) {
            y0 = 0;
            y1 = 1;
        }
        Axis ax = new Axis(x0, x1, LEFT, width - RIGHT, logLog);
        Axis ay = new Axis(y0, y1, height - BOTTOM, TOP, logLog);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">\n", width, height, width, height));
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        if (lower != null || upper != null) {
            double top = ay.map(upper != null ? upper : ay.hi);
            double bottom = ay.map(lower != null ? lower : ay.lo);
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" "
                    + "fill=\"#2ca02c\" fill-opacity=\"0.15\" stroke=\"#2ca02c\" stroke-dasharray=\"4 3\"/>\n", LEFT,
                    Math.min(top, bottom), width - LEFT - RIGHT, Math.abs(bottom - top)));
        }
        for (double t : ax.ticks()) {
            double px = ax.map(t);
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555\">%s</text>\n", px, TOP, px,
                    height - BOTTOM, px, height - BOTTOM + 14, NotebookEvaluator.num(t)));
        }
        for (double t : ay.ticks()) {
            double py = ay.map(t);
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555\">%s</text>\n", LEFT, py,
                    width - RIGHT, py, LEFT - 4, py + 4, NotebookEvaluator.num(t)));
        }
        b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"#999\"/>\n", LEFT, TOP, width - LEFT - RIGHT, height - TOP - BOTTOM));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s%s</text>\n",
                (LEFT + width - RIGHT) / 2, height - 6, Markdown.escape(xTitle), logLog ? " (log)" : ""));
        b.append(String.format(Locale.ROOT, "<text transform=\"translate(12 %d) rotate(-90)\" text-anchor=\"middle\">"
                + "%s%s</text>\n", (TOP + height - BOTTOM) / 2, Markdown.escape(yTitle), logLog ? " (log)" : ""));
        int legendY = TOP - 10;
        int legendX = LEFT;
        for (int k = 0; k < series.size(); k++) {
            EvidenceSeries s = series.get(k);
            String color = COLORS[k % COLORS.length];
            b.append(polyline(s.x(), s.y(), ax, ay, logLog, color, false));
            if (s.predictedY() != null) {
                b.append(polyline(s.x(), s.predictedY(), ax, ay, logLog, "#000000", true));
            }
            if (k < 6) {
                b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"3\" fill=\"%s\"/>"
                        + "<text x=\"%d\" y=\"%d\">%s</text>\n", legendX, legendY - 3, color, legendX + 13, legendY,
                        Markdown.escape(shorten(s.label()))));
                legendX += 20 + 6 * Math.min(40, s.label().length());
            }
        }
        if (series.stream().anyMatch(s -> s.predictedY() != null)) {
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\" "
                    + "stroke-dasharray=\"5 3\"/><text x=\"%d\" y=\"%d\">fit</text>\n", legendX, legendY - 2,
                    legendX + 12, legendY - 2, legendX + 15, legendY));
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static String shorten(String label) {
        return label.length() > 40 ? label.substring(0, 39) + "…" : label;
    }

    private static boolean usable(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    private static String polyline(double[] x, double[] y, Axis ax, Axis ay, boolean log, String color,
            boolean dashed) {
        StringBuilder points = new StringBuilder();
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            if (usable(x[i], log) && usable(y[i], log)) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", ax.map(x[i]), ay.map(y[i])));
                count++;
            }
        }
        if (count == 0) {
            return "";
        }
        if (count == 1) {
            String[] xy = points.toString().trim().split(",");
            return String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>\n", xy[0], xy[1],
                    color);
        }
        return "<polyline fill=\"none\" stroke=\"" + color + "\" stroke-width=\"1.5\""
                + (dashed ? " stroke-dasharray=\"6 3\"" : "") + " points=\"" + points.toString().trim() + "\"/>\n";
    }

    /** A linear or log axis mapping data to pixels, with round ticks. */
    private static final class Axis {
        final double lo;
        final double hi;
        final double p0;
        final double p1;
        final boolean log;

        Axis(double lo, double hi, double p0, double p1, boolean log) {
            if (log) {
                // A little room around the data; ticks at 1, 2 and 5 times powers of ten.
                lo = lo / 1.15;
                hi = hi * 1.15;
                if (hi / lo < 3) {
                    double mid = Math.sqrt(lo * hi);
                    lo = mid / 1.8;
                    hi = mid * 1.8;
                }
            } else {
                if (lo == hi) {
                    double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
                    lo -= pad;
                    hi += pad;
                }
                double pad = (hi - lo) * 0.05;
                lo -= pad;
                hi += pad;
            }
            this.lo = lo;
            this.hi = hi;
            this.p0 = p0;
            this.p1 = p1;
            this.log = log;
        }

        double map(double v) {
            double t = log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))
                    : (v - lo) / (hi - lo);
            return p0 + t * (p1 - p0);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            if (log) {
                double decades = Math.log10(hi / lo);
                double[] steps = decades > 3 ? new double[] {1} : decades > 1.2 ? new double[] {1, 2, 5}
                        : new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
                for (int k = (int) Math.floor(Math.log10(lo)); k <= (int) Math.ceil(Math.log10(hi)); k++) {
                    for (double m : steps) {
                        double t = m * Math.pow(10, k);
                        if (t >= lo && t <= hi) {
                            ticks.add(t);
                        }
                    }
                }
                return ticks;
            }
            double raw = (hi - lo) / 6;
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
            for (double t = Math.ceil(lo / step) * step; t <= hi; t += step) {
                ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
            }
            return ticks;
        }
    }
}
