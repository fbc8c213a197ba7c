/**
 * Computations behind the metric charts, with no UI: display downsampling ({@link org.lmw.core.series.Downsampling},
 * LTTB and min/max buckets, both keeping first, last, min and max), EMA smoothing ({@link org.lmw.core.series.Ema}),
 * seed aggregation ({@link org.lmw.core.series.SeedBand}: mean and sample std across runs sharing every
 * hyperparameter but the seed, aligned on common steps), sweep tables ({@link org.lmw.core.series.SweepTable}: final
 * or best metric vs a swept hyperparameter, one line per value of a second) and export of what is shown
 * ({@link org.lmw.core.series.CsvExport}, {@link org.lmw.core.series.SvgExport}).
 *
 * <p>{@link org.lmw.core.series.ChartDataProvider} ties them to the run store: views call it off the UI thread with a
 * {@link org.lmw.core.series.ChartRequest} and draw the {@link org.lmw.core.series.ChartModel} it returns; it tails
 * running runs by reading only what was appended since its last call.
 */
package org.lmw.core.series;
