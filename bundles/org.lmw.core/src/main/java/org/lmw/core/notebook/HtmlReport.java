// A notebook as one self-contained HTML page: Markdown text, predictions with verdict badges, evidence charts as images.
package org.lmw.core.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.MetricSeries;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Cell;
import org.lmw.model.ChartCell;
import org.lmw.model.Notebook;
import org.lmw.model.Parameter;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.Run;
import org.lmw.model.RunQuery;
import org.lmw.model.TextCell;
import org.lmw.model.Verdict;

/**
 * Renders a notebook as one self-contained HTML document (no scripts, no external resources): text cells through
 * {@link Markdown}, each prediction with its verdict badge, statement, frozen state (a tampered one flagged), evidence
 * line, fitted values, runs used and the chart of predicted vs observed ({@link EvidenceChart}) as an
 * {@code <img src="data:image/svg+xml;base64,...">}; earlier versions of a prediction are listed with the verdicts
 * they keep. Chart cells are drawn when a run store is given.
 */
public final class HtmlReport {
    private static final int CHART_WIDTH = 720;
    private static final int CHART_HEIGHT = 320;
    private static final int CHART_RUNS = 10;

    private HtmlReport() {
    }

    /** The report without chart cells' data (they show their query). */
    public static String render(Notebook nb, List<PredictionOutcome> outcomes) {
        return render(nb, outcomes, null);
    }

