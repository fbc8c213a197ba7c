// Notebook › Export HTML: asks where, then writes the active notebook as a self-contained HTML report in a job.
package org.lmw.ui.notebook.internal.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.lmw.ui.notebook.Messages;
import org.lmw.ui.notebook.NotebookEditor;

/** Exports the notebook of the editor whose context holds it (the same report as {@code lmw export-html}). */
public class ExportHtmlHandler {
    /** Enabled for a loaded notebook. */
    @CanExecute
    public boolean canExecute(@Optional NotebookEditor editor) {
        return editor != null && editor.getNotebook() != null;
    }

    /** Asks for the file (next to the notebook by default) and starts the export. */
    @Execute
    public void execute(Shell shell, @Optional NotebookEditor editor) {
        if (editor == null || editor.getFile() == null) {
            return;
        }
        Path file = editor.getFile().toAbsolutePath();
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.exportDialog);
        dialog.setFilterPath(file.getParent().toString());
        dialog.setFileName(base + ".html");
        dialog.setFilterExtensions(new String[] { "*.html", "*" });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            editor.exportHtml(Path.of(chosen));
        }
    }
}
