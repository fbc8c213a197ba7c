// The panel a view shows while it has nothing to show: what the view is for and how to fill it.
package org.lmw.ui.widgets;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

/**
 * A title, an explanation and optional links, centred in the view; views swap it for their content once there is
 * something to show.
 */
public final class EmptyState extends Composite {
    private final Label title;
    private final Label text;

    /**
     * Creates the panel.
     *
     * @param parent the view's composite
     * @param titleText what the view shows
     * @param explanation how to get something into it
     */
    public EmptyState(Composite parent, String titleText, String explanation) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 24;
        layout.marginHeight = 24;
        layout.verticalSpacing = 10;
        setLayout(layout);
        title = new Label(this, SWT.WRAP);
        title.setFont(JFaceResources.getHeaderFont());
        title.setText(titleText);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        text = new Label(this, SWT.WRAP);
        text.setText(explanation);
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.widthHint = 420;
        text.setLayoutData(textData);
    }

    /**
     * Adds a line with a link; {@code <a>...</a>} marks the clickable words.
     *
     * @param linkText the text with its link
     * @param action what a click does
     * @return the link widget
     */
    public Link addLink(String linkText, Runnable action) {
        Link link = new Link(this, SWT.NONE);
        link.setText(linkText);
        link.addListener(SWT.Selection, e -> action.run());
        link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return link;
    }

    /** Returns the title text (tests read it). */
    public String getTitle() {
        checkWidget();
        return title.getText();
    }

    /** Returns the explanation text. */
    public String getExplanation() {
        checkWidget();
        return text.getText();
    }
}