    /**
     * The report.
     *
     * @param nb the notebook
     * @param outcomes outcomes of its predictions (from {@link NotebookEvaluator#evaluate(Notebook)}); a prediction
     *        without one shows the verdict and evidence stored in the notebook
     * @param store the run store for chart cells, or null
     */
    public static String render(Notebook nb, List<PredictionOutcome> outcomes, RunStore store) {
        Map<Prediction, PredictionOutcome> byPrediction = new IdentityHashMap<>();
        for (PredictionOutcome o : outcomes) {
            byPrediction.put(o.prediction(), o);
        }
        String title = nb.getTitle() == null || nb.getTitle().isBlank() ? "Notebook" : nb.getTitle();
        StringBuilder b = new StringBuilder(1 << 16);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.append("<title>").append(Markdown.escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n");
        b.append("</head>\n<body>\n<h1 class=\"title\">").append(Markdown.escape(title)).append("</h1>\n");
        b.append("<p class=\"meta\">Report generated ").append(iso(new Date())).append(" by the Learning Mechanics "
                + "Workbench. ").append(counts(nb, byPrediction)).append("</p>\n");
        int index = 0;
        for (Cell cell : nb.getCells()) {
            index++;
            if (cell instanceof TextCell text) {
                b.append("<section class=\"text\">\n").append(Markdown.render(text.getMarkdown()))
                        .append("</section>\n");
            } else if (cell instanceof ChartCell chart) {
                chart(b, chart, store);
            } else if (cell instanceof PredictionCell pc && PredictionFreezer.latest(pc) != null) {
                prediction(b, pc, byPrediction, index);
            }
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static String counts(Notebook nb, Map<Prediction, PredictionOutcome> outcomes) {
        int[] n = new int[Verdict.VALUES.size()];
        int total = 0;
        for (Cell cell : nb.getCells()) {
            if (cell instanceof PredictionCell pc && PredictionFreezer.latest(pc) != null) {
                n[verdict(PredictionFreezer.latest(pc), outcomes).getValue()]++;
                total++;
            }
        }
        List<String> parts = new ArrayList<>();
        for (Verdict v : Verdict.VALUES) {
            if (n[v.getValue()] > 0) {
                parts.add(n[v.getValue()] + " " + v.getLiteral());
            }
        }
        return total + " prediction" + (total == 1 ? "" : "s") + (parts.isEmpty() ? "" : ": " + String.join(", ",
                parts)) + ".";
    }

    private static Verdict verdict(Prediction p, Map<Prediction, PredictionOutcome> outcomes) {
        PredictionOutcome o = outcomes.get(p);
        if (o != null) {
            return o.verdict();
        }
        return p.getVerdict() == null ? Verdict.PENDING : p.getVerdict();
    }

    private static void prediction(StringBuilder b, PredictionCell cell, Map<Prediction, PredictionOutcome> outcomes,
            int index) {
        Prediction p = PredictionFreezer.latest(cell);
        PredictionOutcome o = outcomes.get(p);
        Verdict verdict = verdict(p, outcomes);
        boolean tampered = PredictionFreezer.tampered(p);
        b.append("<section class=\"prediction\" id=\"").append(Markdown.escape(cell.getId() != null ? cell.getId()
                : "cell-" + index)).append("\">\n");
        b.append("<div class=\"head\">").append(badge(verdict));
        if (tampered) {
            b.append(" <span class=\"badge tampered\">tampered</span>");
        }
        b.append(" <span class=\"statement\">").append(Markdown.escape(p.getStatement())).append("</span>")
                .append(" <span class=\"version\">v").append(p.getVersion()).append("</span></div>\n");
        b.append("<p class=\"spec\">").append(Markdown.escape(spec(p))).append("</p>\n");
        if (tampered) {
            b.append("<p class=\"warning\">This prediction was frozen, but its content no longer matches its hash: it "
                    + "was edited by hand after freezing. Its verdict is not trusted.</p>\n");
        } else if (PredictionFreezer.isFrozen(p)) {
            b.append("<p class=\"frozen\">Frozen ").append(iso(p.getFrozenAt())).append(", <code>")
                    .append(Markdown.escape(shortHash(p.getContentHash()))).append("</code></p>\n");
        } else {
            b.append("<p class=\"frozen\">Not frozen (a draft).</p>\n");
        }
        String evidence = o != null ? o.evidence() : p.getEvidence() == null ? null : p.getEvidence().getSummary();
        if (evidence != null) {
            b.append("<p class=\"evidence\">").append(Markdown.escape(evidence)).append("</p>\n");
        }
        if (o != null && o.missing() != null && verdict != Verdict.SUPPORTED && verdict != Verdict.REFUTED) {
            b.append("<p class=\"missing\">Missing: ").append(Markdown.escape(o.missing())).append("</p>\n");
        }
        values(b, o, p);
        List<String> runs = o != null ? o.runIds() : p.getEvidence() == null ? List.of() : p.getEvidence().getRunIds();
        if (!runs.isEmpty()) {
            b.append("<p class=\"runs\">Runs used (").append(runs.size()).append("): ");
            for (int i = 0; i < runs.size(); i++) {
                b.append(i == 0 ? "" : ", ").append("<code>").append(Markdown.escape(runs.get(i))).append("</code>");
            }
            b.append("</p>\n");
        }
        if (o != null) {
            String svg = EvidenceChart.svg(o, CHART_WIDTH, CHART_HEIGHT);
            if (svg != null) {
                b.append("<img class=\"chart\" width=\"").append(CHART_WIDTH).append("\" height=\"")
                        .append(CHART_HEIGHT).append("\" alt=\"").append(Markdown.escape("predicted vs observed: "
                                + p.getMetric())).append("\" src=\"").append(dataUri(svg)).append("\">\n");
            }
        }
        if (cell.getPredictions().size() > 1) {
            b.append("<details class=\"versions\"><summary>Earlier versions (")
                    .append(cell.getPredictions().size() - 1).append(")</summary>\n<ul>\n");
            for (Prediction old : cell.getPredictions()) {
                if (old == p) {
                    continue;
                }
                b.append("<li>").append(badge(old.getVerdict() == null ? Verdict.PENDING : old.getVerdict()))
                        .append(" v").append(old.getVersion()).append(' ').append(Markdown.escape(old.getStatement()));
                if (PredictionFreezer.tampered(old)) {
                    b.append(" <span class=\"badge tampered\">tampered</span>");
                } else if (old.getFrozenAt() != null) {
                    b.append(" (frozen ").append(iso(old.getFrozenAt())).append(')');
                }
                if (old.getEvidence() != null && old.getEvidence().getSummary() != null) {
                    b.append("<br><span class=\"evidence\">").append(Markdown.escape(old.getEvidence().getSummary()))
                            .append("</span>");
                }
                b.append("</li>\n");
            }
            b.append("</ul></details>\n");
        }
        b.append("</section>\n");
    }

    private static void values(StringBuilder b, PredictionOutcome o, Prediction p) {
        List<String[]> rows = new ArrayList<>();
        if (o != null) {
            o.values().forEach((k, v) -> rows.add(new String[] {k, NotebookEvaluator.num(v)}));
        } else if (p.getEvidence() != null) {
            for (Parameter v : p.getEvidence().getValues()) {
                rows.add(new String[] {v.getKey(), v.getValue()});
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        b.append("<table class=\"values\">\n");
        for (String[] row : rows) {
            b.append("<tr><th>").append(Markdown.escape(row[0])).append("</th><td>").append(Markdown.escape(row[1]))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** What the prediction states, in words: kind, metric, runs, window, interval. */
    static String spec(Prediction p) {
        StringBuilder s = new StringBuilder();
        s.append(p.getKind() == null ? "?" : p.getKind().getLiteral()).append(": ").append(p.getMetric());
        switch (p.getKind() == null ? org.lmw.model.PredictionKind.THRESHOLD : p.getKind()) {
            case RATIO -> s.append(" / (").append(p.getTheory()).append(')');
            case POWER_LAW -> s.append(" = a*").append(p.getAgainst() == null || p.getAgainst().isBlank() ? "step"
                    : p.getAgainst()).append("^(-alpha) + c, alpha");
            case ORDERING -> s.append(' ').append(p.getDirection() == null ? "increasing"
                    : p.getDirection().getLiteral()).append(" with ").append(p.getAgainst());
            case COMPARISON -> s.append(", A - B");
            default -> {
            }
        }
        if (p.getKind() != org.lmw.model.PredictionKind.ORDERING) {
            s.append(" in ").append(NotebookEvaluator.bounds(p.getLower(), p.getUpper()));
        }
        s.append("; window ").append(p.getWindow() == null ? "end" : p.getWindow().getLiteral());
        if (p.getWindow() == org.lmw.model.Window.AT_STEP) {
            s.append(' ').append(p.getAtStep());
        }
        s.append("; runs: ").append(query(p.getQuery()));
        if (p.getComparisonQuery() != null) {
            s.append("; B: ").append(query(p.getComparisonQuery()));
        }
        return s.toString();
    }

    static String query(RunQuery q) {
        if (q == null) {
            return "none";
        }
        StringBuilder s = new StringBuilder(q.getExperiment() == null || q.getExperiment().isBlank() ? "any experiment"
                : q.getExperiment());
        if (!q.getTags().isEmpty()) {
            s.append(" tagged ").append(String.join(", ", q.getTags()));
        }
        for (Parameter v : q.getSweepValues()) {
            s.append(", ").append(v.getKey()).append('=').append(v.getValue());
        }
        return s.toString();
    }

    private static void chart(StringBuilder b, ChartCell chart, RunStore store) {
        b.append("<section class=\"chartcell\">\n<p class=\"spec\">Chart: ").append(Markdown.escape(chart.getMetric()))
                .append(" of ").append(Markdown.escape(query(chart.getQuery()))).append("</p>\n");
        if (store != null && chart.getQuery() != null && chart.getMetric() != null) {
            try {
                List<EvidenceSeries> series = new ArrayList<>();
                for (Run run : new NotebookEvaluator(store).select(chart.getQuery())) {
                    if (series.size() >= CHART_RUNS) {
                        break;
                    }
                    MetricSeries s;
                    try (MetricReader reader = store.folder(run.getId()).openReader()) {
                        s = reader.read(chart.getMetric());
                    }
                    if (s.isEmpty()) {
                        continue;
                    }
                    series.add(NotebookEvaluator.chartSeries(run.getId(), s.steps(), s.values(), null));
                }
                if (!series.isEmpty()) {
                    String svg = EvidenceChart.svg(series, chart.getMetric(), "step", null, null, false, CHART_WIDTH,
                            CHART_HEIGHT);
                    b.append("<img class=\"chart\" alt=\"").append(Markdown.escape(chart.getMetric()))
                            .append("\" src=\"").append(dataUri(svg)).append("\">\n");
                } else {
                    b.append("<p class=\"missing\">No runs with this metric yet.</p>\n");
                }
            } catch (IOException e) {
                b.append("<p class=\"missing\">").append(Markdown.escape(NotebookEvaluator.oneLine(e)))
                        .append("</p>\n");
            }
        }
        b.append("</section>\n");
    }

    private static String badge(Verdict v) {
        return "<span class=\"badge " + v.getLiteral() + "\">" + v.getLiteral() + "</span>";
    }

    /** An SVG document as a base64 data URI for an {@code <img>}. */
    public static String dataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String shortHash(String hash) {
        return hash == null ? "" : hash.length() > 23 ? hash.substring(0, 23) + "…" : hash;
    }

    private static String iso(Date date) {
        if (date == null) {
            return "";
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }

    private static final String CSS = """
            body { font-family: -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; max-width: 820px;
                   margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.45; }
            h1.title { border-bottom: 2px solid #444; padding-bottom: .2em; }
            .meta { color: #666; font-size: .9em; }
            section.prediction { border: 1px solid #ccc; border-radius: 6px; padding: .6em 1em; margin: 1.2em 0;
                   background: #fafafa; }
            .head { font-size: 1.08em; }
            .statement { font-weight: 600; }
            .version { color: #888; font-size: .85em; }
            .badge { display: inline-block; padding: .1em .55em; border-radius: 1em; color: #fff; font-size: .8em;
                   font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
            .badge.supported { background: #2e7d32; }
            .badge.refuted { background: #c62828; }
            .badge.inconclusive { background: #ef8f00; }
            .badge.pending { background: #757575; }
            .badge.tampered { background: #6a1b9a; }
            .spec, .frozen, .runs { color: #555; font-size: .9em; margin: .3em 0; }
            .evidence { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; }
            .missing { color: #a15c00; }
            .warning { color: #6a1b9a; font-weight: 600; }
            table.values { border-collapse: collapse; font-size: .85em; margin: .4em 0; }
            table.values th { text-align: left; font-weight: normal; color: #555; padding: 0 1em 0 0; }
            table.values td { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
            img.chart { max-width: 100%; height: auto; border: 1px solid #ddd; margin: .4em 0; background: #fff; }
            pre { background: #f3f3f3; padding: .6em; overflow-x: auto; }
            code { background: #f3f3f3; padding: 0 .2em; }
            blockquote { border-left: 3px solid #ccc; margin-left: 0; padding-left: 1em; color: #555; }
            """;
}
