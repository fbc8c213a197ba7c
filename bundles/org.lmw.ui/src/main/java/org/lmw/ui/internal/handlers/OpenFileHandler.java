// Handler of the Open File command: opens a workspace file in the editor that declares its extension.
package org.lmw.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.lmw.ui.EditorOpener;
import org.lmw.ui.LmwUi;

import jakarta.inject.Named;

/** Opens the file named by the command parameter. */
public class OpenFileHandler {
    @Execute
    public void execute(@Named(LmwUi.OPEN_FILE_PATH) String path, MApplication application, EModelService models,
            EPartService parts) {
        EditorOpener.open(Path.of(path), application, models, parts);
    }
}
