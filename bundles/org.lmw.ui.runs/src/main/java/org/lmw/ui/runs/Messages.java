// User-visible strings of the Training Runs view.
package org.lmw.ui.runs;

/** Messages of the Training Runs view. */
public final class Messages {
    public static final String emptyTitle = "No training runs yet";
    public static final String emptyText = "Every run of this workspace appears here with its status, hyperparameters and metrics, charted live while it trains. Open an experiment and run it, or run one headless with: lmw run FILE.lmw";

    private Messages() {
    }
}
