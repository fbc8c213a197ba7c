// The Notebook view: hypothesis notebooks: predictions frozen before the runs, judged with evidence.
package org.lmw.ui.notebook;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.lmw.ui.widgets.EmptyState;

import jakarta.annotation.PostConstruct;

/** The Notebook view; until there is something to show it explains what it is for and how to fill it. */
public class NotebookPart {
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
