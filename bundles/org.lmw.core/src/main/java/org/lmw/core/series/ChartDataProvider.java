// Reads metric series of many runs off the UI thread, live-tails running ones, and builds chart models and CSV rows.
package org.lmw.core.series;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.MetricSeries;
import org.lmw.core.runstore.MetricSummary;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Run;

/**
 * The data provider of the metric charts, in the manner of Trace Compass's XY providers: views call it from a
 * background thread and post the result to the UI thread.
 *
 * <p>It keeps one open {@link MetricReader} per run and the series it has read. A fetch re-reads only what the
 * writer appended since (a range read from the last known step on), so refreshing a chart of running runs twice a
 * second reads a few blocks, not the whole file, and never blocks the writer. A series that was rewound (a run
 * resumed from an earlier checkpoint) is read again in full.
 *
 * <p>Thread-safe: fetches are serialised.
 */
public final class ChartDataProvider implements AutoCloseable {
    private final RunStore store;
    private final Map<String, MetricReader> readers = new LinkedHashMap<>();
    private final Map<String, Cached> cache = new LinkedHashMap<>();
    private long pointsRead;

    /** A series read earlier and how many stored records it came from. */
    private record Cached(Columns columns, long records) {
    }

    /** Creates a provider over a workspace's run store. */
    public ChartDataProvider(RunStore store) {
        this.store = store;
    }

    /** The run store read. */
    public RunStore store() {
        return store;
    }

    /**
     * Reads a metric of a run, with what was appended since the last call.
     *
     * @return the series; empty when the run has no such metric (yet) or no metrics file
     */
    public synchronized Columns series(String runId, String metric) throws IOException {
        MetricReader reader = reader(runId);
        String key = runId + "\u0000" + metric;
        Cached cached = cache.get(key);
        long records = reader.pointCount(metric);
        if (cached != null && cached.records == records) {
            return cached.columns;
        }
        Columns columns;
        if (cached != null && cached.columns.size() > 0 && records > cached.records) {
            MetricSeries tail = reader.readRange(metric, cached.columns.lastStep() + 1, Long.MAX_VALUE);
            pointsRead += tail.size();
            columns = cached.columns.append(Columns.of(tail));
            if (cached.records + tail.size() != records) {
                // Records that did not land after the last step rewound the series: read it whole.
                columns = full(reader, metric);
            }
        } else {
            columns = full(reader, metric);
        }
        cache.put(key, new Cached(columns, records));
        return columns;
    }

    /** A run's summary of a metric through the cached reader (only new block headers are indexed). */
    public synchronized MetricSummary summary(String runId, String metric) throws IOException {
        return reader(runId).summary(metric);
    }

    /** The metric names that any of the runs recorded, sorted. */
    public synchronized List<String> metrics(List<Run> runs) throws IOException {
        Set<String> names = new TreeSet<>();
        for (Run run : runs) {
            names.addAll(reader(run.getId()).metrics());
        }
        return new ArrayList<>(names);
    }

    /**
     * The series a chart shows, at full resolution, in legend order: per run (or per seed group) the metric, then
     * its test companion when asked for.
     */
    public synchronized List<ShownSeries> shown(ChartRequest request) throws IOException {
        List<ShownSeries> out = new ArrayList<>();
        List<String> varying = Runs.varying(request.runs(), !request.aggregateSeeds());
        boolean severalExperiments = request.runs().stream().map(Run::getExperimentName).distinct().count() > 1;
        List<List<Run>> groups = new ArrayList<>();
        if (request.aggregateSeeds()) {
            groups.addAll(Runs.seedGroups(request.runs()).values());
        } else {
            for (Run run : request.runs()) {
                groups.add(List.of(run));
            }
        }
        String companion = request.withTest() ? ChartRequest.testCompanion(request.metric()) : null;
        int color = 0;
        for (List<Run> group : groups) {
            Run first = group.get(0);
            String label = group.size() > 1 ? Runs.groupLabel(first, varying, severalExperiments)
                    : Runs.label(first, varying, severalExperiments);
            boolean any = false;
            for (String metric : companion == null ? List.of(request.metric()) : List.of(request.metric(), companion)) {
                ShownSeries s = build(request, group, metric, metric.equals(companion),
                        metric.equals(companion) ? Messages.bind(Messages.testSuffix, label) : label,
                        Palette.color(color));
                if (s != null) {
                    out.add(s);
                    any = true;
                }
            }
            if (any || !request.aggregateSeeds()) {
                color++;
            }
        }
        return out;
    }

