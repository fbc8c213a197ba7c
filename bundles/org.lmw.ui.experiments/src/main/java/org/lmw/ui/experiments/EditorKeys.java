// The widget keys of the experiment editor, by which UI tests and accessibility tools find its fields.
package org.lmw.ui.experiments;

/**
 * Keys of the experiment editor's widgets.
 *
 * <p>Every widget that edits a field carries its key under {@link #WIDGET_KEY} (SWTBot's default key, so
 * {@code bot.textWithId("optimizer.learningRate")} finds it); the key of a field is its dotted path in the model,
 * the same path a sweep axis uses: {@code name}, {@code seed}, {@code dataset.name}, {@code model.width},
 * {@code optimizer.learningRate}, {@code optimizer.schedule.warmupSteps}, {@code training.batchSize}, ...
 */
public final class EditorKeys {
    /** The {@code Widget.setData} key under which every field carries its key (SWTBot's default). */
    public static final String WIDGET_KEY = "org.eclipse.swtbot.widget.key";
    /** The instruments table. */
    public static final String INSTRUMENTS = "instruments";
    /** Adds an instrument. */
    public static final String INSTRUMENTS_ADD = "instruments.add";
    /** Removes the selected instruments. */
    public static final String INSTRUMENTS_REMOVE = "instruments.remove";
    /** The sweep axes table. */
    public static final String SWEEP_AXES = "sweep.axes";
    /** Adds a sweep axis. */
    public static final String SWEEP_AXES_ADD = "sweep.axes.add";
    /** Removes the selected sweep axes. */
    public static final String SWEEP_AXES_REMOVE = "sweep.axes.remove";
    /** The label with the number of runs the sweep launches. */
    public static final String SWEEP_RUNS = "sweep.runs";
    /** The Browse button of the dataset location. */
    public static final String DATASET_BROWSE = "dataset.location.browse";
    /** The problems summary at the top of the form. */
    public static final String PROBLEMS = "problems";
    /** The error panel shown instead of the form when the file cannot be loaded. */
    public static final String LOAD_ERROR = "loadError";

    private EditorKeys() {
    }
}
