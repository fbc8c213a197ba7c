// Freezing: hash over the content, stable through save and load; versions; a hand edit of the XMI is detected.
package org.lmw.core.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.persistence.NotebookFiles;
import org.lmw.core.runstore.RunStore;
import org.lmw.model.Notebook;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.Verdict;
import org.lmw.model.Window;

class PredictionFreezerTest {

    @TempDir
    Path dir;

    private static Prediction threshold() {
        return NotebookFixtures.prediction("final test accuracy >= 0.88", PredictionKind.THRESHOLD, "test_accuracy",
                "fashion-mnist-mlp", Window.END, 0.88, Double.POSITIVE_INFINITY);
    }

    @Test
    void freezeSetsTimeAndHashAndRefusesASecondFreeze() {
        Prediction p = threshold();
        assertFalse(PredictionFreezer.isFrozen(p));
        assertFalse(PredictionFreezer.tampered(p));
        PredictionFreezer.freeze(p, Instant.parse("2026-11-22T18:00:00.123456Z"));
        assertEquals(Instant.parse("2026-11-22T18:00:00.123Z"), p.getFrozenAt().toInstant());
        assertTrue(p.getContentHash().matches("sha256:[0-9a-f]{64}"));
        assertFalse(PredictionFreezer.tampered(p));
        assertThrows(IllegalStateException.class, () -> PredictionFreezer.freeze(p, Instant.now()));
    }

    @Test
    void everyContentFieldChangesTheHashButTheVerdictDoesNot() {
        Prediction p = threshold();
        PredictionFreezer.freeze(p, Instant.now());
        String hash = p.getContentHash();
        p.setVerdict(Verdict.REFUTED);
        assertEquals(hash, PredictionFreezer.hash(p));
        List<Runnable> edits = List.of(() -> p.setLower(0.87), () -> p.setUpper(1.0), () -> p.setMetric("loss"),
                () -> p.setStatement("x"), () -> p.setWindow(Window.LAST_HALF), () -> p.setAtStep(5),
                () -> p.setTheory("2/lr"), () -> p.setAgainst("model.width"), () -> p.setConfidence(0.9),
                () -> p.setKind(PredictionKind.INTERVAL), () -> p.getQuery().setExperiment("other"),
                () -> p.getQuery().getTags().add("t"),
                () -> p.getQuery().getSweepValues().add(NotebookFixtures.parameter("seed", "1")),
                () -> p.setVersion(7), () -> p.setFrozenAt(new java.util.Date(0)));
        for (Runnable edit : edits) {
            Prediction copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(p);
            Prediction saved = p;
            edit.run();
            assertTrue(PredictionFreezer.tampered(saved), "an edit went unnoticed");
            // Undo by restoring the copy's content into a fresh check.
            assertFalse(PredictionFreezer.tampered(copy));
            p.setLower(copy.getLower());
            p.setUpper(copy.getUpper());
            p.setMetric(copy.getMetric());
            p.setStatement(copy.getStatement());
            p.setWindow(copy.getWindow());
            p.setAtStep(copy.getAtStep());
            p.setTheory(copy.getTheory());
            p.setAgainst(copy.getAgainst());
            p.setConfidence(copy.getConfidence());
            p.setKind(copy.getKind());
            p.setQuery(org.eclipse.emf.ecore.util.EcoreUtil.copy(copy.getQuery()));
            p.setVersion(copy.getVersion());
            p.setFrozenAt(copy.getFrozenAt());
            assertFalse(PredictionFreezer.tampered(p));
        }
    }

    @Test
    void newVersionKeepsTheFrozenOneAndItsVerdict() {
        Prediction v1 = threshold();
        PredictionCell cell = NotebookFixtures.cell("acc", v1);
        PredictionFreezer.freeze(v1, Instant.now());
        v1.setVerdict(Verdict.REFUTED);
        String hash = v1.getContentHash();
        Prediction v2 = PredictionFreezer.newVersion(cell);
        assertEquals(2, cell.getPredictions().size());
        assertSame(v2, PredictionFreezer.latest(cell));
        assertEquals(2, v2.getVersion());
        assertNull(v2.getFrozenAt());
        assertNull(v2.getContentHash());
        assertEquals(Verdict.PENDING, v2.getVerdict());
        assertEquals(0.88, v2.getLower());
        v2.setLower(0.85);
        assertEquals(Verdict.REFUTED, v1.getVerdict());
        assertEquals(hash, v1.getContentHash());
        assertEquals(0.88, v1.getLower());
        assertFalse(PredictionFreezer.tampered(v1));
        PredictionFreezer.freeze(v2, Instant.now());
        assertNotEquals(v1.getContentHash(), v2.getContentHash());
    }

    /** Done-when 3: a frozen prediction edited by hand in the saved XMI is detected. */
    @Test
    void handEditOfTheSavedXmiIsDetected() throws Exception {
        Notebook nb = NotebookFixtures.notebook("hand edit");
        nb.getCells().add(NotebookFixtures.text("# A prediction"));
        Prediction p = threshold();
        nb.getCells().add(NotebookFixtures.cell("acc", p));
        PredictionFreezer.freeze(p, Instant.parse("2026-11-22T18:00:00Z"));
        Path file = dir.resolve("hand.lmwnb");
        NotebookFiles.save(nb, file);

        Notebook reloaded = NotebookFiles.load(file);
        Prediction same = PredictionFreezer.latest((PredictionCell) reloaded.getCells().get(1));
        assertFalse(PredictionFreezer.tampered(same), "a plain save and load must keep the hash valid");
        assertTrue(PredictionFreezer.tamperReport(reloaded).isEmpty());

        String xmi = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xmi.contains("lower=\"0.88\""), xmi);
        Files.writeString(file, xmi.replace("lower=\"0.88\"", "lower=\"0.8\""), StandardCharsets.UTF_8);

        Notebook edited = NotebookFiles.load(file);
        Prediction moved = PredictionFreezer.latest((PredictionCell) edited.getCells().get(1));
        assertEquals(0.8, moved.getLower());
        assertTrue(PredictionFreezer.tampered(moved));
        List<String> report = PredictionFreezer.tamperReport(edited);
        System.out.println("tamper report: " + report);
        assertEquals(1, report.size());
        assertTrue(report.get(0).contains("cell acc v1") && report.get(0).contains("hash mismatch"), report.get(0));

        PredictionOutcome outcome = new NotebookEvaluator(RunStore.open(dir.resolve("ws"))).evaluate(moved);
        assertTrue(outcome.tampered());
        assertEquals(Verdict.INCONCLUSIVE, outcome.verdict());
    }

    @Test
    void aRemovedHashIsDetectedToo() throws Exception {
        Prediction p = threshold();
        PredictionFreezer.freeze(p, Instant.now());
        p.setContentHash(null);
        assertTrue(PredictionFreezer.tampered(p));
    }
}
