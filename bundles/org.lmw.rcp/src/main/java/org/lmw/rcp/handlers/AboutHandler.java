// Help › About: the product version and the versions of the libraries it runs on.
package org.lmw.rcp.handlers;

import java.util.Map;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.lmw.core.ProductInfo;
import org.lmw.rcp.Messages;

/** Shows the About dialog. */
public class AboutHandler {
    @Execute
    public void execute(Shell shell) {
        MessageDialog.openInformation(shell, Messages.aboutTitle, aboutText());
    }

    /** Returns the text of the About dialog. */
    public static String aboutText() {
        StringBuilder text = new StringBuilder();
        text.append(Messages.bind(Messages.aboutHeader, ProductInfo.productVersion())).append("\n\n");
        text.append(Messages.aboutText).append("\n\n").append(Messages.aboutLibraries).append('\n');
        for (Map.Entry<String, String> library : ProductInfo.libraryVersions().entrySet()) {
            text.append("  ").append(library.getKey()).append(": ").append(library.getValue()).append('\n');
        }
        return text.toString();
    }
}
