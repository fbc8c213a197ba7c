// The New Experiment wizard: creates <workspace>/<name>.lmw from a template and hands the file to the caller.
package org.lmw.ui.experiments.internal.wizard;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.core.workspace.LmwWorkspace;
import org.lmw.model.Experiment;
import org.lmw.ui.experiments.Messages;

/** Creates a new experiment file in the workspace; the handler opens it in the editor afterwards. */
public final class NewExperimentWizard extends Wizard {
    private final LmwWorkspace workspace;
    private NewExperimentPage page;
    private Path created;

    /** Creates the wizard for a workspace ({@code null} when none is open: the page then says so). */
    public NewExperimentWizard(LmwWorkspace workspace) {
        this.workspace = workspace;
        setWindowTitle(Messages.wizardTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new NewExperimentPage(workspace);
        addPage(page);
    }

    /** Returns the page (a test hook). */
    public NewExperimentPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        try {
            Path file = workspace.newExperimentFile(page.experimentName());
            Experiment experiment = page.template().create(page.experimentName(), page.experimentDescription());
            ExperimentFiles.save(experiment, file);
            created = file;
            workspace.fireChanged();
            return true;
        } catch (IOException | IllegalArgumentException e) {
            page.setErrorMessage(Messages.bind(Messages.wizardCreateFailed, e.getMessage()));
            return false;
        }
    }

    /** Returns the file Finish created, or {@code null} before (or without) a successful Finish. */
    public Path createdFile() {
        return created;
    }
}
