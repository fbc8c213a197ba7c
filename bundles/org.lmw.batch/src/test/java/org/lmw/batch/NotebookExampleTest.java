// Proves the shipped example notebook and its teacher-student experiment load, are frozen and untampered, and match
// their builder.
package org.lmw.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lmw.core.notebook.PredictionFreezer;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.core.persistence.NotebookFiles;
import org.lmw.jobs.RunLauncher;
import org.lmw.model.Cell;
import org.lmw.model.Experiment;
import org.lmw.model.Notebook;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.TextCell;
import org.lmw.model.validation.ModelValidation;

class NotebookExampleTest {

    /** Rewrites the shipped notebook and experiment from the builder: {@code -Dlmw.examples.write=true}. */
    @Test
    @EnabledIfSystemProperty(named = "lmw.examples.write", matches = "true")
    void rewriteTheShippedNotebook() throws Exception {
        NotebookExample.main(new String[0]);
    }

    @Test
    @DisabledIfSystemProperty(named = "lmw.examples.write", matches = "true")
    void shippedNotebookIsFrozenUntamperedAndMatchesItsBuilder() throws Exception {
        Notebook shipped = NotebookFiles.load(ExampleExperiments.FOLDER.resolve(NotebookExample.NOTEBOOK));
        assertTrue(EcoreUtil.equals(NotebookExample.notebook(), shipped),
                "learning-mechanics.lmwnb differs from NotebookExample; run its main() to rewrite it");
        assertTrue(PredictionFreezer.tamperReport(shipped).isEmpty(), PredictionFreezer.tamperReport(shipped)::toString);
        List<PredictionKind> kinds = new ArrayList<>();
        int texts = 0;
        for (Cell cell : shipped.getCells()) {
            if (cell instanceof PredictionCell pc) {
                Prediction p = PredictionFreezer.latest(pc);
                assertNotNull(p.getFrozenAt(), p.getStatement());
                assertFalse(PredictionFreezer.tampered(p));
                kinds.add(p.getKind());
            } else if (cell instanceof TextCell) {
                texts++;
            }
        }
        assertEquals(List.of(PredictionKind.RATIO, PredictionKind.POWER_LAW, PredictionKind.THRESHOLD), kinds);
        assertTrue(texts >= kinds.size(), "a text explains each prediction");
    }

    /**
     * Done-when 1 on the real example (minutes of training): {@code -Dlmw.example.check=DIR} copies the examples to
     * DIR, runs {@code lmw check --json} on the notebook with DIR/ws as workspace (training what is missing) and
     * writes DIR/learning-mechanics.html with {@code lmw export-html}.
     */
    @Test
    @EnabledIfSystemProperty(named = "lmw.example.check", matches = ".+")
    void checkTheShippedNotebookForReal() throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("lmw.example.check"));
        java.nio.file.Files.createDirectories(dir);
        try (var files = java.nio.file.Files.list(ExampleExperiments.FOLDER)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                java.nio.file.Files.copy(f, dir.resolve(f.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Cli cli = new Cli(System.out, System.err, java.util.Map.of());
        String notebook = dir.resolve(NotebookExample.NOTEBOOK).toString();
        String workspace = dir.resolve("ws").toString();
        int code = cli.run("check", "--json", "--workspace", workspace, notebook);
        System.out.println("lmw check exit code: " + code);
        int html = cli.run("export-html", "--workspace", workspace, notebook);
        assertEquals(0, html);
        assertTrue(code == 0 || code == 1, "check ran: " + code);
    }

    @Test
    @DisabledIfSystemProperty(named = "lmw.examples.write", matches = "true")
    void teacherStudentExperimentValidatesAndSweepsThreeSeeds() throws Exception {
        Experiment loaded = ExperimentFiles.load(ExampleExperiments.FOLDER.resolve(NotebookExample.TEACHER_STUDENT));
        assertTrue(ModelValidation.validate(loaded).isEmpty(), ModelValidation.validate(loaded)::toString);
        assertTrue(EcoreUtil.equals(NotebookExample.teacherStudent(), loaded));
        assertEquals(3, RunLauncher.prepare(ExampleExperiments.FOLDER.resolve(NotebookExample.TEACHER_STUDENT))
                .size());
    }
}
