// Tier 3: the workbench window opens with its title, navigator, the four analysis views, Progress and its menus.
package org.lmw.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.rcp.handlers.AboutHandler;
import org.lmw.ui.internal.navigator.NavigatorPart;
import org.lmw.ui.runs.TrainingRunsPart;

class WorkbenchWindowTest {
    private static TestWorkbench workbench;

    @BeforeAll
    static void startWorkbench() throws Exception {
        workbench = TestWorkbench.get();
        workbench.settle();
    }

    private static EPartService parts() {
        return workbench.context().get(EPartService.class);
    }

    @Test
    void windowIsTitledLearningMechanicsWorkbenchAndShowsNavigatorAndTheFourViews() throws Exception {
        assertEquals("Learning Mechanics Workbench", workbench.ui(() -> workbench.shell().getText()));
        for (String id : List.of("org.lmw.ui.navigator", "org.lmw.ui.runs.view", "org.lmw.ui.probes.view",
                "org.lmw.ui.notebook.view", "org.lmw.ui.circuits.view", "org.eclipse.e4.ui.progress.ProgressView")) {
            boolean shown = workbench.ui(() -> {
                MPart part = parts().showPart(id, PartState.VISIBLE);
                return part != null && part.getWidget() instanceof Composite c && !c.isDisposed() && c.isVisible();
            });
            assertTrue(shown, id + " is not rendered as a visible widget");
        }
        workbench.run(() -> parts().showPart("org.lmw.ui.runs.view", PartState.ACTIVATE));
        workbench.settle();
        workbench.screenshot("workbench");
    }

    @Test
    void analysisViewsAreOrderedWithTrainingRunsFirst() {
        List<String> order = workbench.ui(() -> {
            EModelService models = workbench.context().get(EModelService.class);
            MPartStack stack = (MPartStack) models.find("org.lmw.rcp.stack.views",
                    workbench.context().get(org.eclipse.e4.ui.model.application.MApplication.class));
            List<String> ids = new ArrayList<>();
            stack.getChildren().forEach(c -> ids.add(c.getElementId()));
            return ids;
        });
        assertEquals(List.of("org.lmw.ui.runs.view", "org.lmw.ui.probes.view", "org.lmw.ui.notebook.view",
                "org.lmw.ui.circuits.view"), order.subList(0, 4));
    }

    @Test
    void trainingRunsViewExplainsItselfWhileThereAreNoRuns() {
        String title = workbench.ui(() -> {
            MPart part = parts().showPart("org.lmw.ui.runs.view", PartState.ACTIVATE);
            return ((TrainingRunsPart) part.getObject()).getEmptyState().getTitle();
        });
        assertEquals("No training runs yet", title);
    }

    @Test
    void menusOfferTheFileAndHelpCommands() {
        Map<String, List<String>> menus = workbench.ui(() -> {
            Menu bar = workbench.shell().getMenuBar();
            java.util.LinkedHashMap<String, List<String>> result = new java.util.LinkedHashMap<>();
            for (MenuItem top : bar.getItems()) {
                Menu menu = top.getMenu();
                // e4 fills menus when they are about to show.
                menu.notifyListeners(SWT.Show, null);
                List<String> items = new ArrayList<>();
                for (MenuItem item : menu.getItems()) {
                    items.add(item.getText().split("\t")[0].replace("&", ""));
                }
                menu.notifyListeners(SWT.Hide, null);
                result.put(top.getText().replace("&", ""), items);
            }
            return result;
        });
        assertEquals(List.of("File", "Edit", "Run", "Window", "Help"), new ArrayList<>(menus.keySet()));
        assertTrue(menus.get("File").containsAll(List.of("New Experiment...", "Open Workspace...", "Save", "Exit")),
                "File menu: " + menus.get("File"));
        assertTrue(menus.get("Help").contains("About Learning Mechanics Workbench"), "Help menu: " + menus.get("Help"));
        assertTrue(menus.get("Run").containsAll(List.of("Run Experiment", "Run Sweep Points...", "Cancel All Runs")),
                "Run menu: " + menus.get("Run"));
        assertTrue(menus.get("Window").containsAll(List.of("Training Runs", "Probes", "Notebook", "Circuits")),
                "Window menu: " + menus.get("Window"));
    }

    @Test
    void aboutNamesTheProductVersionAndTheLibraries() {
        String about = AboutHandler.aboutText();
        assertTrue(about.startsWith("Learning Mechanics Workbench 0.1.0"), about);
        for (String library : List.of("Eclipse e4 workbench: 1.", "SWT: 3.", "JFace: 3.", "EMF Ecore: 2.", "Java: ")) {
            assertTrue(about.contains(library), "About lacks " + library + ":\n" + about);
        }
    }

    @Test
    void navigatorListsAnExperimentWrittenIntoTheWorkspace() throws Exception {
        Experiment experiment = LmwFactory.eINSTANCE.createExperiment();
        experiment.setName("navigator-probe");
        Path file = workbench.workspace().resolve("navigator-probe.lmw");
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        resource.getContents().add(experiment);
        resource.save(null);
        assertTrue(Files.exists(file));
        workbench.waitUntil("the navigator to list navigator-probe", () -> {
            MPart part = parts().findPart("org.lmw.ui.navigator");
            NavigatorPart navigator = (NavigatorPart) part.getObject();
            // No refresh() here: the workspace watch must bring a file written by another process into view.
            Control tree = navigator.getViewer().getControl();
            return tree.isVisible() && Arrays.stream(navigator.getViewer().getTree().getItems())
                    .flatMap(item -> Arrays.stream(item.getItems())).map(TreeItem::getText)
                    .anyMatch("navigator-probe"::equals);
        }, Duration.ofSeconds(10));
        assertNotNull(file);
    }
}
