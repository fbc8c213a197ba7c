// Every template of the New Experiment wizard gives a valid experiment that survives a save and a load.
package org.lmw.ui.experiments.internal.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.model.Experiment;
import org.lmw.model.validation.ModelValidation;

class ExperimentTemplateTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(ExperimentTemplate.class)
    void templateGivesAnExperimentWithoutErrors(ExperimentTemplate template) {
        Experiment experiment = template.create("t1", "why");
        assertEquals("t1", experiment.getName());
        assertEquals("why", experiment.getDescription());
        assertNotNull(experiment.getOptimizer().getSchedule());
        assertTrue(ModelValidation.errors(ModelValidation.validate(experiment)).isEmpty(),
                () -> ModelValidation.validate(experiment).toString());
    }

    @ParameterizedTest
    @EnumSource(ExperimentTemplate.class)
    void templateSavesAndReloadsEqual(ExperimentTemplate template) throws Exception {
        Experiment experiment = template.create("round-trip", null);
        Path file = folder.resolve("round-trip.lmw");
        ExperimentFiles.save(experiment, file);
        assertTrue(Files.readString(file).contains("round-trip"));
        Experiment loaded = ExperimentFiles.load(file);
        assertTrue(EcoreUtil.equals(experiment, loaded), "reloaded experiment differs");
    }
}
