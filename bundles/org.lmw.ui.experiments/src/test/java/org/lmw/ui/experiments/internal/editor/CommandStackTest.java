// Edits through the editor's command stack: missing parts are created undoably, typing merges into one undo step.
package org.lmw.ui.experiments.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;

class CommandStackTest {
    private final CoalescingCommandStack stack = new CoalescingCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ReflectiveItemProviderAdapterFactory(), stack);

    @Test
    void settingAFieldOfAMissingPartCreatesItAndUndoRemovesIt() {
        Experiment experiment = LmwFactory.eINSTANCE.createExperiment();
        assertEquals(0, FeaturePath.SCHEDULE_WARMUP.get(experiment));
        stack.execute(FeaturePath.SCHEDULE_WARMUP.setCommand(domain, experiment, 500), null);
        assertEquals(500, experiment.getOptimizer().getSchedule().getWarmupSteps());
        stack.undo();
        assertNull(experiment.getOptimizer());
        stack.redo();
        assertEquals(500, FeaturePath.SCHEDULE_WARMUP.get(experiment));
    }

    @Test
    void typingIntoOneFieldIsOneUndoStep() {
        Experiment experiment = LmwFactory.eINSTANCE.createExperiment();
        experiment.setOptimizer(LmwFactory.eINSTANCE.createOptimizerSpec());
        FeaturePath lr = FeaturePath.OPTIMIZER_LEARNING_RATE;
        for (double v : new double[] { 0.0, 0.001, 0.0015 }) {
            stack.execute(lr.setCommand(domain, experiment, v), lr.key());
        }
        assertEquals(0.0015, experiment.getOptimizer().getLearningRate());
        stack.undo();
        assertEquals(0.05, experiment.getOptimizer().getLearningRate());
        assertFalse(stack.canUndo());
    }

    @Test
    void theSavedStateIsNeverMergedAway() {
        Experiment experiment = LmwFactory.eINSTANCE.createExperiment();
        stack.execute(FeaturePath.NAME.setCommand(domain, experiment, "a"), "name");
        stack.saveIsDone();
        assertFalse(stack.isSaveNeeded());
        stack.execute(FeaturePath.NAME.setCommand(domain, experiment, "ab"), "name");
        assertTrue(stack.isSaveNeeded());
        stack.undo();
        assertFalse(stack.isSaveNeeded());
        assertEquals("a", experiment.getName());
    }
}
