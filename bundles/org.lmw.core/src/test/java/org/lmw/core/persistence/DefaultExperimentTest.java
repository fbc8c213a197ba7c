// The New Experiment wizard's starting point: the Fashion-MNIST MLP baseline, valid and saved as XMI.
package org.lmw.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.Experiment;
import org.lmw.model.OptimizerKind;
import org.lmw.model.validation.ModelValidation;
import org.lmw.model.validation.SweepExpander;

class DefaultExperimentTest {

    @TempDir
    Path dir;

    @Test
    void isTheFashionMnistMlpBaseline() {
        Experiment e = ExperimentFiles.newDefaultExperiment("fmnist-mlp");
        assertEquals("fmnist-mlp", e.getName());
        assertEquals("fashion-mnist", e.getDataset().getName());
        assertEquals(Architecture.MLP, e.getModel().getArchitecture());
        assertEquals(256, e.getModel().getWidth());
        assertEquals(2, e.getModel().getDepth());
        assertEquals(Activation.RELU, e.getModel().getActivation());
        assertEquals(OptimizerKind.SGD, e.getOptimizer().getKind());
        assertEquals(0.05, e.getOptimizer().getLearningRate());
        assertEquals(0.0, e.getOptimizer().getMomentum());
        assertEquals(128, e.getTraining().getBatchSize());
        assertEquals(1, e.getTraining().getEpochs());
        assertEquals(200, e.getTraining().getEvalEvery());
        assertEquals(1000, e.getTraining().getCheckpointEvery());
        assertEquals(1, SweepExpander.expand(e).size());
    }

    @Test
    void isValidAsCreated() {
        assertEquals(List.of(), ModelValidation.validate(ExperimentFiles.newDefaultExperiment("fmnist-mlp")));
    }

    @Test
    void savesAndReloadsEqualUnderItsConventionalFileName() throws Exception {
        Experiment e = ExperimentFiles.newDefaultExperiment("fmnist-mlp");
        Path file = ExperimentFiles.fileFor(dir, e.getName());
        assertEquals(dir.resolve("fmnist-mlp.lmw"), file);
        ExperimentFiles.save(e, file);
        RoundTripTest.assertEqualModels(e, ExperimentFiles.load(file));
    }
}
