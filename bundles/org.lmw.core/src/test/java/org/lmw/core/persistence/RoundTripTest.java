// Saving then loading gives an equal model: a fully populated experiment, a notebook with every cell kind.
package org.lmw.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.model.ChartCell;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.LmwFactory;
import org.lmw.model.Notebook;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.SweepMode;
import org.lmw.model.TextCell;

class RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void fullyPopulatedExperimentReloadsEqual() throws Exception {
        Experiment experiment = LmwFactory.eINSTANCE.createExperiment();
        new ModelFiller().fill(experiment, 4);
        assertEquals(2, experiment.getTags().size());
        assertEquals(1, experiment.getInstruments().size());
        assertEquals(1, experiment.getInstruments().get(0).getParameters().size());
        assertEquals(2, experiment.getSweep().getAxes().get(0).getValues().size());
        Path file = dir.resolve("full.lmw");
        ExperimentFiles.save(experiment, file);
        Experiment loaded = ExperimentFiles.load(file);
        assertEqualModels(experiment, loaded);
    }

    @Test
    void handWrittenExperimentWithSweepInstrumentsAndTagsReloadsEqual() throws Exception {
        Experiment experiment = ExperimentFiles.newDefaultExperiment("fmnist-mlp");
        experiment.getTags().addAll(List.of("baseline", "μP"));
        experiment.getOptimizer().setLearningRate(Double.NaN);
        experiment.getDataset().setNoise(Double.POSITIVE_INFINITY);
        InstrumentSpec sharpness = LmwFactory.eINSTANCE.createInstrumentSpec();
        sharpness.setInstrumentId("sharpness");
        sharpness.setEvery(50);
        var iterations = LmwFactory.eINSTANCE.createParameter();
        iterations.setKey("iterations");
        iterations.setValue("20");
        sharpness.getParameters().add(iterations);
        experiment.getInstruments().add(sharpness);
        var sweep = LmwFactory.eINSTANCE.createSweep();
        sweep.setMode(SweepMode.LIST);
        var axis = LmwFactory.eINSTANCE.createSweepAxis();
        axis.setParameter("optimizer.learningRate");
        axis.getValues().addAll(List.of("0.1", "1e-3"));
        sweep.getAxes().add(axis);
        experiment.setSweep(sweep);
        Path file = dir.resolve("fmnist-mlp.lmw");
        ExperimentFiles.save(experiment, file);
        Experiment loaded = ExperimentFiles.load(file);
        assertEqualModels(experiment, loaded);
        assertTrue(Double.isNaN(loaded.getOptimizer().getLearningRate()));
        assertEquals(List.of("0.1", "1e-3"), loaded.getSweep().getAxes().get(0).getValues());
    }

    @Test
    void notebookWithEveryCellKindReloadsEqual() throws Exception {
        Notebook notebook = LmwFactory.eINSTANCE.createNotebook();
        new ModelFiller().fill(notebook, 4);
        List<String> kinds = notebook.getCells().stream().map(c -> c.eClass().getName()).toList();
        assertTrue(notebook.getCells().stream().anyMatch(TextCell.class::isInstance), kinds.toString());
        assertTrue(notebook.getCells().stream().anyMatch(ChartCell.class::isInstance), kinds.toString());
        assertTrue(notebook.getCells().stream().anyMatch(PredictionCell.class::isInstance), kinds.toString());
        Prediction prediction = notebook.getCells().stream().filter(PredictionCell.class::isInstance)
                .map(c -> ((PredictionCell) c).getPredictions().get(0)).findFirst().orElseThrow();
        prediction.setLower(Double.NEGATIVE_INFINITY);
        prediction.setFrozenAt(new Date(1_732_000_000_999L));
        Path file = dir.resolve("eos.lmwnb");
        NotebookFiles.save(notebook, file);
        Notebook loaded = NotebookFiles.load(file);
        assertEqualModels(notebook, loaded);
        Prediction reloaded = loaded.getCells().stream().filter(PredictionCell.class::isInstance)
                .map(c -> ((PredictionCell) c).getPredictions().get(0)).findFirst().orElseThrow();
        assertEquals(Double.NEGATIVE_INFINITY, reloaded.getLower());
        assertEquals(new Date(1_732_000_000_999L), reloaded.getFrozenAt());
    }

    @Test
    void savedFileIsDiffableUtf8Xmi() throws Exception {
        Path file = dir.resolve("x.lmw");
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("x"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text);
        assertTrue(text.contains("xmlns:lmw=\"http://lmw.org/model/1.0\""), text);
        assertTrue(text.contains("\n    name=\"x\""), "one attribute per line:\n" + text);
        // Defaults are written too, so the file means the same run if a model default ever changes.
        assertTrue(text.contains("learningRate=\"0.05\""), text);
        assertTrue(text.contains("batchSize=\"128\""), text);
    }

    @Test
    void savingLeavesTheInMemoryModelWhereItWas() throws Exception {
        Experiment experiment = ExperimentFiles.newDefaultExperiment("x");
        assertNull(experiment.eResource());
        ExperimentFiles.save(experiment, dir.resolve("x.lmw"));
        assertNull(experiment.eResource());
        Resource resource = new ResourceSetImpl().createResource(org.eclipse.emf.common.util.URI.createURI("mem:/a.lmw"));
        resource.getContents().add(experiment);
        ExperimentFiles.save(experiment, dir.resolve("y.lmw"));
        assertSame(resource, experiment.eResource());
        assertEquals(1, resource.getContents().size());
    }

    @Test
    void editorResourceSetLoadsThroughTheSameChecks() throws Exception {
        Path file = dir.resolve("x.lmw");
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("x"), file);
        var resourceSet = new ResourceSetImpl();
        ModelFiles.configure(resourceSet);
        Experiment first = ModelFiles.load(resourceSet, file, Experiment.class);
        Experiment again = ModelFiles.load(resourceSet, file, Experiment.class);
        assertNotSame(first, again);
        assertEquals(1, resourceSet.getResources().size(), "a reload replaces the resource");
        assertTrue(first.eIsProxy(), "the replaced copy is unloaded");
        // A plain getResource on the configured set uses the safe factory too.
        var other = new ResourceSetImpl();
        ModelFiles.configure(other);
        Resource plain = other.getResource(org.eclipse.emf.common.util.URI.createFileURI(file.toString()), true);
        assertTrue(plain.getResourceSet().getResourceFactoryRegistry().getFactory(plain.getURI())
                instanceof LmwResourceFactory);
        assertEqualModels(again, plain.getContents().get(0));
    }

    @Test
    void failedReloadKeepsTheModelTheEditorShows() throws Exception {
        Path file = dir.resolve("x.lmw");
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("x"), file);
        var resourceSet = new ResourceSetImpl();
        ModelFiles.configure(resourceSet);
        Experiment shown = ModelFiles.load(resourceSet, file, Experiment.class);
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<lmw:Experiment xmlns:lmw=\"http://lmw.org/model/1.0\"");
        ModelLoadException e = org.junit.jupiter.api.Assertions.assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(resourceSet, file, Experiment.class));
        assertTrue(e.getMessage().startsWith("x.lmw: not a valid experiment file: XML ends early"), e.getMessage());
        assertEquals(1, resourceSet.getResources().size());
        assertSame(shown, resourceSet.getResources().get(0).getContents().get(0));
        assertEquals("x", shown.getName());
    }

    static void assertEqualModels(EObject expected, EObject actual) {
        EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
        if (!equality.equals(expected, actual)) {
            // Say which object differs; the default assertion only shows two identity hashes.
            var left = expected.eAllContents();
            var right = actual.eAllContents();
            while (left.hasNext() && right.hasNext()) {
                EObject l = left.next();
                EObject r = right.next();
                if (!new EcoreUtil.EqualityHelper().equals(l, r)) {
                    for (var feature : l.eClass().getEAllAttributes()) {
                        assertEquals(l.eGet(feature), r.eGet(feature), l.eClass().getName() + "." + feature.getName());
                    }
                }
            }
            throw new AssertionError("models differ: " + expected + " vs " + actual);
        }
    }
}
