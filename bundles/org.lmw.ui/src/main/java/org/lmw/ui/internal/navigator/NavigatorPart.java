// The Experiments navigator: the experiments, notebooks and runs of the current workspace.
package org.lmw.ui.internal.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.lmw.core.workspace.LmwWorkspace;
import org.lmw.core.workspace.WorkspaceEntry;
import org.lmw.core.workspace.WorkspaceService;
import org.lmw.ui.EditorOpener;
import org.lmw.ui.Messages;
import org.lmw.ui.widgets.EmptyState;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** Shows the workspace as three groups (experiments, notebooks, runs); a double-click opens a file's editor. */
public class NavigatorPart {
    /** A group node of the tree. */
    public record Group(String label, WorkspaceEntry.Kind kind, List<WorkspaceEntry> entries) {
    }

    @Inject
    private WorkspaceService workspaces;
    @Inject
    private MApplication application;
    @Inject
    private EModelService models;
    @Inject
    private EPartService parts;
    @Inject
    private ESelectionService selection;
    @Inject
    private Logger log;

    private Composite stack;
    private StackLayout stackLayout;
    private Composite content;
    private Label header;
    private TreeViewer viewer;
    private EmptyState empty;
    private final Consumer<LmwWorkspace> changeListener = ws -> refreshLater();
    private final Consumer<LmwWorkspace> switchListener = ws -> {
        ws.addListener(changeListener);
        refreshLater();
    };

    @PostConstruct
    public void createControls(Composite parent) {
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);

        content = new Composite(stack, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        content.setLayout(layout);
        header = new Label(content, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        viewer = new TreeViewer(content, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new ContentProvider());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Group g) {
                    return g.label() + " (" + g.entries().size() + ")";
                }
                if (element instanceof WorkspaceEntry e) {
                    return e.name();
                }
                return super.getText(element);
            }
        });
        viewer.addSelectionChangedListener(e -> {
            IStructuredSelection s = e.getStructuredSelection();
            selection.setSelection(s.size() == 1 ? s.getFirstElement() : s.toArray());
        });
        viewer.addDoubleClickListener(e -> {
            Object element = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (element instanceof WorkspaceEntry entry && entry.kind() != WorkspaceEntry.Kind.RUN) {
                open(entry);
            } else if (element instanceof Group) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });

        empty = new EmptyState(stack, Messages.navigatorEmptyTitle, Messages.navigatorEmptyText);
        workspaces.addSwitchListener(switchListener);
        if (workspaces.current() != null) {
            workspaces.current().addListener(changeListener);
        }
        refresh();
    }

    private void open(WorkspaceEntry entry) {
        try {
            EditorOpener.open(entry.path(), application, models, parts);
        } catch (RuntimeException e) {
            log.error(e, "Opening " + entry.path() + " failed");
            MessageDialog.openError(viewer.getControl().getShell(), Messages.openFailedTitle, e.getMessage());
        }
    }

    private void refreshLater() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    /** Re-reads the workspace folder and shows it (UI thread). */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        LmwWorkspace ws = workspaces.current();
        List<Group> groups = new ArrayList<>();
        if (ws != null) {
            List<WorkspaceEntry> entries = ws.entries();
            groups.add(group(Messages.navigatorExperiments, WorkspaceEntry.Kind.EXPERIMENT, entries));
            groups.add(group(Messages.navigatorNotebooks, WorkspaceEntry.Kind.NOTEBOOK, entries));
            groups.add(group(Messages.navigatorRuns, WorkspaceEntry.Kind.RUN, entries));
            header.setText(Messages.bind(Messages.navigatorWorkspace, ws.root()));
            header.setToolTipText(ws.root().toString());
        }
        Object[] expanded = viewer.getExpandedElements();
        viewer.setInput(groups);
        if (expanded.length == 0) {
            viewer.expandToLevel(2);
        } else {
            for (Object o : expanded) {
                if (o instanceof Group g) {
                    groups.stream().filter(n -> n.kind() == g.kind()).findFirst()
                            .ifPresent(n -> viewer.setExpandedState(n, true));
                }
            }
        }
        boolean isEmpty = groups.stream().allMatch(g -> g.entries().isEmpty());
        stackLayout.topControl = isEmpty ? empty : content;
        stack.layout(true, true);
    }

    /** Returns the tree (tests look at it). */
    public TreeViewer getViewer() {
        return viewer;
    }

    private static Group group(String label, WorkspaceEntry.Kind kind, List<WorkspaceEntry> all) {
        return new Group(label, kind, all.stream().filter(e -> e.kind() == kind).toList());
    }

    @PreDestroy
    public void dispose() {
        workspaces.removeSwitchListener(switchListener);
        if (workspaces.current() != null) {
            workspaces.current().removeListener(changeListener);
        }
    }

    private static final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Group g ? g.entries().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Group g && !g.entries().isEmpty();
        }
    }
}
