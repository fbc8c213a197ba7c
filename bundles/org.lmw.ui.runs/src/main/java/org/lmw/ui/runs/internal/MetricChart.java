// An SWTChart line chart that draws a ChartModel: runs overlaid, faint raw lines, seed bands, legend stats, step cursor.
package org.lmw.ui.runs.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.lmw.core.series.ChartModel;
import org.lmw.core.series.Format;
import org.lmw.core.series.InstrumentCharts;
import org.lmw.core.series.Palette;
import org.lmw.core.series.SvgExport;
import org.lmw.ui.runs.Messages;

/**
 * A chart of one {@link ChartModel}. It only draws: the model arrives computed and downsampled (a few thousand points
 * per line), so an update costs one repaint however long the runs are.
 *
 * <p>Series are kept by the model line's key across updates, so a live refresh changes data in place without
 * flicker. Seed bands and the step cursor are custom paint on the plot area; a click or Left/Right selects a step,
 * which the owner publishes to every chart.
 */
public final class MetricChart {
    private static final String RAW = "\u0000raw";
    private static final int BAND_ALPHA = 50;

    private final Chart chart;
    private final Map<Integer, Color> colors = new HashMap<>();
    private ChartModel model;
    private long cursorStep = -1;
    private LongConsumer cursorListener = step -> {
    };
    private String emptyText = "";
    private int updates;

