// A sweep's final or best metric against one swept hyperparameter, one line per value of a second: the μP picture.
package org.lmw.core.series;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lmw.core.runstore.MetricSummary;
import org.lmw.model.Run;

/**
 * Final (or best) value of a metric per run, against a hyperparameter on x, one line per value of a second
 * hyperparameter (e.g. final loss vs learning rate, one line per width). Runs that share x and line value (seeds)
 * become one point: their mean, with the sample standard deviation.
 *
 * @param xParameter the hyperparameter on x
 * @param lineParameter the hyperparameter that tells lines apart, or {@code null} for one line
 * @param metric the metric
 * @param statistic final or best value
 * @param lines the lines, ordered by their value (numerically when numbers)
 * @param categories the x labels when x values are not numbers (x then holds 0, 1, 2, ...), else empty
 */
public record SweepTable(String xParameter, String lineParameter, String metric, Statistic statistic,
        List<SweepLine> lines, List<String> categories) {

    /** Which value of each run's series a sweep point shows. */
    public enum Statistic {
        /** The value at the last step. */
        FINAL,
        /** The smallest value of a loss, the largest of an accuracy. */
        BEST
    }

    /**
     * One line of the sweep chart.
     *
     * @param value the line's value of the line hyperparameter ({@code null} for the only line)
     * @param x the x values, increasing
     * @param y the mean of the runs at each x
     * @param std the sample standard deviation at each x (0 for a single run)
     * @param runIds the runs at each x
     */
    public record SweepLine(String value, double[] x, double[] y, double[] std, List<List<String>> runIds) {
    }

    /** Whether higher values of a metric are better: accuracies are maximised, everything else minimised. */
    public static MetricSummary.Goal goal(String metric) {
        return metric.contains("accuracy") ? MetricSummary.Goal.MAXIMIZE : MetricSummary.Goal.MINIMIZE;
    }

    /**
     * Builds the table.
     *
     * @param runs the runs
     * @param summaries each run's summary of the metric by run id (from {@code RunStore.summaries})
     * @param xParameter the hyperparameter on x
     * @param lineParameter the hyperparameter of the lines, or {@code null}
     * @param metric the metric
     * @param statistic final or best
     * @return the table; runs without the metric or without the x hyperparameter are left out
     */
    public static SweepTable of(Collection<Run> runs, Map<String, MetricSummary> summaries, String xParameter,
            String lineParameter, String metric, Statistic statistic) {
        MetricSummary.Goal goal = goal(metric);
        boolean numericX = true;
        List<String> xTexts = new ArrayList<>();
        for (Run run : runs) {
            String x = Runs.hyperparameter(run, xParameter);
            if (x != null && !xTexts.contains(x)) {
                xTexts.add(x);
                numericX &= !Double.isNaN(Runs.number(x));
            }
        }
        List<String> categories = numericX ? List.of() : xTexts.stream().sorted().toList();
        // line value -> x -> values and run ids
        Map<String, TreeMap<Double, List<Object[]>>> byLine = new LinkedHashMap<>();
        for (Run run : runs) {
            MetricSummary summary = summaries.get(run.getId());
            String xText = Runs.hyperparameter(run, xParameter);
            if (summary == null || summary.isEmpty() || xText == null) {
                continue;
            }
            double value = statistic == Statistic.FINAL ? summary.finalValue() : summary.best(goal);
            double x = numericX ? Runs.number(xText) : categories.indexOf(xText);
            String line = lineParameter == null ? null : Runs.hyperparameter(run, lineParameter);
            byLine.computeIfAbsent(line == null ? "" : line, k -> new TreeMap<>())
                    .computeIfAbsent(x, k -> new ArrayList<>()).add(new Object[] { value, run.getId() });
        }
        List<String> lineValues = new ArrayList<>(byLine.keySet());
        boolean numericLines = lineValues.stream().allMatch(v -> !Double.isNaN(Runs.number(v)));
        lineValues.sort(numericLines ? Comparator.comparingDouble(Runs::number) : Comparator.naturalOrder());
        List<SweepLine> lines = new ArrayList<>();
        for (String lineValue : lineValues) {
            TreeMap<Double, List<Object[]>> points = byLine.get(lineValue);
            int n = points.size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            double[] sds = new double[n];
            List<List<String>> ids = new ArrayList<>();
            int i = 0;
            for (Map.Entry<Double, List<Object[]>> e : points.entrySet()) {
                List<Object[]> at = e.getValue();
                double sum = 0;
                List<String> atIds = new ArrayList<>();
                for (Object[] v : at) {
                    sum += (Double) v[0];
                    atIds.add((String) v[1]);
                }
                double mean = sum / at.size();
                double squares = 0;
                for (Object[] v : at) {
                    double d = (Double) v[0] - mean;
                    squares += d * d;
                }
                xs[i] = e.getKey();
                ys[i] = mean;
                sds[i] = at.size() > 1 ? Math.sqrt(squares / (at.size() - 1)) : 0;
                ids.add(atIds);
                i++;
            }
            lines.add(new SweepLine(lineParameter == null ? null : lineValue, xs, ys, sds, ids));
        }
        return new SweepTable(xParameter, lineParameter, metric, statistic, lines, categories);
    }

    /** The y-axis title: "final loss" or "best test_accuracy". */
    public String yTitle() {
        return Messages.bind(statistic == Statistic.FINAL ? Messages.sweepFinal : Messages.sweepBest, metric);
    }

    /** A line's legend label: {@code width=64}, or the metric when there is one line. */
    public String label(SweepLine line) {
        return line.value() == null ? yTitle() : Messages.bind(Messages.sweepLine, Runs.shortName(lineParameter),
                line.value());
    }

    /**
     * The table as a chart: one line per line value with its ± std band where seeds were averaged; x is logarithmic
     * when every x is positive and they span more than a factor of 10 (learning rates, widths).
     */
    public ChartModel toChartModel(boolean logY) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SweepLine line : lines) {
            for (double x : line.x()) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        boolean logX = categories.isEmpty() && lo > 0 && hi / lo > 10;
        List<ChartModel.Line> drawn = new ArrayList<>();
        int color = 0;
        for (SweepLine line : lines) {
            int n = line.x().length;
            boolean seeds = false;
            double[] lower = new double[n];
            double[] upper = new double[n];
            long[] steps = new long[n];
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lower[i] = line.y()[i] - line.std()[i];
                upper[i] = line.y()[i] + line.std()[i];
                seeds |= line.runIds().get(i).size() > 1;
                ids.addAll(line.runIds().get(i));
                steps[i] = -1;
            }
            SeriesStats stats = SeriesStats.of(steps, line.y());
            drawn.add(new ChartModel.Line(String.valueOf(line.value()), label(line), ids, Palette.color(color++), false,
                    steps, line.x(), line.y(), null, null, seeds ? lower : null, seeds ? upper : null, stats, 1));
        }
        return new ChartModel(yTitle(), metric, null, xParameter, logX, logY, drawn, 0);
    }
}
