// Public identifiers of the Training Runs view: the current-step topic and context key, commands, part id.
package org.lmw.ui.runs;

/**
 * Identifiers other bundles use to follow or drive the Training Runs view.
 *
 * <h2>The workbench's current step</h2>
 * Clicking a chart (or pressing Left/Right in it) selects a training step. The view marks that step in every chart
 * and publishes it twice: as an {@code IEventBroker} event on {@link #TOPIC_CURRENT_STEP} whose data is the step as
 * a {@link Long}, and as the application context variable {@link #CONTEXT_CURRENT_STEP} (a {@link Long}), so a view
 * created later (probes, circuits) can read the current value with {@code @Inject @Optional @Named(...)}. Any bundle
 * may post to the topic to move the cursor in every chart.
 */
public final class RunsUi {
    /** The view's part id. */
    public static final String PART_ID = "org.lmw.ui.runs.view";
    /** Event topic of the workbench's current step; the event's data is a {@link Long}. */
    public static final String TOPIC_CURRENT_STEP = "org/lmw/ui/currentStep";
    /** Application context variable holding the current step as a {@link Long}. */
    public static final String CONTEXT_CURRENT_STEP = "org.lmw.ui.currentStep";
    /** Event topic posted after a launch from the workbench; data: the new run ids ({@code List<String>}). */
    public static final String TOPIC_LAUNCHED = "org/lmw/ui/runs/launched";
    /** Command: run the experiment of the active editor or of the navigator's selection. */
    public static final String RUN_EXPERIMENT_COMMAND = "org.lmw.commands.runExperiment";
    /** Command: choose sweep points of that experiment and run only those. */
    public static final String RUN_SWEEP_POINTS_COMMAND = "org.lmw.commands.runSweepPoints";
    /** Command: cancel every training run of this workbench. */
    public static final String CANCEL_ALL_COMMAND = "org.lmw.commands.cancelAllRuns";

    private RunsUi() {
    }
}
