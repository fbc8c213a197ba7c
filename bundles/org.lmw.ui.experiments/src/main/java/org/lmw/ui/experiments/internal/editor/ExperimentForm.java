// The experiment editor's form: sections of labelled fields over the whole experiment, and the problems summary.
package org.lmw.ui.experiments.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.lmw.model.Architecture;
import org.lmw.model.DataScope;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.InstrumentTrigger;
import org.lmw.model.LmwFactory;
import org.lmw.model.LmwPackage;
import org.lmw.model.OptimizerKind;
import org.lmw.model.ScheduleKind;
import org.lmw.model.Sweep;
import org.lmw.model.SweepAxis;
import org.lmw.model.SweepMode;
import org.lmw.model.TrainingMode;
import org.lmw.model.validation.DatasetNames;
import org.lmw.model.validation.HyperparameterPaths;
import org.lmw.model.validation.Problem;
import org.lmw.model.validation.SweepExpander;
import org.lmw.ui.experiments.EditorKeys;
import org.lmw.ui.experiments.Messages;

/**
 * Builds and updates the form of one experiment.
 *
 * <p>The form only shows: values come from the model through {@link Field#refresh}, edits go to the
 * {@link FieldHost}, and problems come from the model's validation through {@link #showProblems(List)}. Sections
 * sit in two columns (what is trained on the left, how it is trained on the right) with the instruments table
 * across the bottom; the instruments and sweep sections start collapsed when the experiment has none.
 */
public final class ExperimentForm {
    private static final int NUMBER_WIDTH = 110;
    private static final int CHOICE_WIDTH = 150;
    private static final int MAX_SUMMARY_LINES = 12;

    private final FieldHost host;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final Composite problemsPanel;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Map<Control, Section> sectionOf = new LinkedHashMap<>();
    private final List<Label> labels = new ArrayList<>();
    private final Color hintColor;
    private RowTable instruments;
    private RowTable axes;
    private Section instrumentsSection;
    private Section sweepSection;
    private Label runsLabel;
    private Label instrumentsEmpty;
    private Button removeInstrument;
    private Button removeAxis;
    private List<String> summary = List.of();

