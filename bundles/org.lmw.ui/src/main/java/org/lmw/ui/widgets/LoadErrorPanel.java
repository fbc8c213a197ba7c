// The panel an editor shows instead of its page when its file cannot be read: why, which file, and a retry.
package org.lmw.ui.widgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.lmw.ui.Messages;

/**
 * An error icon, a title, the reason with the file's path, the assurance that the file was not changed and what to do
 * about it, and an "Open again" link that disposes the panel and runs the editor's load again.
 */
public final class LoadErrorPanel extends Composite {

    /**
     * Creates the panel and lays out its parent.
     *
     * @param parent the editor's composite
     * @param titleFont the editor's heading font
     * @param title what cannot be opened, for example "This notebook cannot be opened"
     * @param reason why, as one readable sentence
     * @param path the file's path, or {@code null} when the editor has none
     * @param hint what the user can do about it
     * @param retry the editor's load, run after the panel is disposed
     */
    public LoadErrorPanel(Composite parent, Font titleFont, String title, String reason, String path,
            String hint, Runnable retry) {
        super(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 24;
        layout.marginHeight = 24;
        layout.horizontalSpacing = 14;
        layout.verticalSpacing = 10;
        setLayout(layout);
        Label icon = new Label(this, SWT.NONE);
        icon.setImage(getDisplay().getSystemImage(SWT.ICON_ERROR));
        icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 1, 3));
        Label heading = new Label(this, SWT.WRAP);
        heading.setFont(titleFont);
        heading.setText(title);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label text = new Label(this, SWT.WRAP);
        text.setText(Messages.bind(Messages.loadFailedText, reason, path == null ? "" : path, hint));
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.widthHint = 560;
        text.setLayoutData(textData);
        Link again = new Link(this, SWT.NONE);
        again.setText(Messages.loadFailedRetry);
        again.addListener(SWT.Selection, e -> {
            dispose();
            retry.run();
        });
        parent.layout(true, true);
    }
}
