// What a cell view needs from the notebook editor: the theme, the command stack, chart data, verdict outcomes.
package org.lmw.ui.notebook.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.lmw.core.notebook.PredictionOutcome;
import org.lmw.core.series.ChartModel;
import org.lmw.model.Cell;
import org.lmw.model.ChartCell;
import org.lmw.model.Prediction;

/** The editor as its cell views see it. */
public interface CellHost {
    /** Colours and fonts. */
    Theme theme();

    /** The editing domain (for EMF commands). */
    EditingDomain domain();

    /** Executes a command on the editor's stack (one undo step). */
    void execute(Command command);

    /** Selects a cell (highlighted; new cells go after it). */
    void select(Cell cell);

    /** Whether the cell is selected. */
    boolean isSelected(Cell cell);

    /** Moves a cell by -1 (up) or +1 (down). */
    void move(Cell cell, int delta);

    /** Deletes a cell. */
    void delete(Cell cell);

    /** Freezes a draft prediction now. */
    void freeze(Prediction prediction);

    /** The outcome of the last check of this session for a prediction, or null. */
    PredictionOutcome outcome(Prediction prediction);

    /** The chart a chart cell shows, or null while it is being read (the cell is refreshed when it arrives). */
    ChartModel chartData(ChartCell cell);

    /** The chart data's status line (runs matched, or why there is nothing), or null while reading. */
    String chartStatus(ChartCell cell);

    /** Lays the page out again after a cell changed size. */
    void relayout();
}
