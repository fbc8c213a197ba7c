// What a metric chart asks its data provider for: which runs, which metric, which axis, smoothing and aggregation.
package org.lmw.core.series;

import java.util.List;

import org.lmw.model.Run;

/**
 * The parameters of one metric chart.
 *
 * @param runs the runs to show, in legend order (descriptors as the run store listed them)
 * @param metric the metric, e.g. {@code loss}
 * @param withTest whether to add the test-split companion ({@code test_loss} for {@code loss}) as dashed lines
 * @param xAxis the x quantity
 * @param logY whether the y axis is logarithmic
 * @param smoothing the EMA weight in [0, 1), 0 for none
 * @param aggregateSeeds whether runs that differ only in their seed become one mean line with a ±std band
 * @param maxPoints how many points a drawn line may have (about twice the chart's width in pixels)
 */
public record ChartRequest(List<Run> runs, String metric, boolean withTest, XAxis xAxis, boolean logY,
        double smoothing, boolean aggregateSeeds, int maxPoints) {

    /** Copies the run list. */
    public ChartRequest {
        runs = List.copyOf(runs);
        if (!(smoothing >= 0 && smoothing < 1)) {
            throw new IllegalArgumentException("smoothing must be in [0, 1), was " + smoothing);
        }
        maxPoints = Math.max(8, maxPoints);
    }

    /** The test-split companion of a metric: {@code test_loss} for {@code loss}; {@code null} for a test metric. */
    public static String testCompanion(String metric) {
        return metric.startsWith("test_") ? null : "test_" + metric;
    }
}