    /** Creates the chart inside a parent. */
    public MetricChart(Composite parent) {
        chart = new Chart(parent, SWT.DOUBLE_BUFFERED);
        Display display = parent.getDisplay();
        Color white = display.getSystemColor(SWT.COLOR_WHITE);
        Color text = color(0x333333);
        chart.setBackground(white);
        chart.setBackgroundInPlotArea(white);
        chart.getTitle().setForeground(text);
        chart.getTitle().setText("");
        chart.getTitle().setVisible(false);
        // The legend is painted inside the plot (top right), so it costs no plot space and never truncates.
        chart.getLegend().setVisible(false);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(text);
            axis.getTick().setForeground(color(0x555555));
            axis.getGrid().setForeground(color(0xE4E4E4));
            axis.getGrid().setStyle(LineStyle.SOLID);
        }
        chart.getAxisSet().getYAxis(0).getTitle().setText("");
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                paintBands(e.gc);
            }

            @Override
            public boolean drawBehindSeries() {
                return true;
            }
        });
        chart.getPlotArea().addCustomPaintListener(e -> paintLegend(e.gc));
        chart.getPlotArea().addCustomPaintListener(e -> paintCursor(e.gc));
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseDown, e -> {
            if (e.button == 1 && model != null) {
                double x = chart.getAxisSet().getXAxis(0).getDataCoordinate(e.x);
                long step = model.stepOfX(x);
                if (step >= 0) {
                    cursorListener.accept(step);
                }
            }
        });
        plot.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT) && model != null && cursorStep >= 0) {
                long step = neighbourStep(e.keyCode == SWT.ARROW_RIGHT);
                if (step >= 0) {
                    cursorListener.accept(step);
                }
            }
        });
        plot.addListener(SWT.MouseWheel, e -> {
            // Wheel zooms x around the pointer; a double click restores the full range.
            IAxis xAxis = chart.getAxisSet().getXAxis(0);
            if (e.count > 0) {
                xAxis.zoomIn(xAxis.getDataCoordinate(e.x));
            } else {
                xAxis.zoomOut(xAxis.getDataCoordinate(e.x));
            }
            chart.getAxisSet().getYAxis(0).adjustRange();
            chart.redraw();
        });
        plot.addListener(SWT.MouseDoubleClick, e -> {
            chart.getAxisSet().adjustRange();
            chart.redraw();
        });
    }

    /** Called with the step the user picked (click, Left/Right). */
    public void setCursorListener(LongConsumer listener) {
        cursorListener = listener;
    }

    /** The SWTChart widget. */
    public Chart chart() {
        return chart;
    }

    /** The control to lay out. */
    public Control control() {
        return chart;
    }

    /**
     * Shows a model (UI thread). Series of lines no longer present are removed; the others change in place.
     *
     * @param next the model
     * @param empty what the plot says when there is nothing to draw
     */
    public void show(ChartModel next, String empty) {
        if (chart.isDisposed()) {
            return;
        }
        model = next;
        emptyText = empty;
        chart.suspendUpdate(true);
        try {
            IAxis xAxis = chart.getAxisSet().getXAxis(0);
            IAxis yAxis = chart.getAxisSet().getYAxis(0);
            // Log scale is switched off while data changes: SWTChart refuses values at or below 0 on a log axis.
            yAxis.enableLogScale(false);
            xAxis.enableLogScale(false);
            Set<String> wanted = new HashSet<>();
            for (ChartModel.Line line : next.lines()) {
                if (line.rawX() != null && line.rawX().length > 0) {
                    wanted.add(line.key() + RAW);
                    ILineSeries<?> raw = series(line.key() + RAW);
                    raw.setXSeries(line.rawX());
                    raw.setYSeries(line.rawY());
                    raw.setLineColor(color(Palette.faint(line.color(), 0.7)));
                    raw.setLineWidth(1);
                    // Faint noise needs no antialiasing; it is the costliest part of a cairo paint.
                    raw.setAntialias(SWT.OFF);
                    raw.setLineStyle(line.dashed() ? LineStyle.DASH : LineStyle.SOLID);
                    raw.setVisibleInLegend(false);
                }
                wanted.add(line.key());
                ILineSeries<?> main = series(line.key());
                main.setXSeries(line.x());
                main.setYSeries(line.y());
                main.setLineColor(color(line.color()));
                main.setLineWidth(2);
                main.setLineStyle(line.dashed() ? LineStyle.DASH : LineStyle.SOLID);
                main.setSymbolType(line.size() == 1 || next.xAxis() == null ? ILineSeries.PlotSymbolType.CIRCLE
                        : ILineSeries.PlotSymbolType.NONE);
                main.setSymbolColor(color(line.color()));
                main.setSymbolSize(3);
                main.setDescription(line.legend());
            }
            // Raw lines first so smoothed lines draw over them; SWTChart paints series in creation order.
            for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
                if (!wanted.contains(s.getId())) {
                    chart.getSeriesSet().deleteSeries(s.getId());
                }
            }
            for (ChartModel.Line line : next.lines()) {
                if (wanted.contains(line.key() + RAW)) {
                    chart.getSeriesSet().sendToBack(line.key() + RAW);
                }
            }
            chart.getTitle().setText(next.title());
            // Ordinary metrics are named by the chart's chooser; instrument series get a y title saying what they
            // measure (sharpness λmax, effective rank, ...), since their names are terse.
            String yTitle = next.xAxis() == null ? null : fitTitle(InstrumentCharts.axisTitle(next.metric()));
            yAxis.getTitle().setVisible(yTitle != null);
            xAxis.getTitle().setText(next.xTitle() == null ? "" : next.xTitle());
            yAxis.getTitle().setText(yTitle == null ? "" : yTitle);
            chart.getAxisSet().adjustRange();
            padRange(yAxis, next.logY());
            if (yTitle != null && !next.logY()) {
                // Instrument series plateau at the top (sharpness at 2/η): room above them for the in-plot legend.
                legendHeadroom(yAxis, next);
            }
            if (!next.isEmpty()) {
                yAxis.enableLogScale(next.logY());
                xAxis.enableLogScale(next.logX());
            }
            chart.getPlotArea().setBackgroundText(next.isEmpty() ? empty : "", chart.getDisplay().getSystemFont(), color(0x888888));
        } finally {
            chart.suspendUpdate(false);
        }
        updates++;
        chart.redraw();
    }

    /** Marks a step (every chart of the view shows the same one); -1 hides the cursor. */
    public void setCursorStep(long step) {
        if (cursorStep != step) {
            cursorStep = step;
            if (!chart.isDisposed()) {
                chart.getPlotArea().getControl().redraw();
            }
        }
    }

    /** The marked step, -1 when none. */
    public long cursorStep() {
        return cursorStep;
    }

    /** The x pixel of the cursor in the plot area, -1 when it is not shown (a test hook). */
    public int cursorPixel() {
        if (model == null || cursorStep < 0) {
            return -1;
        }
        double x = model.xOfStep(cursorStep);
        return Double.isNaN(x) ? -1 : chart.getAxisSet().getXAxis(0).getPixelCoordinate(x);
    }

    /** The model shown, or {@code null}. */
    public ChartModel model() {
        return model;
    }

    /** How many models were shown so far (tests watch live updates with it). */
    public int updates() {
        return updates;
    }

    /** The legend texts of the lines, in order (a test hook). */
    public List<String> legend() {
        List<String> out = new ArrayList<>();
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            if (s.isVisibleInLegend()) {
                out.add(s.getDescription());
            }
        }
        return out;
    }

    /** Saves what the chart shows as PNG. */
    public void exportPng(Path file) {
        chart.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** Saves what the chart shows as SVG, at the chart's size. */
    public void exportSvg(Path file) throws IOException {
        Point size = chart.getSize();
        Files.writeString(file, SvgExport.render(model, Math.max(400, size.x), Math.max(300, size.y), cursorStep),
                StandardCharsets.UTF_8);
    }

    private ILineSeries<?> series(String id) {
        ISeries<?> existing = chart.getSeriesSet().getSeries(id);
        if (existing instanceof ILineSeries<?> line) {
            return line;
        }
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        line.setAntialias(SWT.ON);
        return line;
    }

    private static void padRange(IAxis axis, boolean log) {
        Range r = axis.getRange();
        if (!(r.upper > r.lower)) {
            return;
        }
        if (log) {
            if (r.lower > 0) {
                double pad = Math.pow(r.upper / r.lower, 0.04);
                axis.setRange(new Range(r.lower / pad, r.upper * pad));
            }
        } else {
            double pad = (r.upper - r.lower) * 0.04;
            axis.setRange(new Range(r.lower - pad, r.upper + pad));
        }
    }

    /**
     * A y title that fits the chart's height: the full one, else without its parenthesis
     * ({@code sharpness λmax}), else none.
     */
    private String fitTitle(String title) {
        if (title == null) {
            return null;
        }
        int room = chart.getSize().y - 70;
        GC gc = new GC(chart);
        try {
            gc.setFont(chart.getAxisSet().getYAxis(0).getTitle().getFont());
            if (gc.textExtent(title).x <= room) {
                return title;
            }
            int paren = title.indexOf(" (");
            String shorter = paren > 0 ? title.substring(0, paren) : title;
            return gc.textExtent(shorter).x <= room ? shorter : null;
        } finally {
            gc.dispose();
        }
    }

    /** Raises a linear y axis's upper end so that the legend box (top right) covers no data. */
    private void legendHeadroom(IAxis axis, ChartModel next) {
        Range r = axis.getRange();
        int plot = chart.getPlotArea().getBounds().height;
        if (!(r.upper > r.lower) || plot <= 0) {
            return;
        }
        GC gc = new GC(chart);
        int lineHeight;
        try {
            lineHeight = gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
        int rows = Math.min(next.lines().size(), LEGEND_LINES) + (next.lines().size() > LEGEND_LINES ? 1 : 0);
        int legend = rows * lineHeight + 14;
        if (legend * 3 > plot) {
            // A legend taller than a third of the plot: squeezing the data would cost more than the overlap.
            return;
        }
        axis.setRange(new Range(r.lower, r.lower + (r.upper - r.lower) * plot / (plot - legend)));
    }

    private void paintBands(GC gc) {
        if (model == null) {
            return;
        }
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        int alpha = gc.getAlpha();
        for (ChartModel.Line line : model.lines()) {
            if (line.lower() == null || line.size() < 2) {
                continue;
            }
            int n = line.size();
            int[] polygon = new int[4 * n];
            for (int i = 0; i < n; i++) {
                int px = xAxis.getPixelCoordinate(line.x()[i]);
                polygon[2 * i] = px;
                polygon[2 * i + 1] = yAxis.getPixelCoordinate(line.upper()[i]);
                int j = 2 * n - 1 - i;
                polygon[2 * j] = px;
                polygon[2 * j + 1] = yAxis.getPixelCoordinate(line.lower()[i]);
            }
            gc.setAlpha(BAND_ALPHA);
            gc.setBackground(color(line.color()));
            gc.fillPolygon(polygon);
        }
        gc.setAlpha(alpha);
    }

    private static final int LEGEND_LINES = 8;

    private void paintLegend(GC gc) {
        if (model == null || model.isEmpty()) {
            return;
        }
        List<ChartModel.Line> lines = model.lines();
        int shown = Math.min(lines.size(), LEGEND_LINES);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            texts.add(lines.get(i).legend());
        }
        if (lines.size() > shown) {
            texts.add(Messages.bind(Messages.legendMore, lines.size() - shown));
        }
        int h = gc.getFontMetrics().getHeight();
        Rectangle area = chart.getPlotArea().getBounds();
        int w = widest(gc, texts);
        if (w + 40 > area.width) {
            // Too narrow for last/min/max: the labels alone, the numbers stay in the table and the CSV.
            for (int i = 0; i < shown; i++) {
                texts.set(i, lines.get(i).label() + (lines.get(i).seeds() > 1 ? " \u00b1 std" : ""));
            }
            w = widest(gc, texts);
        }
        int boxW = w + 30;
        int x = Math.max(2, area.width - boxW - 6);
        int y = 6;
        gc.setAlpha(215);
        gc.setBackground(color(0xFFFFFF));
        gc.fillRectangle(x, y, boxW, h * texts.size() + 6);
        gc.setAlpha(255);
        gc.setForeground(color(0xD0D0D0));
        gc.drawRectangle(x, y, boxW, h * texts.size() + 6);
        for (int i = 0; i < texts.size(); i++) {
            int ty = y + 3 + i * h;
            if (i < shown) {
                ChartModel.Line line = lines.get(i);
                gc.setForeground(color(line.color()));
                gc.setLineWidth(2);
                gc.setLineStyle(line.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
                gc.drawLine(x + 5, ty + h / 2, x + 21, ty + h / 2);
                gc.setLineStyle(SWT.LINE_SOLID);
                gc.setLineWidth(1);
            }
            gc.setForeground(color(0x333333));
            gc.drawText(texts.get(i), x + 26, ty, true);
        }
    }

    private static int widest(GC gc, List<String> texts) {
        int w = 0;
        for (String t : texts) {
            w = Math.max(w, gc.textExtent(t).x);
        }
        return w;
    }

    private void paintCursor(GC gc) {
        int px = cursorPixel();
        if (px < 0) {
            return;
        }
        Rectangle area = chart.getPlotArea().getBounds();
        gc.setForeground(color(0xC00000));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setLineWidth(1);
        gc.drawLine(px, 0, px, area.height);
        gc.setLineStyle(SWT.LINE_SOLID);
        // The values at the cursor, one per line in its colour: the readout researchers otherwise hover for.
        List<String> texts = new ArrayList<>();
        List<Integer> rgbs = new ArrayList<>();
        texts.add(Messages.bind(Messages.cursorLabel, Long.toString(cursorStep)));
        rgbs.add(0xC00000);
        for (ChartModel.Line line : model.lines()) {
            double y = valueAt(line, model.xOfStep(cursorStep));
            if (!Double.isNaN(y)) {
                texts.add(Format.value(y));
                rgbs.add(line.color());
            }
        }
        int lineHeight = gc.getFontMetrics().getHeight();
        int width = 0;
        for (String t : texts) {
            width = Math.max(width, gc.textExtent(t).x);
        }
        int x = px + 6 + width + 8 > area.width ? px - width - 12 : px + 6;
        // Below the legend box, near the bottom where falling curves leave room.
        int top = Math.max(4, area.height - lineHeight * texts.size() - 10);
        gc.setAlpha(220);
        gc.setBackground(color(0xFFFFFF));
        gc.fillRectangle(x - 2, top - 2, width + 6, lineHeight * texts.size() + 4);
        gc.setAlpha(255);
        for (int i = 0; i < texts.size(); i++) {
            gc.setForeground(color(rgbs.get(i)));
            gc.drawText(texts.get(i), x, top + i * lineHeight, true);
        }
    }

    private static double valueAt(ChartModel.Line line, double x) {
        double[] xs = line.x();
        int n = xs.length;
        if (n == 0 || Double.isNaN(x) || x < xs[0] || x > xs[n - 1]) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if (xs[hi] == xs[lo]) {
            return line.y()[lo];
        }
        double t = (x - xs[lo]) / (xs[hi] - xs[lo]);
        return line.y()[lo] + t * (line.y()[hi] - line.y()[lo]);
    }

    private long neighbourStep(boolean right) {
        for (ChartModel.Line line : model.lines()) {
            long[] steps = line.steps();
            for (int i = 0; i < steps.length; i++) {
                if (steps[i] >= cursorStep) {
                    int j = right ? (steps[i] == cursorStep ? i + 1 : i) : i - 1;
                    return j >= 0 && j < steps.length ? steps[j] : -1;
                }
            }
        }
        return -1;
    }

    private Color color(int rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF));
    }
}
