// File › Save: saves the active editor when it has unsaved changes.
package org.lmw.rcp.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Saves the active part through its {@code @Persist} method. */
public class SaveHandler {
    @CanExecute
    public boolean canExecute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.isDirty();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
        parts.savePart(part, false);
    }
}