    /** Builds the chart model: the shown series downsampled to the request's point budget. */
    public synchronized ChartModel fetch(ChartRequest request) throws IOException {
        long before = pointsRead;
        List<ShownSeries> shown = shown(request);
        List<ChartModel.Line> lines = new ArrayList<>(shown.size());
        int budget = LineDrawing.pointsPerLine(request.maxPoints(), shown.size());
        for (ShownSeries s : shown) {
            lines.add(LineDrawing.draw(s, request.logY(), budget));
        }
        return new ChartModel(request.metric(), request.metric(), request.xAxis(), request.xAxis().label(), false,
                request.logY(), lines, pointsRead - before);
    }

    /** Total points read from the store by this provider (tests and benchmarks watch it). */
    public synchronized long pointsRead() {
        return pointsRead;
    }

    /** Forgets the readers and cached series of runs not in the given set (e.g. deleted runs). */
    public synchronized void retain(Set<String> runIds) {
        readers.entrySet().removeIf(e -> {
            if (runIds.contains(e.getKey())) {
                return false;
            }
            closeQuietly(e.getValue());
            return true;
        });
        cache.keySet().removeIf(k -> !runIds.contains(k.substring(0, k.indexOf('\u0000'))));
    }

    @Override
    public synchronized void close() {
        readers.values().forEach(ChartDataProvider::closeQuietly);
        readers.clear();
        cache.clear();
    }

    private ShownSeries build(ChartRequest request, List<Run> group, String metric, boolean test, String label,
            int color) throws IOException {
        Run first = group.get(0);
        List<String> ids = group.stream().map(Run::getId).toList();
        long[] steps;
        long[] walls;
        double[] values;
        double[] std = null;
        if (group.size() == 1) {
            Columns c = series(first.getId(), metric);
            if (c.size() == 0) {
                return null;
            }
            steps = c.steps();
            walls = c.wallTimesNanos();
            values = c.values();
        } else {
            List<long[]> s = new ArrayList<>();
            List<long[]> w = new ArrayList<>();
            List<double[]> v = new ArrayList<>();
            for (Run run : group) {
                Columns c = series(run.getId(), metric);
                s.add(c.steps());
                w.add(c.wallTimesNanos());
                v.add(c.values());
            }
            SeedBand band = SeedBand.of(s, w, v);
            if (band.size() == 0) {
                return null;
            }
            steps = band.steps();
            walls = band.wallTimesNanos();
            values = band.mean();
            std = band.std();
        }
        long start = startNanos(first, walls);
        double[] x = request.xAxis().values(steps, walls, Runs.stepsPerEpoch(first), start);
        double[] smoothed = request.smoothing() > 0 ? Ema.smooth(values, request.smoothing()) : null;
        return new ShownSeries((group.size() == 1 ? first.getId() : Runs.seedGroupKey(first)) + "\u0000" + metric,
                label, ids, metric, test, color, steps, walls, x, values, smoothed, std,
                SeriesStats.of(steps, values));
    }

    private static long startNanos(Run run, long[] walls) {
        if (run.getStartedAt() != null) {
            return run.getStartedAt().getTime() * 1_000_000L;
        }
        return walls.length == 0 ? 0 : walls[0];
    }

    private Columns full(MetricReader reader, String metric) throws IOException {
        MetricSeries series = reader.read(metric);
        pointsRead += series.size();
        return Columns.of(series);
    }

    private MetricReader reader(String runId) throws IOException {
        MetricReader reader = readers.get(runId);
        if (reader == null) {
            reader = store.folder(runId).openReader();
            readers.put(runId, reader);
        }
        return reader;
    }

    private static void closeQuietly(MetricReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // A reader holds only a read handle; failing to close it loses nothing.
        }
    }
}
