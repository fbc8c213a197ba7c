// What `lmw list` shows of each run: id, status, steps, hyperparameters and final metrics, as JSON or a table.
package org.lmw.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lmw.core.runstore.MetricPoint;
import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.RunStore;
import org.lmw.jobs.RunJob;
import org.lmw.model.Parameter;
import org.lmw.model.Run;
import org.lmw.model.validation.HyperparameterPaths;

/**
 * Builds the rows of {@code lmw list}: every readable run of the store with its status and hyperparameters, and the
 * last value of each whole-network metric read from the metrics file (so a run killed mid-way shows how far it got).
 */
final class RunListing {

    private static final String LEARNING_RATE_PATH = "optimizer.learningRate";

    private RunListing() {
    }

    static List<Map<String, Object>> list(RunStore store) throws IOException {
        RunStore.Listing listing = store.list();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Run run : listing.runs()) {
            rows.add(row(store, run));
        }
        for (Map.Entry<String, String> bad : listing.unreadable().entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("run_id", bad.getKey());
            row.put("status", "unreadable");
            row.put("message", bad.getValue());
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> row(RunStore store, Run run) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("run_id", run.getId());
        row.put("experiment", run.getExperimentName());
        row.put("status", run.getStatus() == null ? null : run.getStatus().getLiteral());
        Map<String, Object> hyper = new LinkedHashMap<>();
        for (Parameter p : run.getHyperparameters()) {
            hyper.put(p.getKey(), typed(p.getKey(), p.getValue()));
        }
        Object learningRate = hyper.get(LEARNING_RATE_PATH);
        Map<String, Object> metrics = new LinkedHashMap<>();
        long steps = run.getSteps();
        try (MetricReader reader = store.folder(run.getId()).openReader()) {
            for (String metric : reader.metrics()) {
                // Per-layer series (weight_norm/fc1, ...) would swamp the listing; export has them.
                if (metric.indexOf('/') >= 0) {
                    continue;
                }
                MetricPoint last = reader.last(metric).orElse(null);
                if (last != null) {
                    metrics.put(metric, last.value());
                    steps = Math.max(steps, last.step());
                }
            }
        } catch (IOException | RuntimeException e) {
            // No metrics yet (a queued run) or an unreadable file: the descriptor's numbers stand.
        }
        row.put("steps", steps);
        row.put("total_steps", run.getTotalSteps());
        row.put("learning_rate", learningRate);
        row.put("hyperparameters", hyper);
        row.put("metrics", metrics);
        for (Parameter p : run.getSummary()) {
            if (RunJob.SUMMARY_STEPS_PER_SECOND.equals(p.getKey())) {
                row.put("steps_per_s", typed(null, p.getValue()));
            }
        }
        row.put("created_at", run.getCreatedAt() == null ? null : run.getCreatedAt().toInstant().toString());
        row.put("message", run.getMessage());
        row.put("device", run.getDevice());
        return row;
    }

    /** Gives a hyperparameter's text its JSON type: whole numbers, numbers and booleans as such, the rest as text. */
    static Object typed(String path, String text) {
        if (text == null) {
            return null;
        }
        HyperparameterPaths.ValueType type = path == null ? HyperparameterPaths.ValueType.NUMBER
                : HyperparameterPaths.find(path).map(HyperparameterPaths.Hyperparameter::type)
                        .orElse(HyperparameterPaths.ValueType.TEXT);
        try {
            return switch (type) {
                case INTEGER, LONG -> Long.parseLong(text.strip());
                case NUMBER -> Double.parseDouble(text.strip());
                case BOOLEAN -> Boolean.parseBoolean(text.strip());
                default -> text;
            };
        } catch (NumberFormatException e) {
            return text;
        }
    }

    static void printTable(List<Map<String, Object>> rows, PrintStream out) {
        out.println(String.format(Locale.ROOT, Messages.LIST_HEADER, "RUN", "STATUS", "STEPS", "LR", "TEST_ACC",
                "EXPERIMENT"));
        for (Map<String, Object> row : rows) {
            Object steps = row.get("steps");
            Object lr = row.get("learning_rate");
            Object metrics = row.get("metrics");
            Object accuracy = metrics instanceof Map<?, ?> m ? m.get("test_accuracy") : null;
            out.println(String.format(Locale.ROOT, Messages.LIST_ROW, row.get("run_id"), row.get("status"),
                    steps instanceof Number n ? n.longValue() : 0L, lr == null ? "-" : lr.toString(),
                    accuracy instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : "-",
                    row.get("experiment") == null ? "" : row.get("experiment")));
        }
    }
}
