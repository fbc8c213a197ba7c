// The Experiment editor part: loads a .lmw file, edits it through an EMF command stack, validates live, saves.
package org.lmw.ui.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.model.Experiment;
import org.lmw.model.validation.ModelValidation;
import org.lmw.model.validation.Problem;
import org.lmw.ui.EditorFile;
import org.lmw.ui.LmwUi;
import org.lmw.ui.experiments.internal.editor.CoalescingCommandStack;
import org.lmw.ui.experiments.internal.editor.ExperimentForm;
import org.lmw.ui.experiments.internal.editor.FeaturePath;
import org.lmw.ui.experiments.internal.editor.Field;
import org.lmw.ui.experiments.internal.editor.FieldHost;
import org.lmw.ui.widgets.LoadErrorPanel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The editor of one experiment file ({@code *.lmw}), opened by {@link org.lmw.ui.EditorOpener} with the file's
 * absolute path in the part's persisted state {@value LmwUi#EDITOR_FILE_KEY}.
 *
 * <p>Every edit is an EMF command on the editor's {@link CommandStack}, which the part puts into its context so the
 * Undo and Redo handlers find it; the part is dirty exactly while the stack is away from its save point. After every
 * change the experiment is validated by the model's {@link ModelValidation} and the problems are shown next to their
 * fields and in a summary at the top. A file that cannot be read (missing, truncated, wrong tags, external entities)
 * shows an error panel instead of the form; the workbench keeps running.
 *
 * <p>Test hooks: {@link #getField(String)}, {@link #setFieldText(String, String)}, {@link #getProblemMessages()},
 * {@link #getProblems()}, {@link #isDirty()}, {@link #save()}, {@link #getCommandStack()}, {@link #getExperiment()},
 * {@link #getLoadError()}. Field keys are the dotted model paths listed in {@link EditorKeys}.
 */
public class ExperimentEditor implements FieldHost {
    private MPart part;
    private IEclipseContext context;
    private Composite parent;
    private Path file;
    private CoalescingCommandStack stack;
    private AdapterFactoryEditingDomain domain;
    private Experiment experiment;
    private ExperimentForm form;
    private String loadError;
    private List<Problem> problems = List.of();
    private final CommandStackListener stackListener = e -> commandStackChanged();

    /**
     * Loads the part's file and creates the form, or the error panel when the file cannot be loaded.
     *
     * @param parent the part's composite
     * @param part the part, holding the file path in its persisted state
     * @param context the part's context, which receives the command stack for Undo and Redo
     */
    @PostConstruct
    public void create(Composite parent, MPart part, IEclipseContext context) {
        this.parent = parent;
        this.part = part;
        this.context = context;
        parent.setLayout(new FillLayout());
        load();
    }

    private void load() {
        String path = part.getPersistedState().get(LmwUi.EDITOR_FILE_KEY);
        stack = new CoalescingCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
        EditorFile<Experiment> loaded = EditorFile.load(domain.getResourceSet(), path, Experiment.class);
        file = loaded.file();
        if (loaded.error() != null) {
            showLoadError(loaded.error(), path);
            return;
        }
        experiment = loaded.model();
        loadError = null;
        form = new ExperimentForm(parent, this);
        stack.addCommandStackListener(stackListener);
        context.set(CommandStack.class, stack);
        validate();
        parent.layout(true, true);
    }

    private void showLoadError(String message, String path) {
        loadError = message;
        experiment = null;
        context.remove(CommandStack.class);
        LoadErrorPanel panel = new LoadErrorPanel(parent, JFaceResources.getHeaderFont(), Messages.loadFailedTitle,
                message, path, Messages.loadFailedHint, this::load);
        panel.setData(EditorKeys.WIDGET_KEY, EditorKeys.LOAD_ERROR);
    }

    /** Saves the experiment on File › Save; a failure is shown to the user and the editor stays dirty. */
    @Persist
    public void persist() {
        try {
            save();
        } catch (IOException e) {
            MessageDialog.openError(parent.getShell(), Messages.saveFailedTitle,
                    Messages.bind(Messages.saveFailed, file, e.getMessage()));
        }
    }

    /**
     * Saves the experiment atomically to its file and marks the command stack's save point (a test hook).
     *
     * @throws IOException if the file cannot be written
     */
    public void save() throws IOException {
        if (experiment == null) {
            return;
        }
        stack.endCoalescing();
        ExperimentFiles.save(experiment, file);
        stack.saveIsDone();
        part.setDirty(false);
    }

    /** Gives the focus to the form. */
    @Focus
    public void setFocus() {
        if (form != null) {
            form.setFocus();
        } else if (!parent.isDisposed()) {
            parent.setFocus();
        }
    }

    /** Releases the form's resources and the model. */
    @PreDestroy
    public void dispose() {
        if (stack != null) {
            stack.removeCommandStackListener(stackListener);
        }
        if (form != null) {
            form.dispose();
        }
        if (context != null) {
            context.remove(CommandStack.class);
        }
        if (domain != null) {
            domain.getResourceSet().getResources().forEach(r -> r.unload());
        }
    }

    // --- FieldHost ---------------------------------------------------------------------------------------------

    @Override
    public Experiment experiment() {
        return experiment;
    }

    @Override
    public EditingDomain domain() {
        return domain;
    }

    @Override
    public void edit(FeaturePath path, Object value, boolean typing) {
        if (Objects.equals(path.get(experiment), value)) {
            return;
        }
        stack.execute(path.setCommand(domain, experiment, value), typing ? path.key() : null);
    }

    @Override
    public void execute(Command command) {
        stack.execute(command);
    }

    @Override
    public void endTyping() {
        stack.endCoalescing();
    }

    @Override
    public void parseErrorsChanged() {
        if (form != null) {
            form.showProblems(problems);
        }
    }

    private void commandStackChanged() {
        if (form == null || parent.isDisposed()) {
            return;
        }
        form.refresh();
        validate();
        part.setDirty(stack.isSaveNeeded());
    }

    private void validate() {
        problems = ModelValidation.validate(experiment);
        form.showProblems(problems);
    }

    // --- test hooks --------------------------------------------------------------------------------------------

    /**
     * Returns the control with this key: a field (e.g. {@code optimizer.learningRate}), a table ({@code instruments},
     * {@code sweep.axes}), a button or a label of {@link EditorKeys}; {@code null} if there is none.
     */
    public Control getField(String key) {
        return form == null ? null : form.control(key);
    }

    /**
     * Types {@code text} into a field as a user would (a choice takes its literal, a check box {@code true} or
     * {@code false}); the model changes only if the text is a valid value.
     *
     * @throws IllegalArgumentException if there is no field with this key
     */
    public void setFieldText(String key, String text) {
        Field field = form == null ? null : form.field(key);
        if (field == null) {
            throw new IllegalArgumentException("no field " + key);
        }
        field.setText(text);
    }

    /**
     * Returns the lines of the problems summary: parse errors ("learning rate: 'abc' is not a number") first, then
     * the validation messages without the experiment's name ("optimizer learning rate must be &gt; 0 (was -0.1)").
     */
    public List<String> getProblemMessages() {
        return form == null ? List.of() : new ArrayList<>(form.summary());
    }

    /** Returns the problems of the last validation, with their full messages naming the experiment. */
    public List<Problem> getProblems() {
        return problems;
    }

    /** Returns the text of the decoration next to a field, or {@code null} when it shows none. */
    public String getFieldProblem(String key) {
        Field field = form == null ? null : form.field(key);
        return field == null ? null : field.decorationText();
    }

    /** Tells whether there are unsaved changes. */
    public boolean isDirty() {
        return stack != null && stack.isSaveNeeded();
    }

    /** Returns the command stack (undo, redo). */
    public CommandStack getCommandStack() {
        return stack;
    }

    /** Returns the edited experiment, or {@code null} when the file could not be loaded. */
    public Experiment getExperiment() {
        return experiment;
    }

    /** Returns the one-line reason the file could not be loaded, or {@code null} when it was. */
    public String getLoadError() {
        return loadError;
    }

    /** Returns the edited file. */
    public Path getFile() {
        return file;
    }
}
