// Handler of Run › Run Experiment (Ctrl+F11, the editor's Run button): launches every sweep point of the experiment.
package org.lmw.ui.runs.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.lmw.core.workspace.WorkspaceService;
import org.lmw.ui.runs.Messages;
import org.lmw.ui.runs.RunsUi;
import org.lmw.ui.runs.internal.Launching;

import jakarta.inject.Named;

/** Runs the experiment of the active editor or of the navigator's selection. */
public class RunExperimentHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts,
            WorkspaceService workspaces) {
        try {
            return workspaces.current() != null && Launching.experimentFile(part, selection, parts, false) != null;
        } catch (IOException e) {
            return false;
        }
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts,
            WorkspaceService workspaces, IEventBroker broker, Shell shell) {
        launch(part, selection, parts, workspaces, broker, shell, null);
    }

    /** Launches with an optional point filter; shared with the Run Sweep Points handler. */
    static void launch(MPart part, Object selection, EPartService parts, WorkspaceService workspaces,
            IEventBroker broker, Shell shell, Launching.PointFilter filter) {
        Path file;
        try {
            file = Launching.experimentFile(part, selection, parts, true);
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.launchFailedTitle, e.getMessage());
            return;
        }
        if (file == null || workspaces.current() == null) {
            MessageDialog.openInformation(shell, Messages.noExperimentTitle, Messages.noExperiment);
            return;
        }
        parts.showPart(RunsUi.PART_ID, EPartService.PartState.VISIBLE);
        Display display = shell.getDisplay();
        Launching.launch(file, workspaces.current().root(), filter,
                ids -> broker.post(RunsUi.TOPIC_LAUNCHED, List.copyOf(ids)),
                reason -> display.asyncExec(() -> MessageDialog.openError(shell, Messages.launchFailedTitle, reason)));
    }
}
