// File › Open Workspace…: choose another workspace folder.
package org.lmw.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.lmw.core.workspace.WorkspaceService;
import org.lmw.ui.Messages;

/** Asks for a folder and makes it the current workspace. */
public class OpenWorkspaceHandler {
    @Execute
    public void execute(Shell shell, WorkspaceService workspaces) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText(Messages.openWorkspaceTitle);
        dialog.setMessage(Messages.openWorkspaceMessage);
        if (workspaces.current() != null) {
            dialog.setFilterPath(workspaces.current().root().toString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            workspaces.open(Path.of(chosen));
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.openWorkspaceTitle,
                    Messages.bind(Messages.openWorkspaceFailed, chosen, e.getMessage()));
        }
    }
}