    /** Creates the form in {@code parent} and shows the experiment of {@code host}. */
    public ExperimentForm(Composite parent, FieldHost host) {
        this.host = host;
        this.toolkit = new FormToolkit(parent.getDisplay());
        // Native borders: on GTK the toolkit's flat texts are indistinguishable from labels.
        toolkit.setBorderStyle(SWT.BORDER);
        this.hintColor = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW);
        form = toolkit.createScrolledForm(parent);
        toolkit.decorateFormHeading(form.getForm());
        form.getForm().addMessageHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                revealFirstProblem();
            }
        });
        Composite body = form.getBody();
        GridLayout layout = new GridLayout(2, true);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        layout.horizontalSpacing = 14;
        layout.verticalSpacing = 12;
        body.setLayout(layout);

        problemsPanel = toolkit.createComposite(body);
        problemsPanel.setData(EditorKeys.WIDGET_KEY, EditorKeys.PROBLEMS);
        GridLayout problemsLayout = new GridLayout(1, false);
        problemsLayout.marginWidth = 0;
        problemsLayout.marginHeight = 0;
        problemsLayout.verticalSpacing = 2;
        problemsPanel.setLayout(problemsLayout);
        problemsPanel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        Experiment experiment = host.experiment();
        createGeneral(body);
        createDataset(body);
        createModel(body);
        createOptimizer(body);
        createTraining(body);
        createSweep(body, experiment.getSweep() != null && !experiment.getSweep().getAxes().isEmpty());
        createInstruments(body, !experiment.getInstruments().isEmpty());
        alignLabels();
        refresh();
    }

    /** Returns the form's top control. */
    public Control control() {
        return form;
    }

    /** Returns the field with this key, or {@code null}. */
    public Field field(String key) {
        return fields.get(key);
    }

    /** Returns every field, in form order. */
    public List<Field> fields() {
        return List.copyOf(fields.values());
    }

    /** Returns the control with this widget key: a field's control, a table, a button or a label. */
    public Control control(String key) {
        Field field = fields.get(key);
        if (field != null) {
            return field.control();
        }
        return find(form, key);
    }

    /** Returns the lines of the problems summary, parse errors first, as shown. */
    public List<String> summary() {
        return summary;
    }

    /** Returns the heading message ("2 errors, 1 warning" or "Ready to run: no problems"). */
    public String headingMessage() {
        return form.getMessage();
    }

    /** Gives the keyboard focus to the first field. */
    public void setFocus() {
        Field first = fields.get(FeaturePath.NAME.key());
        if (first != null && !first.control().isDisposed()) {
            first.control().setFocus();
        } else {
            form.setFocus();
        }
    }

    /** Disposes the toolkit's resources. */
    public void dispose() {
        if (instruments != null) {
            instruments.dispose();
        }
        if (axes != null) {
            axes.dispose();
        }
        toolkit.dispose();
    }

    // --- update ----------------------------------------------------------------------------------------------

    /** Shows the model's current values, enables the fields that apply, and updates the tables and run count. */
    public void refresh() {
        Experiment experiment = host.experiment();
        String name = experiment.getName();
        form.setText(name == null || name.isBlank() ? Messages.editorTitleUnnamed
                : Messages.bind(Messages.editorTitle, name));
        for (Field field : fields.values()) {
            field.refresh(experiment);
        }
        OptimizerKind kind = (OptimizerKind) FeaturePath.OPTIMIZER_KIND.get(experiment);
        enable(FeaturePath.OPTIMIZER_MOMENTUM, kind == OptimizerKind.SGD);
        enable(FeaturePath.OPTIMIZER_BETA1, kind == OptimizerKind.ADAM);
        enable(FeaturePath.OPTIMIZER_BETA2, kind == OptimizerKind.ADAM);
        enable(FeaturePath.OPTIMIZER_EPSILON, kind == OptimizerKind.ADAM);
        ScheduleKind schedule = (ScheduleKind) FeaturePath.SCHEDULE_KIND.get(experiment);
        enable(FeaturePath.SCHEDULE_STEP_SIZE, schedule == ScheduleKind.STEP);
        enable(FeaturePath.SCHEDULE_GAMMA, schedule == ScheduleKind.STEP);
        enable(FeaturePath.SCHEDULE_MIN_LR, schedule == ScheduleKind.COSINE || schedule == ScheduleKind.LINEAR);
        enable(FeaturePath.MODEL_CHANNELS, FeaturePath.MODEL_ARCHITECTURE.get(experiment) == Architecture.CNN);
        boolean minibatch = FeaturePath.TRAINING_MODE.get(experiment) == TrainingMode.MINIBATCH;
        enable(FeaturePath.TRAINING_BATCH_SIZE, minibatch);
        enable(FeaturePath.TRAINING_SHUFFLE, minibatch);

        instruments.setRows(experiment.getInstruments());
        instrumentsEmpty.setVisible(experiment.getInstruments().isEmpty());
        Sweep sweep = experiment.getSweep();
        axes.setRows(sweep == null ? List.of() : sweep.getAxes());
        updateRuns(sweep);
        updateRemoveButtons();
    }

    private void enable(FeaturePath path, boolean enabled) {
        Field field = fields.get(path.key());
        if (field != null) {
            field.setEnabled(enabled);
        }
    }

    private void updateRuns(Sweep sweep) {
        String text;
        try {
            long runs = SweepExpander.size(sweep);
            text = runs > SweepExpander.MAX_RUNS ? Messages.bind(Messages.sweepTooMany, SweepExpander.MAX_RUNS)
                    : Messages.bind(Messages.sweepRuns, runs);
        } catch (IllegalArgumentException e) {
            text = Messages.bind(Messages.sweepRunsBad, e.getMessage());
        }
        if (!text.equals(runsLabel.getText())) {
            runsLabel.setText(text);
            runsLabel.getParent().layout(new Control[] { runsLabel });
        }
    }

    private void updateRemoveButtons() {
        removeInstrument.setEnabled(!instruments.selectedRows().isEmpty());
        removeAxis.setEnabled(!axes.selectedRows().isEmpty());
    }

    /**
     * Shows validation problems next to their fields and in the summary at the top, with the fields' parse errors
     * first; a heading message counts them.
     */
    public void showProblems(List<Problem> problems) {
        Experiment experiment = host.experiment();
        List<String> lines = new ArrayList<>();
        List<Control> targets = new ArrayList<>();
        List<Boolean> lineIsError = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        for (Field field : fields.values()) {
            if (field.parseError() != null) {
                lines.add(field.parseError());
                targets.add(field.control());
                lineIsError.add(true);
                errors++;
            }
        }
        for (RowTable table : List.of(instruments, axes)) {
            if (table.parseError() != null) {
                lines.add(table.parseError());
                targets.add(table.table());
                lineIsError.add(true);
                errors++;
            }
        }
        Map<Field, List<String>> fieldErrors = new LinkedHashMap<>();
        Map<Field, List<String>> fieldWarnings = new LinkedHashMap<>();
        List<Problem> instrumentProblems = new ArrayList<>();
        List<Problem> sweepProblems = new ArrayList<>();
        for (Problem problem : problems) {
            if (problem.severity() == Problem.Severity.INFO) {
                continue;
            }
            Control target = null;
            Field field = fieldOf(experiment, problem);
            if (field != null) {
                (problem.isError() ? fieldErrors : fieldWarnings).computeIfAbsent(field, f -> new ArrayList<>())
                        .add(problem.detail());
                target = field.control();
            } else if (within(problem.object(), InstrumentSpec.class) != null) {
                instrumentProblems.add(problem);
                target = instruments.table();
            } else if (within(problem.object(), Sweep.class) != null) {
                sweepProblems.add(problem);
                target = axes.table();
            }
            lines.add(problem.detail());
            targets.add(target);
            lineIsError.add(problem.isError());
            if (problem.isError()) {
                errors++;
            } else {
                warnings++;
            }
        }
        for (Field field : fields.values()) {
            field.showProblems(fieldErrors.getOrDefault(field, List.of()),
                    fieldWarnings.getOrDefault(field, List.of()));
        }
        instruments.showProblems(instrumentProblems);
        axes.showProblems(sweepProblems);
        summary = List.copyOf(lines);
        showSummary(lines, targets, lineIsError);
        showHeading(errors, warnings);
    }

    private Field fieldOf(Experiment experiment, Problem problem) {
        if (problem.feature() == null) {
            return null;
        }
        for (Field field : fields.values()) {
            if (field.path().matches(experiment, problem.object(), problem.feature())) {
                return field;
            }
        }
        return null;
    }

    private static EObject within(EObject object, Class<?> type) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (type.isInstance(o)) {
                return o;
            }
        }
        return null;
    }

    private void showHeading(int errors, int warnings) {
        if (errors == 0 && warnings == 0) {
            form.setMessage(Messages.editorNoProblems, IMessageProvider.NONE);
            return;
        }
        String errorText = errors == 0 ? null : Messages.bind(Messages.editorProblemCount, errors);
        String warningText = warnings == 0 ? null : Messages.bind(Messages.editorWarningCount, warnings);
        String text = errorText == null ? warningText
                : warningText == null ? errorText : Messages.bind(Messages.editorProblemsJoin, errorText, warningText);
        form.setMessage(text, errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING);
    }

    private void showSummary(List<String> lines, List<Control> targets, List<Boolean> isError) {
        for (Control child : problemsPanel.getChildren()) {
            child.dispose();
        }
        int shown = Math.min(lines.size(), MAX_SUMMARY_LINES);
        for (int i = 0; i < shown; i++) {
            ImageHyperlink link = toolkit.createImageHyperlink(problemsPanel, SWT.WRAP);
            link.setImage(JFaceResources.getImage(
                    isError.get(i) ? Dialog.DLG_IMG_MESSAGE_ERROR : Dialog.DLG_IMG_MESSAGE_WARNING));
            link.setText(lines.get(i));
            link.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            Control target = targets.get(i);
            if (target != null) {
                link.addHyperlinkListener(new HyperlinkAdapter() {
                    @Override
                    public void linkActivated(HyperlinkEvent e) {
                        reveal(target);
                    }
                });
            } else {
                link.setUnderlined(false);
            }
        }
        if (lines.size() > shown) {
            Label more = toolkit.createLabel(problemsPanel, "\u2026 " + (lines.size() - shown));
            more.setForeground(hintColor);
        }
        if (lines.isEmpty()) {
            // A line that stays, so the first problem does not push the whole form down under the user's mouse.
            Label none = toolkit.createLabel(problemsPanel, Messages.editorNoProblemsLine);
            none.setForeground(hintColor);
        }
        // New rows in a panel of unchanged size are not laid out by the form's reflow alone.
        problemsPanel.layout(true, true);
        form.reflow(true);
    }

    private void revealFirstProblem() {
        for (Control child : problemsPanel.getChildren()) {
            if (child instanceof ImageHyperlink link) {
                link.notifyListeners(SWT.DefaultSelection, null);
                return;
            }
        }
    }

    /** Expands the section of a control, scrolls it into view and focuses it. */
    public void reveal(Control control) {
        Section section = sectionOf.get(control);
        if (section != null && !section.isExpanded()) {
            section.setExpanded(true);
            form.reflow(true);
        }
        control.setFocus();
        FormToolkit.ensureVisible(control);
    }

    // --- sections --------------------------------------------------------------------------------------------

    private void createGeneral(Composite body) {
        Section section = section(body, Messages.sectionGeneral, Messages.sectionGeneralHint, true);
        Composite c = (Composite) section.getClient();
        label(c, Messages.fieldName);
        Text name = toolkit.createText(c, "", SWT.SINGLE);
        name.setLayoutData(wideData());
        add(section, new TextField(host, FeaturePath.NAME, Messages.fieldName, name));
        Label label = label(c, Messages.fieldDescription);
        ((GridData) label.getLayoutData()).verticalAlignment = SWT.TOP;
        Text description = toolkit.createText(c, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData data = wideData();
        data.heightHint = description.getLineHeight() * 3;
        description.setLayoutData(data);
        add(section, new TextField(host, FeaturePath.DESCRIPTION, Messages.fieldDescription, description));
        number(section, c, FeaturePath.SEED, Messages.fieldSeed, Messages.hintSeed);
        label(c, Messages.fieldTags);
        Text tags = toolkit.createText(c, "", SWT.SINGLE);
        tags.setMessage(Messages.hintTags);
        tags.setLayoutData(wideData());
        add(section, new TagsField(host, FeaturePath.TAGS, Messages.fieldTags, tags));
    }

    private void createDataset(Composite body) {
        Section section = section(body, Messages.sectionDataset, Messages.sectionDatasetHint, true);
        Composite c = (Composite) section.getClient();
        label(c, Messages.fieldDataset);
        Combo name = new Combo(c, SWT.DROP_DOWN);
        toolkit.adapt(name, true, false);
        for (String known : DatasetNames.known()) {
            name.add(known);
        }
        name.setLayoutData(fieldData(CHOICE_WIDTH + 40, false));
        hint(c, null);
        add(section, new TextField(host, FeaturePath.DATASET_NAME, Messages.fieldDataset, name));

        label(c, Messages.fieldLocation);
        Composite row = toolkit.createComposite(c);
        GridLayout rowLayout = new GridLayout(2, false);
        rowLayout.marginWidth = 0;
        rowLayout.marginHeight = 0;
        row.setLayout(rowLayout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Text location = toolkit.createText(row, "", SWT.SINGLE);
        location.setMessage(Messages.hintLocation);
        location.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = toolkit.createButton(row, Messages.browse, SWT.PUSH);
        browse.setData(EditorKeys.WIDGET_KEY, EditorKeys.DATASET_BROWSE);
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(browse.getShell());
            dialog.setText(Messages.browseTitle);
            dialog.setMessage(Messages.browseMessage);
            String current = location.getText().strip();
            if (!current.isEmpty()) {
                dialog.setFilterPath(current);
            }
            String chosen = dialog.open();
            if (chosen != null) {
                location.setText(chosen);
                host.endTyping();
            }
        });
        add(section, new TextField(host, FeaturePath.DATASET_LOCATION, Messages.fieldLocation, location));

        number(section, c, FeaturePath.DATASET_TRAIN_SIZE, Messages.fieldTrainSize, Messages.hintAllExamples);
        number(section, c, FeaturePath.DATASET_TEST_SIZE, Messages.fieldTestSize, Messages.hintAllExamples);
        number(section, c, FeaturePath.DATASET_INPUT_DIMENSION, Messages.fieldInputDimension, Messages.hintDimension);
        number(section, c, FeaturePath.DATASET_OUTPUT_DIMENSION, Messages.fieldOutputDimension,
                Messages.hintDimension);
        number(section, c, FeaturePath.DATASET_NOISE, Messages.fieldNoise, Messages.hintNoise);
    }

    private void createModel(Composite body) {
        Section section = section(body, Messages.sectionModel, Messages.sectionModelHint, true);
        Composite c = (Composite) section.getClient();
        choice(section, c, FeaturePath.MODEL_ARCHITECTURE, Messages.fieldArchitecture, null);
        number(section, c, FeaturePath.MODEL_WIDTH, Messages.fieldWidth, Messages.hintWidth);
        number(section, c, FeaturePath.MODEL_DEPTH, Messages.fieldDepth, Messages.hintDepth);
        choice(section, c, FeaturePath.MODEL_ACTIVATION, Messages.fieldActivation, null);
        choice(section, c, FeaturePath.MODEL_PARAMETRISATION, Messages.fieldParametrisation,
                Messages.hintParametrisation);
        number(section, c, FeaturePath.MODEL_CHANNELS, Messages.fieldChannels, Messages.hintChannels);
        number(section, c, FeaturePath.MODEL_INIT_SCALE, Messages.fieldInitScale, Messages.hintInitScale);
    }

    private void createOptimizer(Composite body) {
        Section section = section(body, Messages.sectionOptimizer, Messages.sectionOptimizerHint, true);
        GridData sectionData = (GridData) section.getLayoutData();
        sectionData.verticalSpan = 2;
        Composite c = (Composite) section.getClient();
        choice(section, c, FeaturePath.OPTIMIZER_KIND, Messages.fieldOptimizer, null);
        number(section, c, FeaturePath.OPTIMIZER_LEARNING_RATE, Messages.fieldLearningRate, null);
        number(section, c, FeaturePath.OPTIMIZER_MOMENTUM, Messages.fieldMomentum, Messages.hintMomentum);
        number(section, c, FeaturePath.OPTIMIZER_WEIGHT_DECAY, Messages.fieldWeightDecay, Messages.hintWeightDecay);
        number(section, c, FeaturePath.OPTIMIZER_BETA1, Messages.fieldBeta1, Messages.hintAdamOnly);
        number(section, c, FeaturePath.OPTIMIZER_BETA2, Messages.fieldBeta2, Messages.hintAdamOnly);
        number(section, c, FeaturePath.OPTIMIZER_EPSILON, Messages.fieldEpsilon, Messages.hintAdamOnly);

        Label heading = toolkit.createLabel(c, Messages.sectionSchedule);
        heading.setFont(JFaceResources.getBannerFont());
        GridData headingData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        headingData.verticalIndent = 8;
        heading.setLayoutData(headingData);
        choice(section, c, FeaturePath.SCHEDULE_KIND, Messages.fieldScheduleKind, null);
        number(section, c, FeaturePath.SCHEDULE_WARMUP, Messages.fieldWarmup, Messages.unitSteps);
        number(section, c, FeaturePath.SCHEDULE_STEP_SIZE, Messages.fieldStepSize, Messages.hintStepSize);
        number(section, c, FeaturePath.SCHEDULE_GAMMA, Messages.fieldGamma, Messages.hintGamma);
        number(section, c, FeaturePath.SCHEDULE_MIN_LR, Messages.fieldMinLearningRate, Messages.hintMinLearningRate);
    }

    private void createTraining(Composite body) {
        Section section = section(body, Messages.sectionTraining, Messages.sectionTrainingHint, true);
        Composite c = (Composite) section.getClient();
        choice(section, c, FeaturePath.TRAINING_MODE, Messages.fieldMode, null);
        number(section, c, FeaturePath.TRAINING_BATCH_SIZE, Messages.fieldBatchSize, Messages.unitExamples);
        number(section, c, FeaturePath.TRAINING_EPOCHS, Messages.fieldEpochs, Messages.hintEpochs);
        number(section, c, FeaturePath.TRAINING_MAX_STEPS, Messages.fieldMaxSteps, Messages.hintMaxSteps);
        number(section, c, FeaturePath.TRAINING_EVAL_EVERY, Messages.fieldEvalEvery, Messages.unitSteps);
        number(section, c, FeaturePath.TRAINING_CHECKPOINT_EVERY, Messages.fieldCheckpointEvery, Messages.unitSteps);
        label(c, Messages.fieldShuffle);
        Button shuffle = toolkit.createButton(c, Messages.hintShuffle, SWT.CHECK);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1);
        shuffle.setLayoutData(data);
        add(section, new CheckField(host, FeaturePath.TRAINING_SHUFFLE, Messages.fieldShuffle, shuffle));
    }

    private void createSweep(Composite body, boolean expanded) {
        sweepSection = section(body, Messages.sectionSweep, Messages.sectionSweepHint, expanded);
        ((GridData) sweepSection.getLayoutData()).horizontalSpan = 2;
        Composite c = (Composite) sweepSection.getClient();
        choice(sweepSection, c, FeaturePath.SWEEP_MODE, Messages.fieldSweepMode, null);
        axes = new RowTable(host, c, EditorKeys.SWEEP_AXES, row -> {
            String parameter = ((SweepAxis) row).getParameter();
            return parameter == null || parameter.isBlank() ? "" : "sweep axis '" + parameter + "'";
        }, "sweep axis");
        ((GridData) axes.table().getLayoutData()).horizontalSpan = 3;
        axes.addColumn(Messages.columnParameter, 210, LmwPackage.Literals.SWEEP_AXIS__PARAMETER, "hyperparameter",
                HyperparameterPaths.paths());
        axes.addColumn(Messages.columnValues, 220, LmwPackage.Literals.SWEEP_AXIS__VALUES, "values", null);
        axes.addColumn(Messages.columnCount, 40, row -> Integer.toString(((SweepAxis) row).getValues().size()));
        sectionOf.put(axes.table(), sweepSection);

        Composite buttons = buttonRow(c);
        Button add = button(buttons, Messages.addAxis, EditorKeys.SWEEP_AXES_ADD);
        add.addListener(SWT.Selection, e -> addAxis());
        removeAxis = button(buttons, Messages.removeAxis, EditorKeys.SWEEP_AXES_REMOVE);
        removeAxis.addListener(SWT.Selection, e -> removeAxes());
        runsLabel = toolkit.createLabel(buttons, "");
        runsLabel.setFont(JFaceResources.getBannerFont());
        runsLabel.setData(EditorKeys.WIDGET_KEY, EditorKeys.SWEEP_RUNS);
        runsLabel.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        axes.viewer().addSelectionChangedListener(e -> updateRemoveButtons());
    }

    private void createInstruments(Composite body, boolean expanded) {
        instrumentsSection = section(body, Messages.sectionInstruments, Messages.sectionInstrumentsHint, expanded);
        ((GridData) instrumentsSection.getLayoutData()).horizontalSpan = 2;
        Composite c = (Composite) instrumentsSection.getClient();
        instruments = new RowTable(host, c, EditorKeys.INSTRUMENTS, row -> {
            String id = ((InstrumentSpec) row).getInstrumentId();
            return id == null || id.isBlank() ? "" : "instrument '" + id + "'";
        }, "instrument");
        ((GridData) instruments.table().getLayoutData()).horizontalSpan = 3;
        instruments.addColumn(Messages.columnEnabled, 40, LmwPackage.Literals.INSTRUMENT_SPEC__ENABLED, "enabled",
                null);
        instruments.addColumn(Messages.columnInstrumentId, 180, LmwPackage.Literals.INSTRUMENT_SPEC__INSTRUMENT_ID,
                "id", null);
        instruments.addColumn(Messages.columnTrigger, 140, LmwPackage.Literals.INSTRUMENT_SPEC__TRIGGER, "trigger",
                null);
        instruments.addColumn(Messages.columnEvery, 120, LmwPackage.Literals.INSTRUMENT_SPEC__EVERY, "every", null);
        instruments.addColumn(Messages.columnScope, 140, LmwPackage.Literals.INSTRUMENT_SPEC__DATA_SCOPE, "data scope",
                null);
        instruments.addColumn(Messages.columnBudget, 90, LmwPackage.Literals.INSTRUMENT_SPEC__BUDGET_FRACTION,
                "budget fraction", null).getColumn().setToolTipText(Messages.budgetTooltip);
        sectionOf.put(instruments.table(), instrumentsSection);

        Composite buttons = buttonRow(c);
        Button add = button(buttons, Messages.addInstrument, EditorKeys.INSTRUMENTS_ADD);
        add.addListener(SWT.Selection, e -> addInstrument());
        removeInstrument = button(buttons, Messages.removeInstrument, EditorKeys.INSTRUMENTS_REMOVE);
        removeInstrument.addListener(SWT.Selection, e -> removeInstruments());
        instrumentsEmpty = toolkit.createLabel(buttons, Messages.instrumentsEmpty);
        instrumentsEmpty.setForeground(hintColor);
        instrumentsEmpty.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        instruments.viewer().addSelectionChangedListener(e -> updateRemoveButtons());
    }

    // --- list edits ------------------------------------------------------------------------------------------

    private void addInstrument() {
        InstrumentSpec instrument = LmwFactory.eINSTANCE.createInstrumentSpec();
        instrument.setInstrumentId(Messages.newInstrumentId);
        instrument.setTrigger(InstrumentTrigger.EVERY_NSTEPS);
        instrument.setEvery(100);
        instrument.setDataScope(DataScope.FIXED_BATCH);
        Command add = AddCommand.create(host.domain(), host.experiment(),
                LmwPackage.Literals.EXPERIMENT__INSTRUMENTS, instrument);
        host.execute(add);
        instruments.viewer().setSelection(new StructuredSelection(instrument), true);
        updateRemoveButtons();
    }

    private void removeInstruments() {
        List<EObject> rows = instruments.selectedRows();
        if (!rows.isEmpty()) {
            host.execute(RemoveCommand.create(host.domain(), host.experiment(),
                    LmwPackage.Literals.EXPERIMENT__INSTRUMENTS, rows));
        }
    }

    private void addAxis() {
        Experiment experiment = host.experiment();
        SweepAxis axis = LmwFactory.eINSTANCE.createSweepAxis();
        String path = unusedAxisPath(experiment.getSweep());
        axis.setParameter(path);
        try {
            // Start from the experiment's current value so the new axis launches the run the form describes.
            axis.getValues().add(HyperparameterPaths.getText(experiment, path));
        } catch (IllegalArgumentException e) {
            // The part holding the value is missing; the user types the values.
        }
        Sweep sweep = experiment.getSweep();
        if (sweep == null) {
            Sweep created = LmwFactory.eINSTANCE.createSweep();
            created.setMode(SweepMode.GRID);
            created.getAxes().add(axis);
            host.execute(SetCommand.create(host.domain(), experiment, LmwPackage.Literals.EXPERIMENT__SWEEP, created));
        } else {
            host.execute(AddCommand.create(host.domain(), sweep, LmwPackage.Literals.SWEEP__AXES, axis));
        }
        axes.viewer().setSelection(new StructuredSelection(axis), true);
        updateRemoveButtons();
    }

    private static String unusedAxisPath(Sweep sweep) {
        List<String> used = new ArrayList<>();
        if (sweep != null) {
            sweep.getAxes().forEach(a -> used.add(a.getParameter()));
        }
        for (String candidate : List.of("optimizer.learningRate", "model.width", "seed", "model.depth",
                "training.batchSize")) {
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
        return HyperparameterPaths.paths().stream().filter(p -> !used.contains(p)).findFirst()
                .orElse("seed");
    }

    private void removeAxes() {
        Sweep sweep = host.experiment().getSweep();
        List<EObject> rows = axes.selectedRows();
        if (sweep != null && !rows.isEmpty()) {
            host.execute(RemoveCommand.create(host.domain(), sweep, LmwPackage.Literals.SWEEP__AXES, rows));
        }
    }

    // --- widget helpers --------------------------------------------------------------------------------------

    private Section section(Composite body, String title, String description, boolean expanded) {
        Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE
                | Section.DESCRIPTION | (expanded ? ExpandableComposite.EXPANDED : 0));
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite client = toolkit.createComposite(section);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 2;
        layout.marginHeight = 4;
        layout.horizontalSpacing = 8;
        layout.verticalSpacing = 5;
        client.setLayout(layout);
        section.setClient(client);
        section.addExpansionListener(new ExpansionAdapter() {
            @Override
            public void expansionStateChanged(ExpansionEvent e) {
                form.reflow(true);
            }
        });
        return section;
    }

    private Label label(Composite c, String text) {
        Label label = toolkit.createLabel(c, text + ":");
        label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        labels.add(label);
        return label;
    }

    /** Gives every field label the width of the widest, so fields line up across sections. */
    private void alignLabels() {
        int width = 0;
        for (Label label : labels) {
            width = Math.max(width, label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        }
        for (Label label : labels) {
            ((GridData) label.getLayoutData()).widthHint = width;
        }
    }

    private void hint(Composite c, String text) {
        Label hint = toolkit.createLabel(c, text == null ? "" : text);
        hint.setForeground(hintColor);
        // The hint column takes the spare width, so hints sit right after their fields.
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    /** Layout of a text that spans the field and hint columns. */
    private static GridData wideData() {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.widthHint = 200;
        data.horizontalIndent = Field.DECORATION_INDENT;
        return data;
    }

    private static GridData fieldData(int width, boolean grab) {
        GridData data = new GridData(grab ? SWT.FILL : SWT.LEFT, SWT.CENTER, grab, false);
        data.widthHint = width;
        return data;
    }

    private void number(Section section, Composite c, FeaturePath path, String label, String hint) {
        label(c, label);
        Text text = toolkit.createText(c, "", SWT.SINGLE);
        text.setLayoutData(fieldData(NUMBER_WIDTH, false));
        hint(c, hint);
        add(section, new NumberField(host, path, label, text));
    }

    private void choice(Section section, Composite c, FeaturePath path, String label, String hint) {
        label(c, label);
        Combo combo = new Combo(c, SWT.READ_ONLY);
        toolkit.adapt(combo, true, false);
        combo.setLayoutData(fieldData(CHOICE_WIDTH, false));
        hint(c, hint);
        add(section, new ChoiceField(host, path, label, combo));
    }

    private void add(Section section, Field field) {
        // Every field is created right after its label.
        field.setLabelControl(labels.get(labels.size() - 1));
        fields.put(field.path().key(), field);
        sectionOf.put(field.control(), section);
    }

    private Composite buttonRow(Composite c) {
        Composite row = toolkit.createComposite(c);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        row.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        data.horizontalIndent = Field.DECORATION_INDENT;
        row.setLayoutData(data);
        return row;
    }

    private Button button(Composite row, String text, String key) {
        Button button = toolkit.createButton(row, text, SWT.PUSH);
        button.setData(EditorKeys.WIDGET_KEY, key);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = Math.max(90, button.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
        button.setLayoutData(data);
        return button;
    }

    private static Control find(Control control, String key) {
        if (key.equals(control.getData(EditorKeys.WIDGET_KEY))) {
            return control;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
