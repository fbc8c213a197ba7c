// Proves the data provider tails a running run by reading only appended points, and builds what the chart draws.
package org.lmw.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.runstore.RunSession;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ChartDataProviderTest {
    @TempDir
    Path workspace;

    @Test
    void aRunningRunIsTailedByReadingOnlyTheNewPoints() throws Exception {
        RunStore store = RunStore.open(workspace);
        Run run = TestRuns.run("live", "seed", "0");
        try (RunSession session = store.create(run).start(); ChartDataProvider provider = new ChartDataProvider(store)) {
            for (int s = 0; s < 10_000; s++) {
                session.metrics().record(s, "loss", 1.0 / (1 + s));
            }
            session.metrics().flush();
            ChartRequest request = new ChartRequest(List.of(store.load("live")), "loss", false, XAxis.STEP, false, 0,
                    false, 400);
            ChartModel first = provider.fetch(request);
            assertEquals(10_000, first.pointsRead());
            assertEquals(9_999, first.lines().get(0).stats().lastStep());
            assertEquals(400, first.lines().get(0).size(), "downsampled to the point budget");

            ChartModel unchanged = provider.fetch(request);
            assertEquals(0, unchanged.pointsRead(), "nothing new, nothing read");

            for (int s = 10_000; s < 10_500; s++) {
                session.metrics().record(s, "loss", 1.0 / (1 + s));
            }
            session.metrics().flush();
            ChartModel next = provider.fetch(request);
            assertEquals(500, next.pointsRead(), "only the appended points are read");
            assertEquals(10_499, next.lines().get(0).stats().lastStep());
            assertEquals(1.0, next.lines().get(0).stats().max());
            assertEquals(10_500, provider.series("live", "loss").size());
            session.end(RunStatus.FINISHED, null);
        }
    }

    @Test
    void testCompanionIsDashedWithTheSameColourAndSmoothingKeepsAFaintRawLine() throws Exception {
        RunStore store = RunStore.open(workspace);
        Run a = TestRuns.run("a", "optimizer.learningRate", "0.1");
        try (RunSession session = store.create(a).start()) {
            for (int s = 0; s < 1000; s++) {
                session.metrics().record(s, "loss", 2.0 / (1 + s) + (s % 2) * 0.1);
                if (s % 100 == 99) {
                    session.metrics().record(s, "test_loss", 2.5 / (1 + s));
                }
            }
            session.end(RunStatus.FINISHED, null);
        }
        try (ChartDataProvider provider = new ChartDataProvider(store)) {
            ChartModel model = provider.fetch(new ChartRequest(List.of(store.load("a")), "loss", true, XAxis.STEP, true,
                    0.8, false, 300));
            assertEquals(2, model.lines().size());
            ChartModel.Line train = model.lines().get(0);
            ChartModel.Line test = model.lines().get(1);
            assertEquals(train.color(), test.color());
            assertTrue(test.dashed() && !train.dashed());
            assertTrue(train.rawY() != null, "smoothing keeps the raw line");
            assertTrue(train.legend().contains("last") && train.legend().contains("min") && train.legend().contains("max"),
                    train.legend());
            assertEquals(List.of("loss", "test_loss"), provider.metrics(List.of(store.load("a"))));

            String svg = SvgExport.render(model, 800, 500, 500);
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(svg)));
            assertEquals("svg", doc.getDocumentElement().getNodeName());
            assertEquals(4, doc.getElementsByTagName("polyline").getLength(), "raw and smoothed, train and test");
            assertTrue(svg.contains("stroke-dasharray"), "the test line and cursor are dashed");
        }
    }

    @Test
    void xOfStepAndStepOfXInvertEachOtherOnAnEpochAxis() throws IOException {
        RunStore store = RunStore.open(workspace);
        Run run = TestRuns.run("e", "training.mode", "minibatch", "dataset.trainSize", "1000", "training.batchSize",
                "100", "training.maxSteps", "200");
        TestRuns.write(store, run, "loss", 200, 1, s -> 1.0);
        try (ChartDataProvider provider = new ChartDataProvider(store)) {
            ChartModel model = provider.fetch(new ChartRequest(List.of(store.load("e")), "loss", false, XAxis.EPOCH,
                    false, 0, false, 1000));
            assertEquals(12.5, model.xOfStep(125), 1e-12, "10 steps per epoch");
            assertEquals(125, model.stepOfX(12.5));
        }
    }
}
