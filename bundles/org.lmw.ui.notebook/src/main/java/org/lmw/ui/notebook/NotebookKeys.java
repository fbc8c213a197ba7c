// Widget keys of the notebook editor, by which UI tests and accessibility tools find its controls.
package org.lmw.ui.notebook;

/**
 * Keys of the notebook editor's widgets, stored under {@link #WIDGET_KEY} (SWTBot's default key).
 *
 * <p>Editor-wide controls have fixed keys; a cell's controls are keyed {@code cell.<index>.<suffix>} with the cell's
 * current 0-based index, re-keyed whenever cells move: e.g. {@code cell.2.verdict}, {@code cell.0.up}.
 */
public final class NotebookKeys {
    /** The {@code Widget.setData} key under which every control carries its key. */
    public static final String WIDGET_KEY = "org.eclipse.swtbot.widget.key";
    /** The error panel shown instead of the notebook when the file cannot be read. */
    public static final String LOAD_ERROR = "notebook.loadError";
    /** The notebook's title. */
    public static final String TITLE = "notebook.title";
    /** The line under the title: cells, predictions, verdict counts. */
    public static final String SUMMARY = "notebook.summary";
    /** The check status line. */
    public static final String STATUS = "notebook.status";
    /** The banner that names frozen predictions edited outside the workbench. */
    public static final String TAMPERED = "notebook.tampered";
    /** The results table: one line per prediction with its verdict, once any has one. */
    public static final String RESULTS = "notebook.results";
    /** Adds a text cell. */
    public static final String ADD_TEXT = "notebook.addText";
    /** Adds a chart cell. */
    public static final String ADD_CHART = "notebook.addChart";
    /** Adds a prediction cell. */
    public static final String ADD_PREDICTION = "notebook.addPrediction";
    /** Checks the predictions. */
    public static final String CHECK = "notebook.check";

    /** Cell suffixes. */
    public static final String CARD = "";
    public static final String UP = ".up";
    public static final String DOWN = ".down";
    public static final String DELETE = ".delete";
    public static final String EDIT = ".edit";
    public static final String MARKDOWN = ".markdown";
    public static final String SOURCE = ".source";
    public static final String DONE = ".done";
    public static final String CANCEL = ".cancel";
    public static final String CHART = ".chart";
    public static final String LOG_Y = ".logY";
    public static final String VERDICT = ".verdict";
    public static final String FROZEN = ".frozen";
    public static final String FREEZE = ".freeze";
    public static final String STATEMENT = ".statement";
    public static final String SPEC = ".spec";
    public static final String EVIDENCE = ".evidence";
    public static final String EVIDENCE_CHART = ".evidenceChart";
    public static final String HISTORY = ".history";
    /** Edit-form fields: {@code cell.<i>.field.<feature>} with the model feature's name (statement, lower, ...). */
    public static final String FIELD = ".field.";

    /** The command that checks the active notebook. */
    public static final String CHECK_COMMAND = "org.lmw.commands.checkNotebook";
    /** The command that freezes every draft prediction of the active notebook. */
    public static final String FREEZE_COMMAND = "org.lmw.commands.freezePredictions";
    /** The command that writes the active notebook as a self-contained HTML report. */
    public static final String EXPORT_HTML_COMMAND = "org.lmw.commands.exportNotebookHtml";
    /** The command that creates a notebook in the workspace (File › New Notebook). */
    public static final String NEW_NOTEBOOK_COMMAND = "org.lmw.commands.newNotebook";
    /** The editor's part descriptor id. */
    public static final String EDITOR_ID = "org.lmw.ui.notebook.editor";

    private NotebookKeys() {
    }

    /** The key of a cell's control. */
    public static String cell(int index, String suffix) {
        return "cell." + index + suffix;
    }
}
