// File › Exit: closes the workbench, asking about unsaved editors first.
package org.lmw.rcp.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Exits after every dirty editor was saved or its changes discarded by the user. */
public class ExitHandler {
    @Execute
    public void execute(IWorkbench workbench, EPartService parts) {
        if (parts.getDirtyParts().isEmpty() || parts.saveAll(true)) {
            workbench.close();
        }
    }
}
