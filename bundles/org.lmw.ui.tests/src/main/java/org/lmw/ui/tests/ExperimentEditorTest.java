// Tier 3: the New Experiment wizard and the experiment editor, driven through real widgets in the running workbench.
package org.lmw.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lmw.core.persistence.ExperimentFiles;
import org.lmw.model.Experiment;
import org.lmw.ui.EditorOpener;
import org.lmw.ui.experiments.ExperimentEditor;

class ExperimentEditorTest {
    private static final String KEY = "org.eclipse.swtbot.widget.key";
    private static TestWorkbench workbench;

    @BeforeAll
    static void startWorkbench() throws Exception {
        workbench = TestWorkbench.get();
        workbench.settle();
    }

    private static ExperimentEditor open(Path file) {
        return workbench.ui(() -> {
            MPart part = EditorOpener.open(file, workbench.context().get(MApplication.class),
                    workbench.context().get(EModelService.class), workbench.context().get(EPartService.class));
            return (ExperimentEditor) part.getObject();
        });
    }

    private static Path newExperimentThroughTheWizard(String name) throws Exception {
        // The wizard is modal: start it asynchronously and drive it from here while its own loop runs.
        workbench.display().asyncExec(() -> {
            ECommandService commands = workbench.context().get(ECommandService.class);
            EHandlerService handlers = workbench.context().get(EHandlerService.class);
            handlers.executeHandler(commands.createCommand("org.lmw.commands.newExperiment", null));
        });
        workbench.waitUntil("the New Experiment wizard", () -> wizardShell() != null, Duration.ofSeconds(10));
        workbench.run(() -> {
            Text nameField = (Text) find(wizardShell(), "wizard.name");
            nameField.setText(name);
            Button template = (Button) find(wizardShell(), "wizard.template.FASHION_MNIST_MLP");
            if (template != null && !template.getSelection()) {
                template.setSelection(true);
                template.notifyListeners(SWT.Selection, null);
            }
        });
        workbench.settle();
        workbench.screenshot("new-experiment-wizard");
        workbench.run(() -> {
            Button finish = findButton(wizardShell(), "Finish");
            assertNotNull(finish, "the wizard has no Finish button");
            assertTrue(finish.isEnabled(), "Finish is disabled for a valid name");
            finish.notifyListeners(SWT.Selection, null);
        });
        Path file = workbench.workspace().resolve(name + ".lmw");
        workbench.waitUntil("the wizard to save " + file, () -> wizardShell() == null && Files.exists(file),
                Duration.ofSeconds(10));
        return file;
    }

