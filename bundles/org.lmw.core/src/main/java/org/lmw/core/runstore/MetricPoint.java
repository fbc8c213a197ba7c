// One recorded value of a metric series: what a chart's hover or a "last value" label shows.
package org.lmw.core.runstore;

/**
 * One point of a metric series.
 *
 * @param step the training step the value belongs to
 * @param wallTimeNanos when it was recorded, in nanoseconds since the epoch
 * @param value the metric's value (NaN or infinite when the run diverged)
 */
public record MetricPoint(long step, long wallTimeNanos, double value) {
}
