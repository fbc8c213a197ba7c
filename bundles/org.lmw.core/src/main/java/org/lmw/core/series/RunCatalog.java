// The runs of a workspace as the runs table lists them, re-reading only descriptors that changed since the last look.
package org.lmw.core.series;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lmw.core.runstore.MetricSummary;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;

/**
 * A cache of the run store's descriptors: {@link #refresh()} lists the runs folder and loads only the {@code run.xmi}
 * files whose modification time changed, so a table of hundreds of runs can refresh every second while runs train.
 * Not thread-safe: one background thread uses it.
 */
public final class RunCatalog {
    /** The metrics the runs table summarises (final and best). */
    public static final List<String> TABLE_METRICS = List.of("loss", "test_loss", "test_accuracy");

    private final RunStore store;
    private final Map<String, Entry> entries = new HashMap<>();

    private record Entry(FileTime modified, Run run) {
    }

    /**
     * One row of the runs table.
     *
     * @param run the descriptor
     * @param summaries the summary of each of {@link #TABLE_METRICS} present in the run
     * @param durationSeconds how long it ran (or has been running), NaN when it has not started
     */
    public record Row(Run run, Map<String, MetricSummary> summaries, double durationSeconds) {
        /** Whether the run may still change: queued or running. */
        public boolean isLive() {
            return run.getStatus() == RunStatus.RUNNING || run.getStatus() == RunStatus.QUEUED;
        }
    }

    /** Creates a catalog of a run store. */
    public RunCatalog(RunStore store) {
        this.store = store;
    }

    /** Lists the runs, loading changed descriptors; unreadable ones are skipped (the navigator reports them). */
    public List<Run> refresh() throws IOException {
        List<String> ids = store.runIds();
        Map<String, Entry> next = new LinkedHashMap<>();
        for (String id : ids) {
            Path descriptor = store.runsFolder().resolve(id).resolve("run.xmi");
            FileTime modified;
            try {
                modified = Files.getLastModifiedTime(descriptor);
            } catch (IOException e) {
                continue;
            }
            Entry entry = entries.get(id);
            if (entry == null || !entry.modified.equals(modified)) {
                try {
                    entry = new Entry(modified, store.load(id));
                } catch (IOException e) {
                    continue;
                }
            }
            next.put(id, entry);
        }
        entries.clear();
        entries.putAll(next);
        List<Run> runs = new ArrayList<>(next.size());
        for (Entry e : next.values()) {
            runs.add(e.run);
        }
        return runs;
    }

    /** The table rows of runs, with summaries read through the provider's cached readers. */
    public static List<Row> rows(List<Run> runs, ChartDataProvider provider) {
        List<Row> rows = new ArrayList<>(runs.size());
        long now = System.currentTimeMillis();
        for (Run run : runs) {
            Map<String, MetricSummary> summaries = new LinkedHashMap<>();
            for (String metric : TABLE_METRICS) {
                try {
                    MetricSummary s = provider.summary(run.getId(), metric);
                    if (!s.isEmpty()) {
                        summaries.put(metric, s);
                    }
                } catch (IOException e) {
                    // A run whose metrics cannot be read shows empty cells; its descriptor still lists it.
                }
            }
            rows.add(new Row(run, summaries, duration(run, now)));
        }
        return rows;
    }

    private static double duration(Run run, long now) {
        if (run.getStartedAt() == null) {
            return Double.NaN;
        }
        long end = run.getFinishedAt() != null ? run.getFinishedAt().getTime()
                : run.getStatus() == RunStatus.RUNNING ? now : run.getStartedAt().getTime();
        return Math.max(0, end - run.getStartedAt().getTime()) / 1000.0;
    }
}
