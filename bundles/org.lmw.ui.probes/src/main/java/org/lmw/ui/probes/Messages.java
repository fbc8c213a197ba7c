// User-visible strings of the Probes view.
package org.lmw.ui.probes;

/** Messages of the Probes view. */
public final class Messages {
    public static final String emptyTitle = "No probes yet";
    public static final String emptyText = "A probe trains a linear classifier on one layer's activations at a checkpoint and scores it on held-out data, with a control task for selectivity. Select a finished run to probe its layers.";

    private Messages() {
    }
}
