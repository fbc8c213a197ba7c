// A compact SWTChart line chart for notebook cells: observed lines, dashed predicted curves, bands, an inline legend.
package org.lmw.ui.notebook.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * Draws lines that arrive computed (a chart cell's downsampled series, a verdict's evidence series); it computes
 * nothing but the axis ranges. A horizontal band marks a predicted interval; per-line bands show seed spread.
 */
public final class NotebookChart {
    /**
     * One line.
     *
     * @param label legend text
     * @param x x values, increasing
     * @param y y values
     * @param color 0xRRGGBB
     * @param dashed a predicted curve (dashed) rather than an observation
     * @param markers whether to mark the points (few points, or a line over a hyperparameter)
     * @param lower band lower edge at x, or null
     * @param upper band upper edge at x, or null
     */
    public record Line(String label, double[] x, double[] y, int color, boolean dashed, boolean markers,
            double[] lower, double[] upper) {
    }

    private static final int LEGEND_LINES = 6;

    private final Chart chart;
    private final Theme theme;
    private List<Line> lines = List.of();
    private Double bandLower;
    private Double bandUpper;
    private String bandLabel;

    /** Creates the chart with a height hint in a grid layout parent. */
    public NotebookChart(Composite parent, Theme theme, int height) {
        this.theme = theme;
        chart = new Chart(parent, SWT.DOUBLE_BUFFERED);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.heightHint = height;
        data.widthHint = 200;
        chart.setLayoutData(data);
        chart.setBackground(theme.color(Theme.CARD));
        chart.setBackgroundInPlotArea(theme.color(Theme.CARD));
        chart.getTitle().setVisible(false);
        chart.getLegend().setVisible(false);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(theme.color(0x555555));
            axis.getTitle().setFont(theme.font(0.9, SWT.NORMAL));
            axis.getTick().setForeground(theme.color(0x555555));
            axis.getGrid().setForeground(theme.color(0xE5E7EB));
            axis.getGrid().setStyle(LineStyle.SOLID);
        }
        chart.getAxisSet().getXAxis(0).getTitle().setText("");
        chart.getAxisSet().getYAxis(0).getTitle().setText("");
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                paintBands(e.gc);
            }

            @Override
            public boolean drawBehindSeries() {
                return true;
            }
        });
        chart.getPlotArea().addCustomPaintListener(e -> paintLegend(e.gc));
        chart.getPlotArea().getControl().addListener(SWT.MouseDoubleClick, e -> {
            chart.getAxisSet().adjustRange();
            chart.redraw();
        });
    }

    /** The SWTChart widget (tests read its series). */
    public Chart chart() {
        return chart;
    }

    /**
     * Shows lines and an optional predicted interval.
     *
     * @param next the lines
     * @param xTitle x-axis title
     * @param yTitle y-axis title
     * @param lower predicted interval's lower bound, or null
     * @param upper predicted interval's upper bound, or null
     * @param intervalLabel legend text of the interval, or null
     * @param empty what the plot says when there is nothing to draw
     */
    public void show(List<Line> next, String xTitle, String yTitle, Double lower, Double upper, String intervalLabel,
            String empty) {
        show(next, xTitle, yTitle, lower, upper, intervalLabel, empty, false);
    }

    /**
     * Shows lines, as {@link #show(List, String, String, Double, Double, String, String)}, on log-log axes when
     * {@code logLog} is set and every value is positive (a power law is a straight line there).
     */
    public void show(List<Line> next, String xTitle, String yTitle, Double lower, Double upper, String intervalLabel,
            String empty, boolean logLog) {
        show(next, xTitle, yTitle, lower, upper, intervalLabel, empty, logLog, logLog);
    }

    /**
     * Shows lines with a logarithmic x and/or y axis where asked and every value on it is positive.
     */
    public void show(List<Line> next, String xTitle, String yTitle, Double lower, Double upper, String intervalLabel,
            String empty, boolean logX, boolean logY) {
        if (chart.isDisposed()) {
            return;
        }
        lines = List.copyOf(next);
        bandLower = lower != null && Double.isFinite(lower) ? lower : null;
        bandUpper = upper != null && Double.isFinite(upper) ? upper : null;
        bandLabel = intervalLabel;
        chart.suspendUpdate(true);
        try {
            chart.getAxisSet().getXAxis(0).enableLogScale(false);
            chart.getAxisSet().getYAxis(0).enableLogScale(false);
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(s.getId());
            }
            int i = 0;
            for (Line line : lines) {
                if (line.x().length == 0) {
                    continue;
                }
                ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                        "line" + i++);
                series.setXSeries(line.x());
                series.setYSeries(line.y());
                series.setLineColor(theme.color(line.color()));
                series.setLineWidth(2);
                series.setAntialias(SWT.ON);
                series.setLineStyle(line.dashed() ? LineStyle.DASH : LineStyle.SOLID);
                series.setSymbolType(line.markers() || line.x().length == 1 ? ILineSeries.PlotSymbolType.CIRCLE
                        : ILineSeries.PlotSymbolType.NONE);
                series.setSymbolColor(theme.color(line.color()));
                series.setSymbolSize(3);
                series.setDescription(line.label());
            }
            chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle == null ? "" : xTitle);
            chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle == null ? "" : yTitle);
            chart.getAxisSet().adjustRange();
            fitX(logX && allPositive(true));
            if (logY && allPositive(false)) {
                fitYLog();
            } else {
                includeBand();
            }
            boolean nothing = lines.stream().allMatch(l -> l.x().length == 0);
            chart.getPlotArea().setBackgroundText(nothing ? empty : "", theme.font(1.0, SWT.NORMAL),
                    theme.color(0x888888));
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    private boolean allPositive(boolean x) {
        boolean any = false;
        for (Line line : lines) {
            for (double v : x ? line.x() : line.y()) {
                if (!(v > 0)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The x range is the data's (SWTChart pads it by the symbols' size in data units, which can go far below 0). */
    private void fitX(boolean log) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (double x : line.x()) {
                if (Double.isFinite(x)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        if (!(hi >= lo)) {
            return;
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        if (log) {
            double pad = hi > lo ? Math.pow(hi / lo, 0.02) : 1.5;
            x.setRange(new Range(lo / pad, hi * pad));
            x.enableLogScale(true);
        } else {
            double pad = hi > lo ? (hi - lo) * 0.02 : Math.max(1, Math.abs(lo) * 0.05);
            x.setRange(new Range(lo - pad, hi + pad));
        }
    }

    private void fitYLog() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (double y : line.y()) {
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        IAxis y = chart.getAxisSet().getYAxis(0);
        double pad = hi > lo ? Math.pow(hi / lo, 0.05) : 1.5;
        y.setRange(new Range(lo / pad, hi * pad));
        y.enableLogScale(true);
    }

    /** Widens the y range so that the predicted interval (where finite) and the seed bands are in view, then pads. */
    private void includeBand() {
        IAxis y = chart.getAxisSet().getYAxis(0);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line line : lines) {
            for (double v : line.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            for (double[] edge : new double[][] { line.lower(), line.upper() }) {
                if (edge != null) {
                    for (double v : edge) {
                        if (Double.isFinite(v)) {
                            lo = Math.min(lo, v);
                            hi = Math.max(hi, v);
                        }
                    }
                }
            }
        }
        if (!(hi >= lo)) {
            return;
        }
        // The predicted interval is drawn in full when it is near the data; an open side stays out of the range.
        double span = Math.max(hi - lo, Math.abs(hi) * 0.05 + 1e-9);
        if (bandLower != null && bandLower > lo - 2 * span) {
            lo = Math.min(lo, bandLower);
            hi = Math.max(hi, bandLower);
        }
        if (bandUpper != null && bandUpper < hi + 2 * span) {
            lo = Math.min(lo, bandUpper);
            hi = Math.max(hi, bandUpper);
        }
        if (!(hi > lo)) {
            double pad = Math.max(Math.abs(lo) * 0.05, 1e-3);
            y.setRange(new Range(lo - pad, hi + pad));
            return;
        }
        double pad = (hi - lo) * 0.06;
        y.setRange(new Range(lo - pad, hi + pad));
    }

    private void paintBands(GC gc) {
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        Rectangle area = chart.getPlotArea().getBounds();
        int alpha = gc.getAlpha();
        if ((bandLower != null || bandUpper != null) && lines.stream().anyMatch(l -> l.x().length > 0)) {
            int top = bandUpper == null ? 0 : yAxis.getPixelCoordinate(bandUpper);
            int bottom = bandLower == null ? area.height : yAxis.getPixelCoordinate(bandLower);
            gc.setAlpha(40);
            gc.setBackground(theme.color(Theme.PREDICTED));
            gc.fillRectangle(0, Math.min(top, bottom), area.width, Math.max(1, Math.abs(bottom - top)));
            gc.setAlpha(255);
            gc.setForeground(theme.color(Theme.PREDICTED));
            gc.setLineStyle(SWT.LINE_DASH);
            if (bandUpper != null) {
                gc.drawLine(0, top, area.width, top);
            }
            if (bandLower != null) {
                gc.drawLine(0, bottom, area.width, bottom);
            }
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        for (Line line : lines) {
            if (line.lower() == null || line.upper() == null || line.x().length < 2) {
                continue;
            }
            int n = line.x().length;
            int[] polygon = new int[4 * n];
            for (int i = 0; i < n; i++) {
                int px = xAxis.getPixelCoordinate(line.x()[i]);
                polygon[2 * i] = px;
                polygon[2 * i + 1] = yAxis.getPixelCoordinate(line.upper()[i]);
                int j = 2 * n - 1 - i;
                polygon[2 * j] = px;
                polygon[2 * j + 1] = yAxis.getPixelCoordinate(line.lower()[i]);
            }
            gc.setAlpha(50);
            gc.setBackground(theme.color(line.color()));
            gc.fillPolygon(polygon);
        }
        gc.setAlpha(alpha);
    }

    private void paintLegend(GC gc) {
        List<Line> shown = new ArrayList<>();
        for (Line line : lines) {
            if (line.x().length > 0 && shown.size() < LEGEND_LINES) {
                shown.add(line);
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (Line line : shown) {
            texts.add(line.label());
        }
        boolean band = bandLabel != null && (bandLower != null || bandUpper != null);
        if (band) {
            texts.add(bandLabel);
        }
        int more = (int) lines.stream().filter(l -> l.x().length > 0).count() - shown.size();
        if (more > 0) {
            texts.add("+" + more + " more");
        }
        gc.setFont(theme.font(0.9, SWT.NORMAL));
        int h = gc.getFontMetrics().getHeight();
        int w = 0;
        for (String t : texts) {
            w = Math.max(w, gc.textExtent(t).x);
        }
        Rectangle area = chart.getPlotArea().getBounds();
        int boxW = w + 32;
        int boxH = h * texts.size() + 6;
        // The corner where the box hides the fewest data points: top right, bottom right, top left, bottom left.
        int left = 6;
        int right = Math.max(2, area.width - boxW - 6);
        int top = 6;
        int bottom = Math.max(2, area.height - boxH - 6);
        int[][] corners = { { right, top }, { right, bottom }, { left, top }, { left, bottom } };
        int x = right;
        int y = top;
        int fewest = Integer.MAX_VALUE;
        for (int[] corner : corners) {
            int hidden = pointsIn(corner[0], corner[1], boxW, boxH);
            if (hidden < fewest) {
                fewest = hidden;
                x = corner[0];
                y = corner[1];
            }
            if (hidden == 0) {
                break;
            }
        }
        gc.setAlpha(225);
        gc.setBackground(theme.color(0xFFFFFF));
        gc.fillRectangle(x, y, boxW, boxH);
        gc.setAlpha(255);
        gc.setForeground(theme.color(0xD0D0D0));
        gc.drawRectangle(x, y, boxW, boxH);
        for (int i = 0; i < texts.size(); i++) {
            int ty = y + 3 + i * h;
            if (i < shown.size()) {
                Line line = shown.get(i);
                gc.setForeground(theme.color(line.color()));
                gc.setLineWidth(2);
                gc.setLineStyle(line.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
                gc.drawLine(x + 5, ty + h / 2, x + 23, ty + h / 2);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.setLineWidth(1);
            } else if (band && i == shown.size()) {
                gc.setAlpha(60);
                gc.setBackground(theme.color(Theme.PREDICTED));
                gc.fillRectangle(x + 5, ty + 2, 18, h - 4);
                gc.setAlpha(255);
            }
            gc.setForeground(theme.color(0x333333));
            gc.drawText(texts.get(i), x + 28, ty, true);
        }
    }

    /** How many drawn points fall in a rectangle of the plot area (pixels). */
    private int pointsIn(int x, int y, int w, int h) {
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        int n = 0;
        for (Line line : lines) {
            for (int i = 0; i < line.x().length; i++) {
                int px = xAxis.getPixelCoordinate(line.x()[i]);
                int py = yAxis.getPixelCoordinate(line.y()[i]);
                if (px >= x && px <= x + w && py >= y && py <= y + h) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Number of series with points (a test hook). */
    public int seriesWithPoints() {
        int n = 0;
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            if (s.getXSeries() != null && s.getXSeries().length > 0) {
                n++;
            }
        }
        return n;
    }
}
