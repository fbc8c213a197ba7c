// File › New Experiment: runs the wizard and opens the new experiment in its editor.
package org.lmw.ui.experiments.internal.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.lmw.core.workspace.LmwWorkspace;
import org.lmw.core.workspace.WorkspaceService;
import org.lmw.ui.EditorOpener;
import org.lmw.ui.experiments.Messages;
import org.lmw.ui.experiments.internal.wizard.NewExperimentWizard;

/** Opens the New Experiment wizard; on Finish the new file opens in the Experiment editor. */
public class NewExperimentHandler {
    /** Runs the wizard. */
    @Execute
    public void execute(Shell shell, @Optional WorkspaceService workspaces, MApplication application,
            EModelService models, EPartService parts) {
        LmwWorkspace workspace = workspaces == null ? null : workspaces.current();
        if (workspace == null) {
            MessageDialog.openInformation(shell, Messages.newExperimentFailedTitle, Messages.wizardNoWorkspace);
            return;
        }
        NewExperimentWizard wizard = new NewExperimentWizard(workspace);
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setPageSize(560, 420);
        if (dialog.open() != Window.OK) {
            return;
        }
        Path file = wizard.createdFile();
        if (file != null) {
            try {
                EditorOpener.open(file, application, models, parts);
            } catch (RuntimeException e) {
                MessageDialog.openError(shell, Messages.newExperimentFailedTitle,
                        Messages.bind(Messages.wizardCreateFailed, e.getMessage()));
            }
        }
    }
}
