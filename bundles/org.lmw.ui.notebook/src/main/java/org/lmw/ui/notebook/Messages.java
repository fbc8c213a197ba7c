// User-visible strings of the Notebook view.
package org.lmw.ui.notebook;

/** Messages of the Notebook view. */
public final class Messages {
    public static final String emptyTitle = "No notebook open";
    public static final String emptyText = "A hypothesis notebook states falsifiable, quantitative predictions before the runs exist, freezes them, and judges each against the runs with evidence: supported, refuted or inconclusive. Notebooks (.lmwnb) of the workspace open here.";

    private Messages() {
    }
}
