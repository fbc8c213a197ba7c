// The Markdown renderer is safe and covers the basics; the HTML report is self-contained with badges and charts.
package org.lmw.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Notebook;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionKind;
import org.lmw.model.Window;

class MarkdownAndReportTest {

    @TempDir
    Path workspace;

    @Test
    void markdownBasics() {
        String html = Markdown.render("# Title\n\nSome *em* and **strong** and `x<y`.\n\n- one\n- two [link](https://a.b/c?d=1&e=2)\n\n1. first\n2. second\n\n```\n<b>code</b>\n```\n> quoted");
        assertTrue(html.contains("<h1>Title</h1>"), html);
        assertTrue(html.contains("<em>em</em>") && html.contains("<strong>strong</strong>"), html);
        assertTrue(html.contains("<code>x&lt;y</code>"), html);
        assertTrue(html.contains("<ul>\n<li>one</li>"), html);
        assertTrue(html.contains("<a href=\"https://a.b/c?d=1&amp;e=2\">link</a>"), html);
        assertTrue(html.contains("<ol>\n<li>first</li>\n<li>second</li>\n</ol>"), html);
        assertTrue(html.contains("<pre><code>&lt;b&gt;code&lt;/b&gt;\n</code></pre>"), html);
        assertTrue(html.contains("<blockquote><p>quoted</p>\n</blockquote>"), html);
        assertEquals("<p>snake_case_name stays</p>\n", Markdown.render("snake_case_name stays"));
    }

    @Test
    void markdownCannotInjectMarkup() {
        String html = Markdown.render("<script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
                + "[click](javascript:alert(3)) [x](data:text/html,hi) **<i>b</i>** \"q\"");
        assertFalse(html.contains("<script") || html.contains("<img") || html.contains("<i>"), html);
        assertFalse(html.contains("javascript:") && html.contains("href"), html);
        assertFalse(html.contains("href=\"data:"), html);
        assertTrue(html.contains("&lt;script&gt;") && html.contains("&quot;q&quot;"), html);
    }

    @Test
    void reportIsSelfContainedWithBadgesAndCharts() throws Exception {
        RunStore store = RunStore.open(workspace);
        NotebookFixtures.write(store, NotebookFixtures.run("mlp-1", "mlp"), "test_accuracy", 1000, 10,
                s -> 0.5 + 0.4 * s / 990.0);
        Notebook nb = NotebookFixtures.notebook("Report <test>");
        nb.getCells().add(NotebookFixtures.text("## Why\n\nBecause *reasons* <script>x</script>."));
        Prediction right = NotebookFixtures.prediction("acc >= 0.88", PredictionKind.THRESHOLD, "test_accuracy",
                "mlp", Window.END, 0.88, Double.POSITIVE_INFINITY);
        PredictionFreezer.freeze(right, Instant.now());
        nb.getCells().add(NotebookFixtures.cell("right", right));
        Prediction wrong = NotebookFixtures.prediction("acc in [0.95, 1]", PredictionKind.INTERVAL, "test_accuracy",
                "mlp", Window.END, 0.95, 1);
        nb.getCells().add(NotebookFixtures.cell("wrong", wrong));
        Prediction pending = NotebookFixtures.prediction("later", PredictionKind.THRESHOLD, "loss", "none",
                Window.END, 0, 1);
        nb.getCells().add(NotebookFixtures.cell("pending", pending));
        var chart = org.lmw.model.LmwFactory.eINSTANCE.createChartCell();
        chart.setMetric("test_accuracy");
        chart.setQuery(NotebookFixtures.query("mlp"));
        nb.getCells().add(chart);
        List<PredictionOutcome> outcomes = new NotebookEvaluator(store).evaluate(nb);
        String html = HtmlReport.render(nb, outcomes, store);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Report &lt;test&gt;</title>"));
        assertTrue(html.contains("<span class=\"badge supported\">supported</span>"), html);
        assertTrue(html.contains("<span class=\"badge refuted\">refuted</span>"));
        assertTrue(html.contains("<span class=\"badge pending\">pending</span>"));
        assertFalse(html.contains("<script"), "no script at all");
        assertFalse(html.matches("(?s).*(src|href)=\"https?:.*"), "no external resource");
        Matcher images = Pattern.compile("src=\"data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        int count = 0;
        while (images.find()) {
            String svg = new String(Base64.getDecoder().decode(images.group(1)), StandardCharsets.UTF_8);
            assertTrue(svg.startsWith("<svg") && svg.contains("<polyline"), svg);
            count++;
        }
        assertEquals(3, count, "two prediction charts and the chart cell");
        assertTrue(html.contains("<h2>Why</h2>") && html.contains("<em>reasons</em>"));
    }

    @Test
    void reportListsEarlierVersionsWithTheirVerdictsAndFlagsTampering() throws Exception {
        RunStore store = RunStore.open(workspace);
        Notebook nb = NotebookFixtures.notebook("versions");
        Prediction v1 = NotebookFixtures.prediction("acc >= 0.95", PredictionKind.THRESHOLD, "test_accuracy", "mlp",
                Window.END, 0.95, Double.POSITIVE_INFINITY);
        var cell = NotebookFixtures.cell("acc", v1);
        nb.getCells().add(cell);
        PredictionFreezer.freeze(v1, Instant.parse("2026-11-22T10:00:00Z"));
        v1.setVerdict(org.lmw.model.Verdict.REFUTED);
        Prediction v2 = PredictionFreezer.newVersion(cell);
        v2.setStatement("acc >= 0.85");
        v2.setLower(0.85);
        PredictionFreezer.freeze(v2, Instant.parse("2026-11-22T11:00:00Z"));
        v2.setUpper(0.9);
        String html = HtmlReport.render(nb, new NotebookEvaluator(store).evaluate(nb), store);
        assertTrue(html.contains("Earlier versions (1)"), html);
        assertTrue(html.contains("<span class=\"badge refuted\">refuted</span> v1 acc &gt;= 0.95"), html);
        assertTrue(html.contains("badge tampered") && html.contains("no longer matches its hash"), html);
        Prediction empty = NotebookFixtures.prediction("empty", PredictionKind.INTERVAL, "x", "mlp", Window.END, 2, 1);
        assertEquals(org.lmw.model.Verdict.INCONCLUSIVE, new NotebookEvaluator(store).evaluate(empty).verdict());
    }
}
