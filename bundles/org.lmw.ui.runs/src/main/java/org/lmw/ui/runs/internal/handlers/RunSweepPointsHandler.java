// Handler of Run › Run Sweep Points...: asks which sweep points of the experiment to run, then launches only those.
package org.lmw.ui.runs.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.lmw.core.series.Runs;
import org.lmw.core.workspace.WorkspaceService;
import org.lmw.jobs.LaunchPlan;
import org.lmw.model.validation.SweepExpander.SweepPoint;
import org.lmw.ui.runs.Messages;
import org.lmw.ui.runs.internal.Launching;

import jakarta.inject.Named;

/** Runs chosen sweep points of the experiment of the active editor or the navigator's selection. */
public class RunSweepPointsHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts,
            WorkspaceService workspaces) {
        return new RunExperimentHandler().canExecute(part, selection, parts, workspaces);
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts,
            WorkspaceService workspaces, IEventBroker broker, Shell shell) {
        RunExperimentHandler.launch(part, selection, parts, workspaces, broker, shell, plan -> {
            // The plan is prepared off the UI thread; the choice is made in a dialog on it.
            AtomicReference<LaunchPlan> chosen = new AtomicReference<>();
            shell.getDisplay().syncExec(() -> {
                PointsDialog dialog = new PointsDialog(shell, plan);
                if (dialog.open() == Dialog.OK) {
                    chosen.set(Launching.subset(plan, dialog.chosen));
                }
            });
            return chosen.get();
        });
    }

    /** A checkbox table of sweep points. */
    static final class PointsDialog extends Dialog {
        private final LaunchPlan plan;
        private Table table;
        List<Integer> chosen = List.of();

        PointsDialog(Shell parent, LaunchPlan plan) {
            super(parent);
            this.plan = plan;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.sweepPointsTitle);
        }

        @Override
        protected boolean isResizable() {
            return true;
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            area.setLayout(new GridLayout(3, false));
            Label text = new Label(area, SWT.WRAP);
            text.setText(Messages.bind(Messages.sweepPointsText, plan.name()));
            text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
            table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
            table.setHeaderVisible(true);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
            data.heightHint = 260;
            data.widthHint = 420;
            table.setLayoutData(data);
            List<String> keys = new ArrayList<>();
            for (SweepPoint p : plan.points()) {
                for (String k : p.values().keySet()) {
                    if (!keys.contains(k)) {
                        keys.add(k);
                    }
                }
            }
            new TableColumn(table, SWT.RIGHT).setText("#");
            for (String k : keys) {
                TableColumn c = new TableColumn(table, SWT.RIGHT);
                c.setText(Runs.shortName(k));
                c.setToolTipText(k);
            }
            for (SweepPoint p : plan.points()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, Integer.toString(p.index()));
                Map<String, String> values = p.values();
                for (int i = 0; i < keys.size(); i++) {
                    item.setText(i + 1, values.getOrDefault(keys.get(i), ""));
                }
                item.setChecked(true);
            }
            for (TableColumn c : table.getColumns()) {
                c.pack();
            }
            Button all = new Button(area, SWT.PUSH);
            all.setText(Messages.sweepPointsAll);
            all.addListener(SWT.Selection, e -> check(true));
            Button none = new Button(area, SWT.PUSH);
            none.setText(Messages.sweepPointsNone);
            none.addListener(SWT.Selection, e -> check(false));
            return area;
        }

        private void check(boolean on) {
            for (TableItem item : table.getItems()) {
                item.setChecked(on);
            }
        }

        @Override
        protected void okPressed() {
            List<Integer> positions = new ArrayList<>();
            TableItem[] items = table.getItems();
            for (int i = 0; i < items.length; i++) {
                if (items[i].getChecked()) {
                    positions.add(i);
                }
            }
            chosen = positions;
            super.okPressed();
        }
    }
}
