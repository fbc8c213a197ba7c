// File › New Notebook: asks for a name, creates <workspace>/<name>.lmwnb with a first text cell and opens it.
package org.lmw.ui.notebook.internal.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.lmw.core.persistence.NotebookFiles;
import org.lmw.core.workspace.LmwWorkspace;
import org.lmw.core.workspace.WorkspaceService;
import org.lmw.model.LmwFactory;
import org.lmw.model.Notebook;
import org.lmw.model.TextCell;
import org.lmw.ui.EditorOpener;
import org.lmw.ui.notebook.Messages;

/** Creates a notebook in the workspace folder and opens it in the notebook editor. */
public class NewNotebookHandler {
    /** Enabled while a workspace is open. */
    @CanExecute
    public boolean canExecute(@Optional WorkspaceService workspaces) {
        return workspaces != null && workspaces.current() != null;
    }

    /** Asks for the name, creates the file, opens it. */
    @Execute
    public void execute(Shell shell, @Optional WorkspaceService workspaces, MApplication application,
            EModelService models, EPartService parts) {
        LmwWorkspace ws = workspaces == null ? null : workspaces.current();
        if (ws == null) {
            MessageDialog.openError(shell, Messages.newNotebookTitle, Messages.newNotebookNoWorkspace);
            return;
        }
        Path root = ws.root();
        InputDialog dialog = new InputDialog(shell, Messages.newNotebookTitle, Messages.newNotebookPrompt,
                Messages.newNotebookDefault, text -> problem(root, text));
        if (dialog.open() != Window.OK) {
            return;
        }
        String name = dialog.getValue().strip();
        Path file = NotebookFiles.fileFor(root, name);
        try {
            NotebookFiles.save(starter(name), file);
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.newNotebookTitle, e.getMessage());
            return;
        }
        ws.fireChanged();
        EditorOpener.open(file, application, models, parts);
    }

    /** Why a name cannot be used, or null when it can. */
    static String problem(Path root, String text) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            return Messages.newNotebookEmpty;
        }
        if (!name.matches("[\\p{L}\\p{N} ._()+\\-]+") || name.startsWith(".")) {
            return Messages.newNotebookBadName;
        }
        if (Files.exists(NotebookFiles.fileFor(root, name))) {
            return Messages.bind(Messages.newNotebookExists, name + "." + NotebookFiles.EXTENSION);
        }
        return null;
    }

    /** A new notebook: the title and a text cell that says how to use it. */
    static Notebook starter(String name) {
        Notebook nb = NotebookFiles.newNotebook(name);
        TextCell intro = LmwFactory.eINSTANCE.createTextCell();
        intro.setId("intro");
        intro.setMarkdown(Messages.newNotebookIntro);
        nb.getCells().add(intro);
        return nb;
    }
}
