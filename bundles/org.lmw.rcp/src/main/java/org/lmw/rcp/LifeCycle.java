// Workbench life cycle: opens the workspace before the window appears and makes it injectable.
package org.lmw.rcp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MStackElement;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplicationContext;
import org.lmw.core.workspace.LmwWorkspace;
import org.lmw.core.workspace.WorkspaceLocation;
import org.lmw.core.workspace.WorkspaceService;
import org.lmw.ui.LmwUi;

/**
 * Resolves the workspace folder ({@code -workspace DIR}, {@code -Dlmw.workspace}, {@code LMW_WORKSPACE}, or
 * {@code ~/lmw-workspace}), opens it and puts the {@link WorkspaceService} into the application context.
 */
public class LifeCycle {
    @PostContextCreate
    public void postContextCreate(IEclipseContext context, IApplicationContext application) throws IOException {
        String[] args = (String[]) application.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String explicit = null;
        for (int i = 0; args != null && i < args.length - 1; i++) {
            if ("-workspace".equals(args[i]) || "--workspace".equals(args[i])) {
                explicit = args[i + 1];
            }
        }
        WorkspaceService workspaces = new WorkspaceService();
        Path folder = WorkspaceLocation.resolve(explicit, System.getenv());
        LmwWorkspace workspace = workspaces.open(folder);
        workspace.startWatching();
        context.set(WorkspaceService.class, workspaces);
        IEventBroker broker = context.get(IEventBroker.class);
        workspaces.addSwitchListener(ws -> {
            try {
                ws.startWatching();
            } catch (IOException e) {
                // Without a watch the navigator still refreshes on our own changes; other processes' go unseen.
            }
            if (broker != null) {
                broker.post(LmwUi.TOPIC_WORKSPACE_OPENED, ws);
            }
        });
    }

    /**
     * Orders the analysis views as users expect them (fragments arrive in bundle order) and selects Training Runs;
     * views of third-party bundles follow ours in the order they came.
     */
    @ProcessAdditions
    public void processAdditions(MApplication application, EModelService models) {
        MPartStack views = (MPartStack) models.find(LmwUi.VIEW_STACK, application);
        if (views == null || views.getChildren().isEmpty()) {
            return;
        }
        List<MStackElement> ordered = new ArrayList<>(views.getChildren());
        ordered.sort(Comparator.comparingInt(e -> {
            int i = VIEW_ORDER.indexOf(e.getElementId());
            return i < 0 ? VIEW_ORDER.size() : i;
        }));
        views.getChildren().clear();
        views.getChildren().addAll(ordered);
        views.setSelectedElement(ordered.get(0));
    }

    private static final List<String> VIEW_ORDER = List.of("org.lmw.ui.runs.view", "org.lmw.ui.probes.view",
            "org.lmw.ui.notebook.view", "org.lmw.ui.circuits.view");
}
