// The Training Runs view: runs of the workspace: status, hyperparameters, metric charts.
package org.lmw.ui.runs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.lmw.ui.widgets.EmptyState;

import jakarta.annotation.PostConstruct;

/** The Training Runs view; until there is something to show it explains what it is for and how to fill it. */
public class TrainingRunsPart {
    private EmptyState emptyState;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new FillLayout());
        emptyState = new EmptyState(body, Messages.emptyTitle, Messages.emptyText);
    }

    /** Returns the empty-state panel (tests read it). */
    public EmptyState getEmptyState() {
        return emptyState;
    }
}
