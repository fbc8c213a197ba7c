// Proves the shipped examples load safely, validate, and are exactly what ExampleExperiments builds.
package org.lmw.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.jobs.LaunchPlan;
import org.lmw.jobs.RunLauncher;
import org.lmw.model.Experiment;
import org.lmw.model.OptimizerKind;
import org.lmw.model.ScheduleKind;
import org.lmw.model.validation.ModelValidation;

class ExamplesTest {

    /** Rewrites the shipped files from the builders: {@code -Dlmw.examples.write=true}. */
    @Test
    @EnabledIfSystemProperty(named = "lmw.examples.write", matches = "true")
    void rewriteTheShippedExamples() throws Exception {
        ExampleExperiments.main(new String[0]);
    }

    @Test
    @DisabledIfSystemProperty(named = "lmw.examples.write", matches = "true")
    void everyShippedExampleLoadsValidatesAndMatchesItsBuilder() throws Exception {
        for (Map.Entry<String, Experiment> example : ExampleExperiments.all().entrySet()) {
            Path file = ExampleExperiments.FOLDER.resolve(example.getKey());
            Experiment loaded = ExperimentFiles.load(file);
            assertTrue(ModelValidation.validate(loaded).isEmpty(), example.getKey() + ": "
                    + ModelValidation.validate(loaded));
            assertTrue(EcoreUtil.equals(example.getValue(), loaded),
                    example.getKey() + " differs from ExampleExperiments; run its main() to rewrite the files");
            LaunchPlan plan = RunLauncher.prepare(file);
            assertEquals(1, plan.size());
        }
    }

    @Test
    void everyExampleFileLoadsValidatesAndNamesInstalledInstruments() throws Exception {
        List<Path> files;
        try (java.util.stream.Stream<Path> list = java.nio.file.Files.list(ExampleExperiments.FOLDER)) {
            files = list.filter(f -> f.toString().endsWith(".lmw")).sorted().toList();
        }
        assertTrue(files.size() >= 5, files.toString());
        for (Path file : files) {
            Experiment loaded = ExperimentFiles.load(file);
            assertTrue(ModelValidation.validate(loaded).isEmpty(), file + ": " + ModelValidation.validate(loaded));
            for (org.lmw.model.InstrumentSpec spec : loaded.getInstruments()) {
                org.lmw.engine.instruments.InstrumentRegistry.global().require(spec.getInstrumentId());
            }
            assertTrue(RunLauncher.prepare(file).size() >= 1, file.toString());
        }
    }

    @Test
    void edgeOfStabilityIsFullBatchGradientDescentAtTwoStepSizes() throws Exception {
        Experiment eos = ExperimentFiles.load(ExampleExperiments.FOLDER.resolve("edge-of-stability.lmw"));
        assertEquals(org.lmw.model.TrainingMode.FULL_BATCH, eos.getTraining().getMode());
        assertEquals(org.lmw.model.LossKind.MSE, eos.getTraining().getLoss());
        assertEquals(0.0, eos.getOptimizer().getMomentum());
        LaunchPlan plan = RunLauncher.prepare(ExampleExperiments.FOLDER.resolve("edge-of-stability.lmw"));
        assertEquals(List.of(0.03, 0.05), plan.resolved().stream().map(e -> e.getOptimizer().getLearningRate())
                .toList());
        assertEquals("sharpness", eos.getInstruments().get(0).getInstrumentId());
        assertEquals(org.lmw.model.DataScope.TRAINING_SUBSET, eos.getInstruments().get(0).getDataScope());
    }

    @Test
    void benchMlpIsExactlyThePyTorchPeersJob() throws Exception {
        Experiment bench = ExperimentFiles.load(ExampleExperiments.FOLDER.resolve("bench-mlp.lmw"));
        assertEquals("fashion-mnist", bench.getDataset().getName());
        assertEquals(0, bench.getSeed());
        assertEquals(256, bench.getModel().getWidth());
        assertEquals(2, bench.getModel().getDepth());
        assertEquals(OptimizerKind.SGD, bench.getOptimizer().getKind());
        assertEquals(0.05, bench.getOptimizer().getLearningRate());
        assertEquals(0.0, bench.getOptimizer().getMomentum());
        assertEquals(0.0, bench.getOptimizer().getWeightDecay());
        assertEquals(ScheduleKind.CONSTANT, bench.getOptimizer().getSchedule().getKind());
        assertEquals(128, bench.getTraining().getBatchSize());
        // The peer times 2100 updates (100 warm-up, then 5 segments of 400) cycling through the training set.
        assertEquals(2100, bench.getTraining().getMaxSteps());
        assertTrue(bench.getTraining().getEpochs() * (60000 / 128) >= 2100, "epochs must not cut the run short");
        assertFalse(bench.getTraining().isShuffle(), "the peer trains in file order");
    }
}
