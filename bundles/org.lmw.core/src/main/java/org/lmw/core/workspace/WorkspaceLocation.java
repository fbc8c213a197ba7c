// Decides which folder is the workspace when none is given explicitly.
package org.lmw.core.workspace;

import java.nio.file.Path;
import java.util.Map;

/** Resolution of the workspace folder: an explicit argument, then {@code LMW_WORKSPACE}, then a default. */
public final class WorkspaceLocation {
    /** Environment variable naming the workspace folder. */
    public static final String ENV_VARIABLE = "LMW_WORKSPACE";
    /** System property naming the workspace folder (set by {@code lmw --workspace DIR}). */
    public static final String SYSTEM_PROPERTY = "lmw.workspace";

    private WorkspaceLocation() {
    }

    /**
     * Returns the workspace folder to use.
     *
     * @param explicit a folder given by the user, or {@code null}
     * @param environment the process environment
     * @return the folder, absolute and normalised; it may not exist yet
     */
    public static Path resolve(String explicit, Map<String, String> environment) {
        String chosen = explicit;
        if (chosen == null || chosen.isBlank()) {
            chosen = System.getProperty(SYSTEM_PROPERTY);
        }
        if (chosen == null || chosen.isBlank()) {
            chosen = environment.get(ENV_VARIABLE);
        }
        if (chosen == null || chosen.isBlank()) {
            return Path.of(System.getProperty("user.home"), "lmw-workspace").toAbsolutePath().normalize();
        }
        return Path.of(chosen).toAbsolutePath().normalize();
    }
}
