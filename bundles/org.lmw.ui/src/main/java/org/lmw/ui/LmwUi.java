// Identifiers shared by the workbench's UI bundles: stacks, parts, commands, event topics, persisted-state keys.
package org.lmw.ui;

/** Element ids of the application model and event-broker topics that the UI bundles share. */
public final class LmwUi {
    /** The stack that holds editors. */
    public static final String EDITOR_STACK = "org.lmw.rcp.stack.editors";
    /** The stack that holds the analysis views. */
    public static final String VIEW_STACK = "org.lmw.rcp.stack.views";
    /** The Experiments navigator. */
    public static final String NAVIGATOR_PART = "org.lmw.ui.navigator";
    /** Command that opens a workspace file in its editor. */
    public static final String OPEN_FILE_COMMAND = "org.lmw.commands.openFile";
    /** Parameter of {@link #OPEN_FILE_COMMAND}: the absolute path of the file. */
    public static final String OPEN_FILE_PATH = "org.lmw.commands.openFile.path";
    /**
     * Tag prefix of editor part descriptors: a descriptor tagged {@code lmw.editor:lmw} edits {@code *.lmw} files.
     */
    public static final String EDITOR_TAG_PREFIX = "lmw.editor:";
    /** Persisted-state key of an editor part holding the absolute path of its file. */
    public static final String EDITOR_FILE_KEY = "lmw.file";
    /** Event topic posted when a workspace became current (data: the LmwWorkspace). */
    public static final String TOPIC_WORKSPACE_OPENED = "org/lmw/workspace/opened";

    private LmwUi() {
    }
}
