// Holds the workspace currently open in this process and tells listeners when another one is opened.
package org.lmw.core.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The current workspace of the workbench or of a headless command.
 *
 * <p>One instance per application; the workbench puts it into its context, the batch application creates its own.
 */
public final class WorkspaceService {
    private final List<Consumer<LmwWorkspace>> switchListeners = new CopyOnWriteArrayList<>();
    private volatile LmwWorkspace current;

    /**
     * Opens a workspace folder and makes it current; the previous one is closed.
     *
     * @param folder the folder
     * @return the opened workspace
     * @throws IOException if the folder cannot be used
     */
    public LmwWorkspace open(Path folder) throws IOException {
        LmwWorkspace next = LmwWorkspace.open(folder);
        LmwWorkspace previous = current;
        current = next;
        if (previous != null) {
            previous.close();
        }
        for (Consumer<LmwWorkspace> listener : switchListeners) {
            listener.accept(next);
        }
        return next;
    }

    /** Returns the current workspace, or {@code null} before one was opened. */
    public LmwWorkspace current() {
        return current;
    }

    /** Adds a listener called after another workspace became current. */
    public void addSwitchListener(Consumer<LmwWorkspace> listener) {
        switchListeners.add(listener);
    }

    /** Removes a switch listener. */
    public void removeSwitchListener(Consumer<LmwWorkspace> listener) {
        switchListeners.remove(listener);
    }
}