    @Test
    void wizardCreatesAnExperimentThatIsSavedAsXmiAndReloadsEqual() throws Exception {
        Path file = newExperimentThroughTheWizard("wizard-mlp");
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns:xmi=\"http://www.omg.org/XMI\"") && xml.contains("http://lmw.org/model/1.0"),
                "not XMI of the workbench model:\n" + xml);
        ExperimentEditor editor = open(file);
        Experiment inEditor = workbench.ui(editor::getExperiment);
        assertEquals("wizard-mlp", inEditor.getName());
        Experiment reloaded = ExperimentFiles.load(file);
        assertTrue(workbench.ui(() -> EcoreUtil.equals(inEditor, reloaded)),
                "the reloaded experiment differs from what the editor shows");
        assertFalse(workbench.ui(editor::isDirty));
    }

    @Test
    void editorShowsAMessageNamingTheFieldForABadValueSavesAndReloads() throws Exception {
        Path file = workbench.workspace().resolve("edited.lmw");
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("edited"), file);
        ExperimentEditor editor = open(file);

        workbench.run(() -> editor.setFieldText("optimizer.learningRate", "-0.1"));
        List<String> problems = workbench.ui(editor::getProblemMessages);
        assertTrue(problems.contains("optimizer learning rate must be > 0 (was -0.1)"), "problems: " + problems);
        assertEquals("optimizer learning rate must be > 0 (was -0.1)",
                workbench.ui(() -> editor.getFieldProblem("optimizer.learningRate")));
        assertTrue(workbench.ui(editor::isDirty));
        workbench.settle();
        workbench.screenshot("editor-validation");

        workbench.run(() -> editor.setFieldText("optimizer.learningRate", "abc"));
        assertTrue(workbench.ui(editor::getProblemMessages).contains("learning rate: 'abc' is not a number"),
                "problems: " + workbench.ui(editor::getProblemMessages));
        assertEquals(-0.1, workbench.ui(() -> editor.getExperiment().getOptimizer().getLearningRate()),
                "text that is not a number must not change the model");

        workbench.run(() -> editor.setFieldText("optimizer.learningRate", "0.2"));
        workbench.run(() -> editor.setFieldText("model.width", "512"));
        assertEquals(List.of(), workbench.ui(editor::getProblemMessages));

        // Undo through the workbench's Undo command reaches the active editor's command stack.
        workbench.run(() -> {
            EHandlerService handlers = workbench.context().get(EHandlerService.class);
            ECommandService commands = workbench.context().get(ECommandService.class);
            handlers.executeHandler(commands.createCommand("org.eclipse.ui.edit.undo", null));
        });
        assertEquals(256, workbench.ui(() -> editor.getExperiment().getModel().getWidth()));
        workbench.run(() -> editor.setFieldText("model.width", "512"));

        workbench.run(() -> {
            try {
                editor.save();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertFalse(workbench.ui(editor::isDirty));
        Experiment reloaded = ExperimentFiles.load(file);
        assertEquals(0.2, reloaded.getOptimizer().getLearningRate());
        assertEquals(512, reloaded.getModel().getWidth());
    }

    @Test
    void malformedAndHostileFilesOpenWithAClearErrorAndTheWorkbenchKeepsRunning() throws Exception {
        Path ws = workbench.workspace();
        Path truncated = ws.resolve("truncated.lmw");
        Path good = ws.resolve("good.lmw");
        ExperimentFiles.save(ExperimentFiles.newDefaultExperiment("good"), good);
        String full = Files.readString(good);
        Files.writeString(truncated, full.substring(0, full.length() / 2));
        Path wrongTags = ws.resolve("wrong-tags.lmw");
        Files.writeString(wrongTags, "<?xml version=\"1.0\"?>\n<lmw:Notebook xmlns:lmw=\"http://lmw.org/model/1.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmi:version=\"2.0\"><bogus/></lmw:Notebook>\n");
        Path hostile = ws.resolve("hostile.lmw");
        Files.writeString(hostile, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<lmw:Experiment xmlns:lmw=\"http://lmw.org/model/1.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmi:version=\"2.0\" name=\"&secret;\"/>\n");

        String truncatedError = workbench.ui(open(truncated)::getLoadError);
        assertTrue(truncatedError.startsWith("truncated.lmw: not a valid experiment file"), truncatedError);
        String wrongTagsError = workbench.ui(open(wrongTags)::getLoadError);
        assertTrue(wrongTagsError.startsWith("wrong-tags.lmw: "), wrongTagsError);
        ExperimentEditor hostileEditor = open(hostile);
        String hostileError = workbench.ui(hostileEditor::getLoadError);
        assertTrue(hostileError.contains("external entities are not allowed"), hostileError);
        assertFalse(hostileError.contains("root:"), "the error leaks /etc/passwd: " + hostileError);
        workbench.settle();
        workbench.screenshot("editor-load-error");

        assertTrue(workbench.ui(() -> !workbench.shell().isDisposed() && workbench.shell().isVisible()));
        ExperimentEditor goodEditor = open(good);
        assertNull(workbench.ui(goodEditor::getLoadError));
        assertEquals("good", workbench.ui(() -> goodEditor.getExperiment().getName()));
        assertEquals(full, Files.readString(good), "opening files must not change them");
    }

    private static Shell wizardShell() {
        for (Shell shell : workbench.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && "New Experiment".equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    private static Widget find(Control root, String key) {
        if (key.equals(root.getData(KEY))) {
            return root;
        }
        if (root instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                Widget found = find(child, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Button findButton(Control root, String text) {
        if (root instanceof Button b && text.equals(b.getText().replace("&", ""))) {
            return b;
        }
        if (root instanceof org.eclipse.swt.widgets.Composite c) {
            for (Control child : c.getChildren()) {
                Button found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
