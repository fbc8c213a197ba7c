// Window › <view>: shows a view, re-creating it if the user closed it.
package org.lmw.rcp.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Named;

/** Activates the part whose id is the command parameter. */
public class ShowViewHandler {
    @Execute
    public void execute(@Named("org.lmw.commands.showView.partId") String partId, EPartService parts) {
        parts.showPart(partId, PartState.ACTIVATE);
    }
}
