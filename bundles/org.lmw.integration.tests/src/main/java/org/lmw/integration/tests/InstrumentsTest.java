// Tier 2: instruments inside OSGi: a third-party bundle's instrument comes through the extension point, a run trains
// with it through the job service, and its series land in the run store.
package org.lmw.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.MetricSeries;
import org.lmw.core.runstore.RunFolder;
import org.lmw.core.runstore.RunStore;
import org.lmw.engine.instruments.InstrumentDescriptor;
import org.lmw.engine.instruments.InstrumentRegistry;
import org.lmw.jobs.InstrumentExtensions;
import org.lmw.jobs.LaunchPlan;
import org.lmw.jobs.RunJob;
import org.lmw.jobs.RunJobService;
import org.lmw.jobs.RunLauncher;
import org.lmw.jobs.RunOptions;
import org.lmw.jobs.RunOutcome;
import org.lmw.model.DataScope;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.LmwFactory;
import org.lmw.model.RunStatus;

class InstrumentsTest {

    private static final String MARGIN = "org.lmw.examples.logit-margin";

    @Test
    void aThirdPartyInstrumentIsContributedThroughTheExtensionPoint() {
        InstrumentExtensions.ensureLoaded();
        InstrumentDescriptor d = InstrumentRegistry.global().find(MARGIN);
        assertNotNull(d, "the example bundle's instrument is not registered: " + InstrumentRegistry.global().all());
        assertEquals("Logit margin", d.name());
        assertEquals(List.of("logit_margin", "logit_margin/positive_fraction"), d.measures());
        assertEquals(50, d.defaultEvery());
        assertEquals(DataScope.FIXED_SUBSET, d.defaultScope());
    }

    @Test
    void aRunTrainsWithTheInstrumentAndStoresItsSeries(@TempDir Path workspace) throws Exception {
        Experiment e = LmwFactory.eINSTANCE.createExperiment();
        e.setName("osgi-instruments");
        e.setSeed(1);
        e.setDataset(LmwFactory.eINSTANCE.createDatasetRef());
        e.getDataset().setName("fashion-mnist");
        e.getDataset().setTrainSize(1024);
        e.getDataset().setTestSize(256);
        e.setModel(LmwFactory.eINSTANCE.createModelSpec());
        e.getModel().setWidth(32);
        e.getModel().setDepth(1);
        e.setOptimizer(LmwFactory.eINSTANCE.createOptimizerSpec());
        e.getOptimizer().setLearningRate(0.1);
        e.setTraining(LmwFactory.eINSTANCE.createTrainingSpec());
        e.getTraining().setBatchSize(64);
        e.getTraining().setEpochs(0);
        e.getTraining().setMaxSteps(40);
        e.getTraining().setEvalEvery(20);
        e.getTraining().setCheckpointEvery(0);
        InstrumentSpec margin = LmwFactory.eINSTANCE.createInstrumentSpec();
        margin.setInstrumentId(MARGIN);
        margin.setEvery(10);
        margin.setSubsetSize(200);
        e.getInstruments().add(margin);
        Path file = workspace.resolve("osgi-instruments.lmw");
        org.lmw.core.persistence.ExperimentFiles.save(e, file);

        LaunchPlan plan = RunLauncher.prepare(file);
        List<RunJob> jobs = new RunLauncher(RunJobService.getDefault()).launch(plan, workspace, RunOptions.DEFAULT);
        assertEquals(1, jobs.size());
        assertTrue(jobs.get(0).await(Duration.ofMinutes(3)), "the run did not end in 3 minutes");
        RunOutcome outcome = jobs.get(0).outcome().orElseThrow();
        assertEquals(RunStatus.FINISHED, outcome.status(), outcome.message());

        RunStore store = RunLauncher.openStore(workspace, false);
        RunFolder folder = store.folder(outcome.runId());
        // A ReLU MLP under cross-entropy and SGD: inside OSGi too, the engine bundle loads its kernel library
        // (liblmw_kernels.so beside libtorch) and trains with the fused native step; provenance says so.
        String engine = folder.readDescriptor().getProvenance().getEngineName();
        assertTrue(engine.contains("fused native step"), engine);
        try (MetricReader reader = folder.openReader()) {
            MetricSeries m = reader.read("logit_margin");
            assertEquals(List.of(0L, 10L, 20L, 30L, 40L), java.util.Arrays.stream(m.steps()).boxed().toList());
            double[] v = m.values();
            assertTrue(v[v.length - 1] > v[0], "training widens the margin: " + java.util.Arrays.toString(v));
            double[] positive = reader.read("logit_margin/positive_fraction").values();
            assertTrue(positive[positive.length - 1] > 0.5, java.util.Arrays.toString(positive));
            assertTrue(reader.read("time/instrument/" + MARGIN).last().orElseThrow().value() > 0);
            assertTrue(reader.read("time/training").last().orElseThrow().value() > 0);
        }
        assertTrue(Files.notExists(folder.path().resolve("artifacts").resolve(RunJob.INSTRUMENT_FAILURES_FILE)),
                "no instrument failure expected");
    }
}
