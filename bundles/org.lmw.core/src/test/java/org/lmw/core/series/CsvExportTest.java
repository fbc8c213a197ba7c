// Proves that the exported CSV holds exactly the stored values of every shown series, and quotes labels safely.
package org.lmw.core.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.MetricSeries;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Run;

class CsvExportTest {
    @TempDir
    Path workspace;

    @Test
    void exportedCsvEqualsTheStoredValuesBitForBit() throws IOException {
        RunStore store = RunStore.open(workspace);
        List<Run> runs = new ArrayList<>();
        for (String lr : new String[] { "0.01", "0.1", "1.0" }) {
            double rate = Double.parseDouble(lr);
            // Values with full double precision (no round decimals) so that any formatting loss would show.
            runs.add(TestRuns.write(store, TestRuns.run("lr-" + lr, "optimizer.learningRate", lr), "loss", 5_000, 1,
                    step -> Math.exp(-rate * step / 300.0) / 3 + Math.PI * 1e-9 * step));
        }
        String csv;
        try (ChartDataProvider provider = new ChartDataProvider(store)) {
            // Smoothing and downsampling change what is drawn, never what is exported.
            csv = CsvExport.toString(provider.shown(
                    new ChartRequest(runs, "loss", true, XAxis.STEP, true, 0.9, false, 200)));
        }
        String[] lines = csv.split("\n");
        assertEquals(CsvExport.HEADER, lines[0]);
        assertEquals(1 + 3 * 5_000, lines.length, "one row per stored point");
        int row = 1;
        for (Run run : runs) {
            MetricSeries stored;
            try (MetricReader reader = store.folder(run.getId()).openReader()) {
                stored = reader.read("loss");
            }
            for (int i = 0; i < stored.size(); i++, row++) {
                String[] cells = lines[row].split(",", -1);
                assertEquals("learningRate=" + Runs.hyperparameter(run, "optimizer.learningRate"), cells[0]);
                assertEquals("loss", cells[1]);
                assertEquals(run.getId(), cells[2]);
                assertEquals(stored.steps()[i], Long.parseLong(cells[3]));
                assertEquals(stored.wallTimesNanos()[i], Long.parseLong(cells[4]));
                assertEquals(Double.doubleToRawLongBits(stored.values()[i]),
                        Double.doubleToRawLongBits(Double.parseDouble(cells[6])), "row " + row);
                assertTrue(!cells[7].isEmpty(), "the smoothed value is exported beside the stored one");
                assertEquals("", cells[8]);
                assertEquals("1", cells[9]);
            }
        }
    }

    @Test
    void labelsWithCommasAndQuotesAreQuoted() {
        assertEquals("plain", CsvExport.cell("plain"));
        assertEquals("\"a,b\"", CsvExport.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
    }
}
