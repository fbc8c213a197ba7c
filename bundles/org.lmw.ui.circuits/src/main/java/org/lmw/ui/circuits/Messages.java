// User-visible strings of the Circuits view.
package org.lmw.ui.circuits;

/** Messages of the Circuits view. */
public final class Messages {
    public static final String emptyTitle = "No circuit graph";
    public static final String emptyText = "A circuit graph shows the neurons and features of a trained network as nodes, laid out by layer, with edges weighted by activation or attribution patching. Select a run and a checkpoint to trace one.";

    private Messages() {
    }
}
