// The Notebook view: hypothesis notebooks: predictions frozen before the runs, judged with evidence.
package org.lmw.ui.notebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Link;
import org.lmw.core.workspace.LmwWorkspace;
import org.lmw.core.workspace.WorkspaceService;
import org.lmw.ui.EditorOpener;
import org.lmw.ui.widgets.EmptyState;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Notebook view: says what notebooks are for and lists the workspace's notebooks as links that open them in the
 * notebook editor, with a link to create one.
 */
public class NotebookPart {
    private static final int MAX_LINKS = 12;

    @Inject
    @Optional
    private WorkspaceService workspaces;
    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private EPartService parts;
    @Inject
    @Optional
    private ECommandService commands;
    @Inject
    @Optional
    private EHandlerService handlers;

    private EmptyState emptyState;
    private Display display;
    private final List<Link> links = new ArrayList<>();
    private LmwWorkspace watched;
    private final Consumer<LmwWorkspace> changed = ws -> refreshLater();
    private final Consumer<LmwWorkspace> switched = ws -> refreshLater();

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        parent.setLayout(new FillLayout());
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new FillLayout());
        emptyState = new EmptyState(body, Messages.emptyTitle, Messages.emptyText);
        if (workspaces != null) {
            workspaces.addSwitchListener(switched);
        }
        refresh();
    }

    private void refreshLater() {
        if (display != null && !display.isDisposed()) {
            display.asyncExec(this::refresh);
        }
    }

    /** Lists the current workspace's notebooks (a folder listing, no parsing). */
    private void refresh() {
        if (emptyState == null || emptyState.isDisposed()) {
            return;
        }
        LmwWorkspace ws = workspaces == null ? null : workspaces.current();
        if (ws != watched) {
            if (watched != null) {
                watched.removeListener(changed);
            }
            watched = ws;
            if (ws != null) {
                ws.addListener(changed);
            }
        }
        links.forEach(Control::dispose);
        links.clear();
        if (ws != null) {
            List<Path> notebooks = ws.notebooks();
            if (!notebooks.isEmpty()) {
                Link header = emptyState.addLink(Messages.openNotebooks, () -> {
                });
                links.add(header);
            }
            for (Path file : notebooks.subList(0, Math.min(MAX_LINKS, notebooks.size()))) {
                links.add(emptyState.addLink("   " + Messages.bind(Messages.openNotebookLink, file.getFileName()),
                        () -> EditorOpener.open(file, application, models, parts)));
            }
            links.add(emptyState.addLink(Messages.newNotebookLink, this::newNotebook));
        }
        emptyState.layout(true, true);
    }

    private void newNotebook() {
        if (commands != null && handlers != null) {
            handlers.executeHandler(commands.createCommand(NotebookKeys.NEW_NOTEBOOK_COMMAND, null));
        }
    }

    @PreDestroy
    public void dispose() {
        if (workspaces != null) {
            workspaces.removeSwitchListener(switched);
        }
        if (watched != null) {
            watched.removeListener(changed);
        }
    }

    /** Returns the empty-state panel (tests read it). */
    public EmptyState getEmptyState() {
        return emptyState;
    }

    /** The texts of the view's links (tests read them). */
    public List<String> getLinkTexts() {
        return links.stream().map(Link::getText).toList();
    }
}
