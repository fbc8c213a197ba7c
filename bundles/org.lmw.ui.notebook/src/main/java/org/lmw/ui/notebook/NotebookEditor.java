// The hypothesis-notebook editor: ordered cells (Markdown text, charts, predictions), an EMF command stack, checks.
package org.lmw.ui.notebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.lmw.core.notebook.HtmlReport;
import org.lmw.core.notebook.NotebookEvaluator;
import org.lmw.core.notebook.PredictionFreezer;
import org.lmw.core.notebook.PredictionOutcome;
import org.lmw.core.persistence.AtomicFiles;
import org.lmw.core.persistence.NotebookFiles;
import org.lmw.core.runstore.RunStore;
import org.lmw.core.series.ChartDataProvider;
import org.lmw.core.series.ChartModel;
import org.lmw.core.series.ChartRequest;
import org.lmw.core.series.XAxis;
import org.lmw.core.workspace.LmwWorkspace;
import org.lmw.core.workspace.WorkspaceService;
import org.lmw.jobs.LaunchException;
import org.lmw.jobs.NotebookRuns;
import org.lmw.jobs.RunJob;
import org.lmw.jobs.RunJobService;
import org.lmw.jobs.RunLauncher;
import org.lmw.jobs.RunOptions;
import org.lmw.model.Aggregation;
import org.lmw.model.Cell;
import org.lmw.model.ChartCell;
import org.lmw.model.LmwFactory;
import org.lmw.model.LmwPackage;
import org.lmw.model.Notebook;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.Run;
import org.lmw.model.RunQuery;
import org.lmw.model.TextCell;
import org.lmw.model.Verdict;
import org.lmw.model.Window;
import org.lmw.ui.LmwUi;
import org.lmw.ui.notebook.internal.CellHost;
import org.lmw.ui.notebook.internal.CellView;
import org.lmw.ui.notebook.internal.ChartCellView;
import org.lmw.ui.notebook.internal.PredictionCellView;
import org.lmw.ui.notebook.internal.RunSelection;
import org.lmw.ui.notebook.internal.TextCellView;
import org.lmw.ui.notebook.internal.Theme;
import org.lmw.ui.EditorFile;
import org.lmw.ui.widgets.LoadErrorPanel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The editor of one hypothesis notebook ({@code *.lmwnb}), opened by {@link org.lmw.ui.EditorOpener} through the tag
 * {@code lmw.editor:lmwnb} with the file's absolute path in the part's persisted state {@value LmwUi#EDITOR_FILE_KEY}.
 *
 * <p>The notebook is a page of cards, one per cell, in order: Markdown text (rendered; Edit shows the source), charts
 * (a metric of the runs a query selects, read from the run store off the UI thread) and predictions (claim, frozen
 * state, verdict, evidence with a predicted-vs-observed chart, earlier versions). Every change is an EMF command on
 * the editor's {@link CommandStack}, which the part's context holds for Edit › Undo and Redo; the part is dirty while
 * the stack is away from its save point, and File › Save writes the file atomically through {@link NotebookFiles}.
 *
 * <p>Check Predictions works on a copy of the notebook in an Eclipse {@link Job} (the UI thread never computes): it
 * first trains the runs the predictions need and lack ({@link NotebookRuns}, as {@code lmw check} does), then judges
 * every prediction with {@link NotebookEvaluator}; the editor then writes the verdicts and evidence into the
 * model as one undoable command and keeps the outcomes' chart data for the evidence charts. A file that cannot be read
 * shows an error panel with a one-line reason instead of the page.
 */
public class NotebookEditor implements CellHost {
    @Inject
    @Optional
    private WorkspaceService workspaces;
    @Inject
    @Optional
    private IEventBroker broker;

    private MPart part;
    private IEclipseContext context;
    private Composite parent;
    private Display display;
    private Path file;
    private BasicCommandStack stack;
    private AdapterFactoryEditingDomain domain;
    private Notebook notebook;
    private String loadError;
    private Theme theme;

    private ScrolledComposite scrolled;
    private Composite page;
    private Text title;
    private Label summary;
    private Label status;
    private Label tamperBanner;
    private Composite tamperBox;
    private Composite results;
    private Composite emptyHint;
    private Composite cellsArea;
    private Button checkButton;

    private final Map<Cell, CellView> views = new LinkedHashMap<>();
    private final Set<Cell> stale = new HashSet<>();
    private Cell selected;
    private final Map<Prediction, PredictionOutcome> outcomes = new IdentityHashMap<>();
    private final Map<String, ChartEntry> charts = new LinkedHashMap<>();
    private final Set<String> chartsLoading = new HashSet<>();
    private final Map<String, ChartEntry> previousCharts = new LinkedHashMap<>();
    private ChartDataProvider provider;
    private RunStore providerStore;
    private boolean checking;
    private int checks;
    private String statusText = Messages.notChecked;
    private String launchNote;
    private int exports;

    private final CommandStackListener stackListener = e -> commandStackChanged();
    /**
     * The wheel scrolls the page wherever the pointer is on it: charts and rendered text would otherwise swallow it;
     * text fields that scroll themselves and drop-downs keep it.
     */
    private final org.eclipse.swt.widgets.Listener wheel = e -> {
        if (scrolled == null || scrolled.isDisposed() || !(e.widget instanceof Control c) || e.count == 0
                || c instanceof Text t && (t.getStyle() & SWT.V_SCROLL) != 0 || c instanceof org.eclipse.swt.widgets.Combo) {
            return;
        }
        Control parentOf = c;
        while (parentOf != null && parentOf != page) {
            parentOf = parentOf.getParent();
        }
        if (parentOf == null || c == scrolled) {
            return;
        }
        Point origin = scrolled.getOrigin();
        int step = Math.max(24, scrolled.getClientArea().height / 12);
        scrolled.setOrigin(origin.x, Math.max(0, origin.y - e.count * step / 3));
        e.doit = false;
    };
    private LmwWorkspace watchedWorkspace;
    private final java.util.concurrent.atomic.AtomicBoolean chartRefreshPending =
            new java.util.concurrent.atomic.AtomicBoolean();
    /** Runs appear and end while the notebook is open: its charts read the store again, at most once a second. */
    private final java.util.function.Consumer<LmwWorkspace> workspaceChanged = ws -> {
        if (chartRefreshPending.compareAndSet(false, true)) {
            Job later = Job.create(Messages.chartLoading, monitor -> {
                chartRefreshPending.set(false);
                if (!display.isDisposed()) {
                    display.asyncExec(this::refreshCharts);
                }
                return Status.OK_STATUS;
            });
            later.setSystem(true);
            later.schedule(1000);
        }
    };
    private final EContentAdapter tracker = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            if (n.isTouch()) {
                return;
            }
            Cell cell = cellOf(n.getNotifier());
            if (cell != null) {
                stale.add(cell);
            }
        }
    };

    /** A chart cell's data as read: the model (null when there is nothing to draw) and a status line. */
    private record ChartEntry(ChartModel model, String status) {
    }

    /**
     * Loads the part's file and creates the page, or the error panel when the file cannot be loaded.
     *
     * @param parent the part's composite
     * @param part the part, holding the file path in its persisted state
     * @param context the part's context, which receives the command stack and this editor for the handlers
     */
    @PostConstruct
    public void create(Composite parent, MPart part, IEclipseContext context) {
        this.parent = parent;
        this.part = part;
        this.context = context;
        this.display = parent.getDisplay();
        parent.setLayout(new FillLayout());
        theme = new Theme(parent);
        load();
    }

    private void load() {
        String path = part.getPersistedState().get(LmwUi.EDITOR_FILE_KEY);
        stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
        EditorFile<Notebook> loaded = EditorFile.load(domain.getResourceSet(), path, Notebook.class);
        file = loaded.file();
        if (loaded.error() != null) {
            showLoadError(loaded.error(), path);
            return;
        }
        notebook = loaded.model();
        loadError = null;
        createPage();
        notebook.eAdapters().add(tracker);
        stack.addCommandStackListener(stackListener);
        context.set(CommandStack.class, stack);
        context.set(NotebookEditor.class, this);
        watchedWorkspace = workspaces == null ? null : workspaces.current();
        if (watchedWorkspace != null) {
            watchedWorkspace.addListener(workspaceChanged);
        }
        reconcile();
    }

    /** Reads every chart cell's data again (after runs changed); the old charts stay until the new data arrives. */
    private void refreshCharts() {
        if (notebook == null || page == null || page.isDisposed()) {
            return;
        }
        previousCharts.putAll(charts);
        charts.clear();
        for (Cell cell : notebook.getCells()) {
            if (cell instanceof ChartCell) {
                stale.add(cell);
            }
        }
        reconcile();
    }

    private void showLoadError(String message, String path) {
        loadError = message;
        notebook = null;
        context.remove(CommandStack.class);
        context.remove(NotebookEditor.class);
        LoadErrorPanel panel = new LoadErrorPanel(parent, theme.font(1.4, SWT.BOLD), Messages.loadFailedTitle, message,
                path, Messages.loadFailedHint, this::load);
        panel.setData(NotebookKeys.WIDGET_KEY, NotebookKeys.LOAD_ERROR);
    }

    // --- the page ----------------------------------------------------------------------------------------------

    private void createPage() {
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        scrolled.getVerticalBar().setIncrement(24);
        scrolled.setBackground(theme.color(Theme.PAGE));
        page = new Composite(scrolled, SWT.NONE);
        page.setBackground(theme.color(Theme.PAGE));
        page.setBackgroundMode(SWT.INHERIT_DEFAULT);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 28;
        layout.marginHeight = 20;
        layout.verticalSpacing = 12;
        page.setLayout(layout);
        scrolled.setContent(page);
        scrolled.addListener(SWT.Resize, e -> relayout());
        display.addFilter(SWT.MouseWheel, wheel);

        Composite header = new Composite(page, SWT.NONE);
        GridLayout hl = new GridLayout(1, false);
        hl.marginWidth = 0;
        hl.marginHeight = 0;
        hl.verticalSpacing = 4;
        header.setLayout(hl);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // The title edits in place: Enter or leaving the field renames the notebook (one undo step).
        title = new Text(header, SWT.SINGLE);
        title.setFont(theme.font(1.9, SWT.BOLD));
        title.setForeground(theme.color(0x111827));
        title.setBackground(theme.color(Theme.PAGE));
        title.setMessage(Messages.untitled);
        title.setToolTipText(Messages.titleTip);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title.addListener(SWT.DefaultSelection, e -> commitTitle());
        title.addListener(SWT.FocusOut, e -> commitTitle());
        key(title, NotebookKeys.TITLE);
        summary = new Label(header, SWT.WRAP);
        summary.setForeground(theme.color(Theme.MUTED));
        summary.setLayoutData(wrapData());
        key(summary, NotebookKeys.SUMMARY);

        Composite bar = new Composite(page, SWT.NONE);
        GridLayout bl = new GridLayout(6, false);
        bl.marginWidth = 0;
        bl.marginHeight = 2;
        bl.horizontalSpacing = 6;
        bar.setLayout(bl);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        button(bar, Messages.addText, Messages.addTextTip, NotebookKeys.ADD_TEXT, () -> addCell(CellKind.TEXT));
        button(bar, Messages.addChart, Messages.addChartTip, NotebookKeys.ADD_CHART, () -> addCell(CellKind.CHART));
        button(bar, Messages.addPrediction, Messages.addPredictionTip, NotebookKeys.ADD_PREDICTION,
                () -> addCell(CellKind.PREDICTION));
        Label gap = new Label(bar, SWT.NONE);
        gap.setLayoutData(new GridData(12, SWT.DEFAULT));
        checkButton = button(bar, "\u2713 " + Messages.check, Messages.checkTip, NotebookKeys.CHECK,
                this::checkPredictions);
        checkButton.setFont(theme.font(1.0, SWT.BOLD));
        status = new Label(bar, SWT.WRAP);
        status.setForeground(theme.color(Theme.MUTED));
        GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
        sd.widthHint = 200;
        sd.horizontalIndent = 8;
        status.setLayoutData(sd);
        key(status, NotebookKeys.STATUS);

        tamperBox = new Composite(page, SWT.NONE);
        tamperBox.setBackground(theme.color(0xFEE2E2));
        tamperBox.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayout tl = new GridLayout(1, false);
        tl.marginWidth = 12;
        tl.marginHeight = 8;
        tamperBox.setLayout(tl);
        GridData td = new GridData(SWT.FILL, SWT.TOP, true, false);
        td.exclude = true;
        tamperBox.setLayoutData(td);
        tamperBox.setVisible(false);
        tamperBanner = new Label(tamperBox, SWT.WRAP);
        tamperBanner.setForeground(theme.color(0x7F1D1D));
        tamperBanner.setLayoutData(wrapData());
        key(tamperBanner, NotebookKeys.TAMPERED);

        results = new Composite(page, SWT.NONE);
        results.setBackground(theme.color(Theme.CARD));
        results.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayout rl = new GridLayout(3, false);
        rl.marginWidth = 16;
        rl.marginHeight = 10;
        rl.horizontalSpacing = 10;
        rl.verticalSpacing = 5;
        results.setLayout(rl);
        GridData rd = new GridData(SWT.FILL, SWT.TOP, true, false);
        rd.exclude = true;
        results.setLayoutData(rd);
        results.setVisible(false);
        results.addListener(SWT.Paint, e -> {
            org.eclipse.swt.graphics.Rectangle r = results.getClientArea();
            e.gc.setForeground(theme.color(Theme.BORDER));
            e.gc.drawRectangle(0, 0, r.width - 1, r.height - 1);
        });
        key(results, NotebookKeys.RESULTS);

        emptyHint = new Composite(page, SWT.NONE);
        emptyHint.setLayout(new GridLayout(1, false));
        GridData ed = new GridData(SWT.FILL, SWT.TOP, true, false);
        emptyHint.setLayoutData(ed);
        Label hint = new Label(emptyHint, SWT.WRAP);
        hint.setText("This notebook has no cells yet. Explain the question in a text cell, state a falsifiable "
                + "prediction and freeze it before its runs exist, then Check predictions once the runs are there.");
        hint.setForeground(theme.color(Theme.MUTED));
        hint.setLayoutData(wrapData());

        cellsArea = new Composite(page, SWT.NONE);
        GridLayout cl = new GridLayout(1, false);
        cl.marginWidth = 0;
        cl.marginHeight = 0;
        cl.verticalSpacing = 12;
        cellsArea.setLayout(cl);
        cellsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private static GridData wrapData() {
        GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
        d.widthHint = 200;
        return d;
    }

    private Button button(Composite bar, String text, String tip, String key, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        b.addListener(SWT.Selection, e -> action.run());
        key(b, key);
        return b;
    }

    private static void key(Widget w, String key) {
        w.setData(NotebookKeys.WIDGET_KEY, key);
    }

    /** Brings the cards in line with the model: new cells get cards, removed ones lose them, changed ones refresh. */
    private void reconcile() {
        if (notebook == null || page == null || page.isDisposed()) {
            return;
        }
        List<Cell> cells = notebook.getCells();
        Set<Cell> present = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(cells);
        views.entrySet().removeIf(e -> {
            if (present.contains(e.getKey())) {
                return false;
            }
            e.getValue().dispose();
            return true;
        });
        if (selected != null && !present.contains(selected)) {
            selected = null;
        }
        CellView previous = null;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            CellView view = views.get(cell);
            if (view == null) {
                view = create(cell);
                views.put(cell, view);
                view.setIndex(i);
                view.refresh();
            } else {
                view.setIndex(i);
                if (stale.contains(cell)) {
                    view.refresh();
                }
            }
            if (previous == null) {
                view.control().moveAbove(null);
            } else {
                view.control().moveBelow(previous.control());
            }
            previous = view;
        }
        stale.clear();
        // Views keep their map order in cell order so getCellViews() is cheap.
        Map<Cell, CellView> ordered = new LinkedHashMap<>();
        for (Cell cell : cells) {
            ordered.put(cell, views.get(cell));
        }
        views.clear();
        views.putAll(ordered);
        updateHeader();
        relayout();
    }

    private CellView create(Cell cell) {
        if (cell instanceof TextCell t) {
            return new TextCellView(cellsArea, this, t);
        }
        if (cell instanceof ChartCell c) {
            return new ChartCellView(cellsArea, this, c);
        }
        return new PredictionCellView(cellsArea, this, (PredictionCell) cell);
    }

    private void updateHeader() {
        String name = notebook.getTitle() == null ? "" : notebook.getTitle();
        if (!title.isFocusControl() && !title.getText().equals(name)) {
            title.setText(name);
        }
        int predictions = 0;
        Map<Verdict, Integer> counts = new LinkedHashMap<>();
        for (Cell cell : notebook.getCells()) {
            if (cell instanceof PredictionCell pc && PredictionFreezer.latest(pc) != null) {
                predictions++;
                Prediction p = PredictionFreezer.latest(pc);
                Verdict v = outcome(p) != null ? outcome(p).verdict() : p.getVerdict();
                counts.merge(v == null ? Verdict.PENDING : v, 1, Integer::sum);
            }
        }
        String line = Messages.bind(Messages.summary, notebook.getCells().size(), predictions);
        List<String> parts = new ArrayList<>();
        for (Verdict v : Verdict.VALUES) {
            if (counts.containsKey(v)) {
                parts.add(counts.get(v) + " " + v.getLiteral());
            }
        }
        if (!parts.isEmpty()) {
            line = Messages.bind(Messages.summaryVerdicts, line, String.join(", ", parts));
        }
        summary.setText(line + "   \u00b7   " + (file == null ? "" : file.getFileName()));
        status.setText(statusText);
        checkButton.setEnabled(!checking);
        List<String> tampered = PredictionFreezer.tamperReport(notebook);
        boolean show = !tampered.isEmpty();
        tamperBanner.setText(show ? Messages.bind(Messages.tamperedBanner, tampered.size()) + "\n  "
                + String.join("\n  ", tampered) : "");
        tamperBox.setVisible(show);
        ((GridData) tamperBox.getLayoutData()).exclude = !show;
        updateResults();
        boolean empty = notebook.getCells().isEmpty();
        emptyHint.setVisible(empty);
        ((GridData) emptyHint.getLayoutData()).exclude = !empty;
    }

    /**
     * The results table under the toolbar: one line per prediction with its verdict badge, statement and version;
     * shown once any prediction has a verdict other than pending. A click on a line scrolls to its cell.
     */
    private void updateResults() {
        for (Control c : results.getChildren()) {
            c.dispose();
        }
        boolean any = false;
        List<Cell> cells = notebook.getCells();
        for (int i = 0; i < cells.size(); i++) {
            if (!(cells.get(i) instanceof PredictionCell pc) || PredictionFreezer.latest(pc) == null) {
                continue;
            }
            Prediction p = PredictionFreezer.latest(pc);
            Verdict v = outcome(p) != null ? outcome(p).verdict() : p.getVerdict();
            v = v == null ? Verdict.PENDING : v;
            any |= v != Verdict.PENDING;
        }
        boolean show = any;
        if (show) {
            Label heading = new Label(results, SWT.NONE);
            heading.setText(Messages.results);
            heading.setFont(theme.font(0.8, SWT.BOLD));
            heading.setForeground(theme.color(Theme.MUTED));
            heading.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
            for (int i = 0; i < cells.size(); i++) {
                if (!(cells.get(i) instanceof PredictionCell pc) || PredictionFreezer.latest(pc) == null) {
                    continue;
                }
                int index = i;
                Prediction p = PredictionFreezer.latest(pc);
                Verdict v = outcome(p) != null ? outcome(p).verdict() : p.getVerdict();
                v = v == null ? Verdict.PENDING : v;
                org.lmw.ui.notebook.internal.Badge badge = new org.lmw.ui.notebook.internal.Badge(results, theme,
                        v.getLiteral().toUpperCase(java.util.Locale.ROOT), 0xFFFFFF, Theme.verdictBackground(v),
                        theme.font(0.75, SWT.BOLD));
                badge.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
                Link statement = new Link(results, SWT.NONE);
                String text = p.getStatement() == null || p.getStatement().isBlank() ? Messages.noStatement
                        : p.getStatement();
                statement.setText("<a>" + text.replace("&", "&&").replace("<", "&lt;") + "</a>");
                statement.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
                statement.addListener(SWT.Selection, e -> {
                    select(cells.get(index));
                    revealCell(index);
                });
                Label detail = new Label(results, SWT.NONE);
                detail.setText(Messages.bind(Messages.version, p.getVersion()) + (PredictionFreezer.isFrozen(p)
                        ? " \u00b7 frozen " + org.lmw.ui.notebook.internal.Specs.time(p.getFrozenAt())
                        : " \u00b7 " + Messages.historyDraft)
                        + (PredictionFreezer.tampered(p) ? " \u00b7 " + Messages.tampered : ""));
                detail.setForeground(theme.color(Theme.MUTED));
                detail.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            }
        }
        results.setVisible(show);
        ((GridData) results.getLayoutData()).exclude = !show;
    }

    /** Renames the notebook to the title field's text, when it changed. */
    private void commitTitle() {
        if (notebook == null || title.isDisposed()) {
            return;
        }
        String text = title.getText().strip();
        String old = notebook.getTitle() == null ? "" : notebook.getTitle();
        if (!text.equals(old)) {
            stack.execute(SetCommand.create(domain, notebook, LmwPackage.Literals.NOTEBOOK__TITLE,
                    text.isEmpty() ? null : text));
        }
    }

    @Override
    public void relayout() {
        if (scrolled == null || scrolled.isDisposed()) {
            return;
        }
        int width = scrolled.getClientArea().width;
        if (width <= 0) {
            return;
        }
        Point size = page.computeSize(width, SWT.DEFAULT, true);
        scrolled.setMinSize(new Point(0, size.y));
        page.layout(true, true);
    }

    private void commandStackChanged() {
        if (page == null || page.isDisposed()) {
            return;
        }
        reconcile();
        part.setDirty(stack.isSaveNeeded());
        requestEnablementUpdate();
    }

    private void requestEnablementUpdate() {
        if (broker != null) {
            broker.post(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        }
    }

    private static Cell cellOf(Object notifier) {
        Object o = notifier;
        while (o instanceof EObject e) {
            if (e instanceof Cell c) {
                return c;
            }
            o = e.eContainer();
        }
        return null;
    }

    // --- cell operations -----------------------------------------------------------------------------------------

    /** The kinds of cells the toolbar adds. */
    public enum CellKind {
        /** Markdown text. */
        TEXT,
        /** A metric chart over runs. */
        CHART,
        /** A falsifiable prediction. */
        PREDICTION
    }

    /**
     * Adds a cell after the selected one (at the end when none is selected), selects it and opens its edit form; one
     * undo step.
     *
     * @return the new cell
     */
    public Cell addCell(CellKind kind) {
        if (notebook == null) {
            return null;
        }
        LmwFactory f = LmwFactory.eINSTANCE;
        Cell cell;
        switch (kind) {
            case TEXT -> {
                TextCell t = f.createTextCell();
                t.setMarkdown(Messages.newTextCell);
                cell = t;
            }
            case CHART -> {
                ChartCell c = f.createChartCell();
                c.setMetric("loss");
                c.setAggregation(Aggregation.NONE);
                c.setQuery(lastQuery());
                cell = c;
            }
            default -> {
                PredictionCell pc = f.createPredictionCell();
                Prediction p = f.createPrediction();
                p.setVersion(1);
                p.setKind(PredictionKind.THRESHOLD);
                p.setWindow(Window.END);
                p.setMetric("test_accuracy");
                p.setVerdict(Verdict.PENDING);
                p.setQuery(lastQuery());
                pc.getPredictions().add(p);
                cell = pc;
            }
        }
        cell.setId(kind.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        int index = selected == null ? notebook.getCells().size() : notebook.getCells().indexOf(selected) + 1;
        stack.execute(AddCommand.create(domain, notebook, LmwPackage.Literals.NOTEBOOK__CELLS, cell, index));
        select(cell);
        CellView view = views.get(cell);
        if (view != null) {
            view.startEditing();
            scrollTo(view.control());
        }
        return cell;
    }

    private RunQuery lastQuery() {
        for (int i = notebook.getCells().size() - 1; i >= 0; i--) {
            Cell c = notebook.getCells().get(i);
            RunQuery q = c instanceof ChartCell cc ? cc.getQuery()
                    : c instanceof PredictionCell pc && PredictionFreezer.latest(pc) != null
                            ? PredictionFreezer.latest(pc).getQuery() : null;
            if (q != null) {
                return EcoreUtil.copy(q);
            }
        }
        return LmwFactory.eINSTANCE.createRunQuery();
    }

    private void scrollTo(Control control) {
        if (scrolled != null && !scrolled.isDisposed()) {
            scrolled.showControl(control);
        }
    }

    @Override
    public void move(Cell cell, int delta) {
        int from = notebook.getCells().indexOf(cell);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= notebook.getCells().size()) {
            return;
        }
        select(cell);
        stack.execute(MoveCommand.create(domain, notebook, LmwPackage.Literals.NOTEBOOK__CELLS, cell, to));
    }

    @Override
    public void delete(Cell cell) {
        int index = notebook.getCells().indexOf(cell);
        if (index < 0) {
            return;
        }
        stack.execute(RemoveCommand.create(domain, notebook, LmwPackage.Literals.NOTEBOOK__CELLS, cell));
        List<Cell> cells = notebook.getCells();
        if (!cells.isEmpty()) {
            select(cells.get(Math.min(index, cells.size() - 1)));
        }
    }

    @Override
    public void freeze(Prediction prediction) {
        Command command = freezeCommand(prediction);
        if (command != null) {
            stack.execute(command);
        }
    }

    /** Freezes every draft prediction (the latest version of each cell) as one undo step. */
    public void freezeAll() {
        CompoundCommand all = new CompoundCommand(Messages.cmdFreeze);
        for (Cell cell : notebook.getCells()) {
            if (cell instanceof PredictionCell pc) {
                Prediction p = PredictionFreezer.latest(pc);
                Command c = p == null ? null : freezeCommand(p);
                if (c != null) {
                    all.append(c);
                }
            }
        }
        if (!all.isEmpty()) {
            stack.execute(all);
        }
    }

    /** How many prediction cells have a draft (unfrozen) latest version. */
    public int draftCount() {
        int n = 0;
        if (notebook != null) {
            for (Cell cell : notebook.getCells()) {
                if (cell instanceof PredictionCell pc && PredictionFreezer.latest(pc) != null
                        && !PredictionFreezer.isFrozen(PredictionFreezer.latest(pc))) {
                    n++;
                }
            }
        }
        return n;
    }

    private Command freezeCommand(Prediction prediction) {
        if (PredictionFreezer.isFrozen(prediction)) {
            return null;
        }
        // Frozen on a copy, then set through commands, so that Undo unfreezes a prediction frozen by mistake
        // before the file was saved.
        Prediction probe = EcoreUtil.copy(prediction);
        PredictionFreezer.freeze(probe, Instant.now());
        CompoundCommand c = new CompoundCommand(Messages.cmdFreeze);
        c.append(SetCommand.create(domain, prediction, LmwPackage.Literals.PREDICTION__FROZEN_AT, probe.getFrozenAt()));
        c.append(SetCommand.create(domain, prediction, LmwPackage.Literals.PREDICTION__CONTENT_HASH,
                probe.getContentHash()));
        return c;
    }

    // --- checking ----------------------------------------------------------------------------------------------------

    /**
     * Checks every prediction against the run store in a background job; when it ends the editor writes the verdicts
     * and evidence into the notebook (one undo step) and draws the evidence charts. Nothing happens while a check
     * runs.
     *
     * @return the scheduled job, or null when none was started
     */
    public Job checkPredictions() {
        if (notebook == null || checking) {
            return null;
        }
        RunStore store;
        try {
            store = runStore();
        } catch (IOException e) {
            statusText = Messages.bind(Messages.checkFailed, e.getMessage());
            updateHeader();
            return null;
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Notebook copy = (Notebook) copier.copy(notebook);
        copier.copyReferences();
        Map<Prediction, Prediction> originals = new IdentityHashMap<>();
        copier.forEach((original, copied) -> {
            if (original instanceof Prediction p) {
                originals.put((Prediction) copied, p);
            }
        });
        int count = 0;
        for (Cell cell : notebook.getCells()) {
            if (cell instanceof PredictionCell pc && !pc.getPredictions().isEmpty()) {
                count++;
            }
        }
        checking = true;
        statusText = Messages.bind(Messages.checking, count);
        updateHeader();
        requestEnablementUpdate();
        String name = file == null ? "" : file.getFileName().toString();
        Path root = workspaceRoot();
        List<Path> folders = file.toAbsolutePath().getParent().equals(root) ? List.of(root)
                : List.of(file.toAbsolutePath().getParent(), root);
        Job job = new Job(Messages.bind(Messages.checkJob, name)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    String launched = trainMissingRuns(copy, store, root, folders, monitor);
                    if (monitor.isCanceled()) {
                        display.asyncExec(() -> applyOutcomes(List.of(), originals,
                                new InterruptedException(Messages.checkCancelled)));
                        return Status.CANCEL_STATUS;
                    }
                    List<PredictionOutcome> result = new NotebookEvaluator(store).evaluate(copy);
                    display.asyncExec(() -> {
                        launchNote = launched;
                        applyOutcomes(result, originals, null);
                    });
                } catch (LaunchException | RuntimeException | LinkageError e) {
                    display.asyncExec(() -> applyOutcomes(List.of(), originals, e));
                }
                return Status.OK_STATUS;
            }
        };
        job.schedule();
        return job;
    }

    /**
     * Trains the runs the notebook's predictions need and lack (the experiments named by their queries, found next to
     * the notebook and in the workspace; only the matching sweep points), as {@code lmw check} does, and waits for
     * them; the runs' own jobs show in the Progress view and the Training Runs view.
     *
     * @return a note for the status line (what was trained, what could not be), or null when nothing was needed
     */
    private String trainMissingRuns(Notebook copy, RunStore store, Path root, List<Path> folders,
            IProgressMonitor monitor) throws LaunchException {
        NotebookRuns.Needs needs = NotebookRuns.needs(copy, store, folders);
        List<String> notes = new ArrayList<>();
        if (!needs.isEmpty()) {
            int runs = needs.launches().stream().mapToInt(l -> l.plan().size()).sum();
            String experiments = String.join(", ", needs.launches().stream().map(NotebookRuns.Launch::experiment)
                    .toList());
            display.asyncExec(() -> {
                statusText = Messages.bind(Messages.training, runs, experiments);
                if (page != null && !page.isDisposed()) {
                    updateHeader();
                }
            });
            monitor.subTask(Messages.bind(Messages.training, runs, experiments));
            List<RunJob> jobs = NotebookRuns.launch(new RunLauncher(RunJobService.getDefault()), needs, root,
                    RunOptions.DEFAULT);
            for (RunJob run : jobs) {
                try {
                    while (!run.join(250, monitor)) {
                        if (monitor.isCanceled()) {
                            return null;
                        }
                    }
                } catch (InterruptedException | OperationCanceledException e) {
                    return null;
                }
            }
            notes.add(Messages.bind(Messages.trained, runs, experiments));
        }
        notes.addAll(needs.unresolved());
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private void applyOutcomes(List<PredictionOutcome> result, Map<Prediction, Prediction> originals, Throwable error) {
        checking = false;
        if (page == null || page.isDisposed() || notebook == null) {
            return;
        }
        if (error != null) {
            statusText = Messages.bind(Messages.checkFailed, error.getMessage() == null ? error.toString()
                    : error.getMessage());
            updateHeader();
            requestEnablementUpdate();
            return;
        }
        CompoundCommand command = new CompoundCommand(Messages.cmdCheck);
        Map<Verdict, Integer> counts = new LinkedHashMap<>();
        for (PredictionOutcome o : result) {
            Prediction original = originals.get(o.prediction());
            if (original == null || original.eContainer() == null) {
                continue;
            }
            outcomes.put(original, o);
            counts.merge(o.verdict(), 1, Integer::sum);
            NotebookEvaluator.apply(o);
            Prediction judged = o.prediction();
            if (judged.getVerdict() != original.getVerdict()) {
                command.append(SetCommand.create(domain, original, LmwPackage.Literals.PREDICTION__VERDICT,
                        judged.getVerdict()));
            }
            if (judged.getEvidence() != null && !EcoreUtil.equals(judged.getEvidence(), original.getEvidence())) {
                command.append(SetCommand.create(domain, original, LmwPackage.Literals.PREDICTION__EVIDENCE,
                        EcoreUtil.copy(judged.getEvidence())));
            }
            stale.add(cellOf(original));
        }
        checks++;
        List<String> parts = new ArrayList<>();
        for (Verdict v : Verdict.VALUES) {
            if (counts.containsKey(v)) {
                parts.add(counts.get(v) + " " + v.getLiteral());
            }
        }
        statusText = Messages.bind(Messages.checked, LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                parts.isEmpty() ? "no predictions" : String.join(", ", parts))
                + (launchNote == null ? "" : " \u00b7 " + launchNote);
        launchNote = null;
        if (!command.isEmpty()) {
            stack.execute(command);
        } else {
            reconcile();
        }
        // The runs may have changed since the charts were read.
        refreshCharts();
        requestEnablementUpdate();
    }

    /** The workspace folder: the workbench's current one, else the notebook's folder. */
    private Path workspaceRoot() {
        LmwWorkspace ws = workspaces == null ? null : workspaces.current();
        return (ws != null ? ws.root() : file.toAbsolutePath().getParent()).toAbsolutePath().normalize();
    }

    /**
     * Writes the notebook as a self-contained HTML report ({@link HtmlReport}: verdict badges, evidence charts as
     * images, chart cells from the run store) in a job: the predictions are judged against the runs as they are
     * (nothing is trained) on a copy of the notebook, which stays unchanged.
     *
     * @param target the HTML file, written atomically
     * @return the scheduled job, or null when no notebook is loaded
     */
    public Job exportHtml(Path target) {
        if (notebook == null) {
            return null;
        }
        RunStore store;
        try {
            store = runStore();
        } catch (IOException e) {
            statusText = Messages.bind(Messages.exportFailed, e.getMessage());
            updateHeader();
            return null;
        }
        Notebook copy = EcoreUtil.copy(notebook);
        Job job = Job.create(Messages.bind(Messages.exportJob, target.getFileName()), monitor -> {
            String done;
            try {
                List<PredictionOutcome> result = new NotebookEvaluator(store).evaluate(copy);
                String html = HtmlReport.render(copy, result, store);
                AtomicFiles.write(target, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
                done = Messages.bind(Messages.exported, target);
            } catch (IOException | RuntimeException e) {
                done = Messages.bind(Messages.exportFailed, e.getMessage());
            }
            String line = done;
            display.asyncExec(() -> {
                statusText = line;
                exports++;
                if (page != null && !page.isDisposed()) {
                    updateHeader();
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    /** How many HTML exports ended (a test hook). */
    public int getExportCount() {
        return exports;
    }

    private RunStore runStore() throws IOException {
        Path root = workspaceRoot();
        if (providerStore == null || !providerStore.runsFolder().equals(root.resolve(RunStore.RUNS_FOLDER)
                .toAbsolutePath().normalize())) {
            if (provider != null) {
                provider.close();
            }
            providerStore = RunStore.open(root);
            provider = new ChartDataProvider(providerStore);
        }
        return providerStore;
    }

    // --- CellHost ------------------------------------------------------------------------------------------------

    @Override
    public Theme theme() {
        return theme;
    }

    @Override
    public EditingDomain domain() {
        return domain;
    }

    @Override
    public void execute(Command command) {
        stack.execute(command);
    }

    @Override
    public void select(Cell cell) {
        if (selected == cell) {
            return;
        }
        Cell before = selected;
        selected = cell;
        for (Cell c : new Cell[] { before, cell }) {
            CellView v = c == null ? null : views.get(c);
            if (v != null && !v.control().isDisposed()) {
                v.control().redraw();
            }
        }
    }

    @Override
    public boolean isSelected(Cell cell) {
        return selected == cell;
    }

    @Override
    public PredictionOutcome outcome(Prediction prediction) {
        return outcomes.get(prediction);
    }

    @Override
    public ChartModel chartData(ChartCell cell) {
        ChartEntry entry = charts.get(signature(cell));
        if (entry == null) {
            requestChart(cell);
            ChartEntry previous = previousCharts.get(signature(cell));
            return previous == null ? null : previous.model();
        }
        return entry.model();
    }

    @Override
    public String chartStatus(ChartCell cell) {
        ChartEntry entry = charts.get(signature(cell));
        if (entry == null) {
            entry = previousCharts.get(signature(cell));
        }
        return entry == null ? null : entry.status();
    }

    private static String signature(ChartCell cell) {
        RunQuery q = cell.getQuery();
        return cell.getMetric() + "\u0000" + cell.getAggregation() + "\u0000"
                + (q == null ? "*" : q.getExperiment() + "\u0000" + q.getTags() + "\u0000"
                        + q.getSweepValues().stream().map(p -> p.getKey() + "=" + p.getValue()).toList());
    }

    /** Reads a chart cell's data in a job: the runs its query selects, the metric's series, downsampled. */
    private void requestChart(ChartCell cell) {
        String key = signature(cell);
        if (!chartsLoading.add(key)) {
            return;
        }
        String metric = cell.getMetric();
        boolean aggregate = cell.getAggregation() == Aggregation.MEAN_STD || cell.getAggregation() == Aggregation.MIN_MAX;
        RunQuery query = cell.getQuery() == null ? null : EcoreUtil.copy(cell.getQuery());
        RunStore store;
        try {
            store = runStore();
        } catch (IOException e) {
            chartsLoading.remove(key);
            charts.put(key, new ChartEntry(null, e.getMessage()));
            return;
        }
        ChartDataProvider data = provider;
        Job job = Job.create(Messages.chartLoading, monitor -> {
            ChartEntry entry;
            try {
                if (metric == null || metric.isBlank()) {
                    entry = new ChartEntry(null, Messages.chartNoMetric);
                } else {
                    List<Run> runs = RunSelection.select(store.list().runs(), query);
                    if (runs.isEmpty()) {
                        entry = new ChartEntry(null, Messages.chartNoRuns);
                    } else {
                        ChartModel model = data.fetch(new ChartRequest(runs, metric, false, XAxis.STEP, false, 0,
                                aggregate, 800));
                        entry = new ChartEntry(model, Messages.bind(Messages.chartRuns, runs.size()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                entry = new ChartEntry(null, e.getMessage());
            }
            ChartEntry result = entry;
            display.asyncExec(() -> {
                chartsLoading.remove(key);
                previousCharts.remove(key);
                charts.put(key, result);
                if (notebook == null || page == null || page.isDisposed()) {
                    return;
                }
                for (Cell c : notebook.getCells()) {
                    if (c instanceof ChartCell cc && key.equals(signature(cc))) {
                        stale.add(cc);
                    }
                }
                reconcile();
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    // --- save, focus, dispose ------------------------------------------------------------------------------------------

    /** Saves the notebook on File › Save; a failure is shown to the user and the editor stays dirty. */
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
     * Saves the notebook atomically to its file and marks the command stack's save point (a test hook).
     *
     * @throws IOException if the file cannot be written; the previous file is then unchanged
     */
    public void save() throws IOException {
        if (notebook == null) {
            return;
        }
        // What is typed but not yet applied is saved too: the title and the Markdown of text cells being edited.
        commitTitle();
        for (CellView view : getCellViews()) {
            if (view instanceof TextCellView text && text.isEditing()) {
                text.commit();
            }
        }
        NotebookFiles.save(notebook, file);
        stack.saveIsDone();
        part.setDirty(false);
    }

    /** Gives the focus to the page. */
    @Focus
    public void setFocus() {
        if (scrolled != null && !scrolled.isDisposed()) {
            scrolled.setFocus();
        } else if (!parent.isDisposed()) {
            parent.setFocus();
        }
    }

    /** Releases the model, the chart readers and the context entries. */
    @PreDestroy
    public void dispose() {
        if (display != null && !display.isDisposed()) {
            display.removeFilter(SWT.MouseWheel, wheel);
        }
        if (stack != null) {
            stack.removeCommandStackListener(stackListener);
        }
        if (notebook != null) {
            notebook.eAdapters().remove(tracker);
        }
        if (context != null) {
            context.remove(CommandStack.class);
            context.remove(NotebookEditor.class);
        }
        if (watchedWorkspace != null) {
            watchedWorkspace.removeListener(workspaceChanged);
        }
        if (provider != null) {
            provider.close();
        }
        if (domain != null) {
            domain.getResourceSet().getResources().forEach(r -> r.unload());
        }
    }

    // --- test hooks --------------------------------------------------------------------------------------------------

    /** The edited notebook, or null when the file could not be loaded. */
    public Notebook getNotebook() {
        return notebook;
    }

    /** The one-line reason the file could not be loaded, or null when it was. */
    public String getLoadError() {
        return loadError;
    }

    /** The edited file. */
    public Path getFile() {
        return file;
    }

    /** Whether there are unsaved changes. */
    public boolean isDirty() {
        return stack != null && stack.isSaveNeeded();
    }

    /** The command stack (undo, redo). */
    public CommandStack getCommandStack() {
        return stack;
    }

    /** Whether a check runs. */
    public boolean isChecking() {
        return checking;
    }

    /** How many checks ended and were applied. */
    public int getCheckCount() {
        return checks;
    }

    /** The status line's text. */
    public String getStatusText() {
        return statusText;
    }

    /** The cell views in cell order. */
    public List<CellView> getCellViews() {
        return new ArrayList<>(views.values());
    }

    /** The selected cell, or null. */
    public Cell getSelectedCell() {
        return selected;
    }

    /** Whether every chart cell has its data (no read pending). */
    public boolean chartsLoaded() {
        return chartsLoading.isEmpty();
    }

    /** The page's vertical scroll position in pixels (a test hook). */
    public int getScrollY() {
        return scrolled == null || scrolled.isDisposed() ? 0 : scrolled.getOrigin().y;
    }

    /** Scrolls the page so that the cell at this index is at the top (screenshots, and a caller that adds cells). */
    public void revealCell(int index) {
        List<CellView> list = getCellViews();
        if (index < 0 || index >= list.size() || scrolled == null || scrolled.isDisposed()) {
            return;
        }
        relayout();
        int y = index == 0 ? 0 : cellsArea.getLocation().y + list.get(index).control().getLocation().y - 12;
        scrolled.setOrigin(0, Math.max(0, y));
    }

    /** The control with this key (see {@link NotebookKeys}), or null. */
    public Control findControl(String key) {
        Control root = scrolled != null && !scrolled.isDisposed() ? scrolled : parent;
        return find(root, key);
    }

    private static Control find(Control root, String key) {
        if (key.equals(root.getData(NotebookKeys.WIDGET_KEY))) {
            return root;
        }
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                Control found = find(child, key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
