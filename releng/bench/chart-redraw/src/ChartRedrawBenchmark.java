// Measures how long the Training Runs chart takes to show 3 series of 1 M points: downsampling plus a real SWTChart paint.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.lmw.core.series.ChartModel;
import org.lmw.core.series.Ema;
import org.lmw.core.series.LineDrawing;
import org.lmw.core.series.Palette;
import org.lmw.core.series.SeriesStats;
import org.lmw.core.series.ShownSeries;
import org.lmw.core.series.XAxis;
import org.lmw.ui.runs.internal.MetricChart;

/**
 * One redraw = what the view does when new data arrives: LTTB-downsample each full-resolution series (main line and
 * faint raw line) to the chart's point budget, hand the model to {@link MetricChart} and wait until the chart has
 * painted. The median over repetitions is the number; a paint of unchanged data and SWTChart fed the raw million
 * points (its own compression only) are printed for comparison.
 */
public final class ChartRedrawBenchmark {
    private static int paints;

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        // A third argument overlays that many runs instead of 3 (e.g. 100 runs of 20 000 points).
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setText("chart-redraw benchmark");
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
        MetricChart chart = new MetricChart(shell);
        chart.chart().getPlotArea().getControl().addListener(SWT.Paint, e -> paints++);
        shell.open();
        drain(display);

        long t = System.nanoTime();
        List<ShownSeries> series = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            series.add(series(n, s));
        }
        System.out.printf(Locale.ROOT, "generated %d x %,d points with EMA smoothing in %d ms%n", count, n,
                (System.nanoTime() - t) / 1_000_000);
        int width = chart.control().getSize().x;
        int budget = width; // the view asks for one point per pixel column (TrainingRunsPart.request)
        System.out.printf(Locale.ROOT, "chart %d x %d px, point budget %d per line%n", width,
                chart.control().getSize().y, budget);

        double[] full = new double[repetitions];
        double[] downsample = new double[repetitions];
        for (int r = -3; r < repetitions; r++) {
            long t0 = System.nanoTime();
            List<ChartModel.Line> lines = new ArrayList<>();
            for (ShownSeries s : series) {
                lines.add(LineDrawing.draw(s, false, LineDrawing.pointsPerLine(budget, series.size())));
            }
            long t1 = System.nanoTime();
            ChartModel model = new ChartModel("loss", "loss", XAxis.STEP, XAxis.STEP.label(), false, false, lines,
                    3L * n);
            chart.show(model, "");
            paintNow(display, chart.chart());
            long t2 = System.nanoTime();
            if (r >= 0) {
                downsample[r] = (t1 - t0) / 1e6;
                full[r] = (t2 - t0) / 1e6;
            }
        }
        double[] paintOnly = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long t0 = System.nanoTime();
            chart.chart().redraw();
            paintNow(display, chart.chart());
            paintOnly[r] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "downsampling %d x %,d points (LTTB main + min/max raw): median %.1f ms%n", count, n,
                median(downsample));
        System.out.printf(Locale.ROOT, "repaint of unchanged chart: median %.1f ms%n", median(paintOnly));
        System.out.printf(Locale.ROOT, "redraw (downsample + update series + paint): median %.1f ms, min %.1f, max %.1f"
                + " over %d runs%n", median(full), min(full), max(full), repetitions);

        // For comparison: SWTChart given the million points directly (its own compression on), two repetitions.
        Shell rawShell = new Shell(display);
        rawShell.setLayout(new FillLayout());
        rawShell.setSize(1200, 700);
        Chart raw = new Chart(rawShell, SWT.NONE);
        rawShell.open();
        drain(display);
        double[] rawTimes = new double[2];
        for (int r = 0; r < rawTimes.length; r++) {
            long t0 = System.nanoTime();
            for (int s = 0; s < count; s++) {
                ILineSeries<?> line = (ILineSeries<?>) raw.getSeriesSet().createSeries(SeriesType.LINE, "s" + s);
                line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
                line.setXSeries(series.get(s).x());
                line.setYSeries(series.get(s).values());
            }
            raw.getAxisSet().adjustRange();
            raw.redraw();
            raw.update();
            drain(display);
            rawTimes[r] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf(Locale.ROOT, "for comparison, SWTChart fed %d x %,d raw points: %.0f ms, then %.0f ms%n", count, n,
                rawTimes[0], rawTimes[1]);
        rawShell.dispose();
        shell.dispose();
        display.dispose();
        System.out.printf(Locale.ROOT, "chart_redraw_ms_median=%d%n", Math.round(median(full)));
    }

    /** A noisy, decaying training loss with occasional spikes, smoothed like the view does by default. */
    private static ShownSeries series(int n, int seed) {
        Random random = new Random(seed);
        long[] steps = new long[n];
        long[] walls = new long[n];
        double[] x = new double[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = i;
            walls[i] = 1_700_000_000_000_000_000L + i * 1_000_000L;
            x[i] = i;
            values[i] = (1 + seed * 0.3) * 2.0 / (1 + i * 1e-4) + 0.05 * random.nextGaussian()
                    + (random.nextInt(200_000) == 0 ? 3 : 0);
        }
        double[] smoothed = Ema.smooth(values, 0.6);
        return new ShownSeries("s" + seed, "run " + seed, List.of("run-" + seed), "loss", false, Palette.color(seed),
                steps, walls, x, values, smoothed, null, SeriesStats.of(steps, values));
    }

    /** Requests a paint and returns once the plot area has painted (or after 2 s). */
    private static void paintNow(Display display, Chart chart) {
        int before = paints;
        chart.redraw();
        chart.update();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (paints == before && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
        drain(display);
    }

    private static void drain(Display display) {
        while (display.readAndDispatch()) {
            // process pending events
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
