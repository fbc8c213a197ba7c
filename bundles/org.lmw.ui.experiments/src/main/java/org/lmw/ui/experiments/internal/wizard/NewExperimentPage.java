// The only page of the New Experiment wizard: name, description and template, with the name checked as typed.
package org.lmw.ui.experiments.internal.wizard;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.lmw.core.workspace.LmwWorkspace;
import org.lmw.model.LmwPackage;
import org.lmw.model.validation.ModelValidation;
import org.lmw.model.validation.Problem;
import org.lmw.ui.experiments.EditorKeys;
import org.lmw.ui.experiments.Messages;

/**
 * Asks for the experiment's name (checked against the workspace and the model's name rules as it is typed), an
 * optional description and a template.
 */
public final class NewExperimentPage extends WizardPage {
    /** Widget key of the name field. */
    public static final String KEY_NAME = "wizard.name";
    /** Widget key of the description field. */
    public static final String KEY_DESCRIPTION = "wizard.description";
    /** Widget key prefix of the template radio buttons, followed by the template's enum name. */
    public static final String KEY_TEMPLATE = "wizard.template.";

    private final LmwWorkspace workspace;
    private final Map<ExperimentTemplate, Button> templateButtons = new EnumMap<>(ExperimentTemplate.class);
    private Text name;
    private Text description;
    private Label fileLabel;
    private ExperimentTemplate template = ExperimentTemplate.FASHION_MNIST_MLP;

    /** Creates the page for a workspace. */
    public NewExperimentPage(LmwWorkspace workspace) {
        super("experiment");
        this.workspace = workspace;
        setTitle(Messages.wizardPageTitle);
        setDescription(Messages.wizardPageDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.horizontalSpacing = 10;
        layout.verticalSpacing = 8;
        c.setLayout(layout);

        new Label(c, SWT.NONE).setText(Messages.wizardName);
        name = new Text(c, SWT.BORDER | SWT.SINGLE);
        name.setData(EditorKeys.WIDGET_KEY, KEY_NAME);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        name.addListener(SWT.Modify, e -> validate());

        new Label(c, SWT.NONE).setText(Messages.wizardFile);
        fileLabel = new Label(c, SWT.NONE);
        fileLabel.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        fileLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Label descriptionLabel = new Label(c, SWT.NONE);
        descriptionLabel.setText(Messages.wizardDescription);
        descriptionLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        description = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        description.setData(EditorKeys.WIDGET_KEY, KEY_DESCRIPTION);
        GridData descriptionData = new GridData(SWT.FILL, SWT.FILL, true, false);
        descriptionData.heightHint = description.getLineHeight() * 3;
        description.setLayoutData(descriptionData);

        Label templateLabel = new Label(c, SWT.NONE);
        templateLabel.setText(Messages.wizardTemplate);
        GridData templateLabelData = new GridData(SWT.LEFT, SWT.TOP, false, false);
        templateLabelData.verticalIndent = 6;
        templateLabel.setLayoutData(templateLabelData);
        Composite templates = new Composite(c, SWT.NONE);
        GridLayout templatesLayout = new GridLayout(1, false);
        templatesLayout.marginWidth = 0;
        templatesLayout.verticalSpacing = 2;
        templates.setLayout(templatesLayout);
        templates.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (ExperimentTemplate t : ExperimentTemplate.values()) {
            Button radio = new Button(templates, SWT.RADIO);
            radio.setText(t.label());
            radio.setFont(JFaceResources.getBannerFont());
            radio.setData(EditorKeys.WIDGET_KEY, KEY_TEMPLATE + t.name());
            radio.setSelection(t == template);
            GridData radioData = new GridData(SWT.LEFT, SWT.TOP, false, false);
            radioData.verticalIndent = 6;
            radio.setLayoutData(radioData);
            radio.addListener(SWT.Selection, e -> {
                if (radio.getSelection()) {
                    template = t;
                }
            });
            Label text = new Label(templates, SWT.WRAP);
            text.setText(t.description());
            text.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
            textData.horizontalIndent = 24;
            textData.widthHint = 440;
            text.setLayoutData(textData);
            templateButtons.put(t, radio);
        }
        setControl(c);
        validate();
        name.setFocus();
    }

    private void validate() {
        String text = name.getText().strip();
        setErrorMessage(null);
        setMessage(null);
        fileLabel.setText("");
        if (workspace == null) {
            setErrorMessage(Messages.wizardNoWorkspace);
            setPageComplete(false);
            return;
        }
        if (text.isEmpty()) {
            setMessage(Messages.wizardNameEmpty);
            setPageComplete(false);
            return;
        }
        // The model's name rules (no reserved characters, not too long) and the workspace's (no such file yet).
        for (Problem problem : ModelValidation.validateObject(template.create(text, null))) {
            if (problem.isError() && problem.feature() == LmwPackage.Literals.EXPERIMENT__NAME) {
                setErrorMessage(problem.detail());
                setPageComplete(false);
                return;
            }
        }
        try {
            Path file = workspace.newExperimentFile(text);
            fileLabel.setText(file.toString());
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            setPageComplete(false);
            return;
        }
        setPageComplete(true);
    }

    /** Returns the typed name, stripped. */
    public String experimentName() {
        return name.getText().strip();
    }

    /** Returns the typed description. */
    public String experimentDescription() {
        return description.getText();
    }

    /** Returns the chosen template. */
    public ExperimentTemplate template() {
        return template;
    }

    /** Chooses a template, as a click on its radio button would (a test hook). */
    public void selectTemplate(ExperimentTemplate chosen) {
        template = chosen;
        templateButtons.forEach((t, b) -> b.setSelection(t == chosen));
    }
}
