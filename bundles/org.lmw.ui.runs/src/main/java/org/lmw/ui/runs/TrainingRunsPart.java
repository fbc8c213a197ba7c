// The Training Runs view: the runs table above live metric charts, a sweep chart and the linked step cursor.
package org.lmw.ui.runs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.lmw.core.runstore.MetricSummary;
import org.lmw.core.runstore.RunStore;
import org.lmw.core.series.ChartDataProvider;
import org.lmw.core.series.ChartModel;
import org.lmw.core.series.ChartRequest;
import org.lmw.core.series.CsvExport;
import org.lmw.core.series.InstrumentCharts;
import org.lmw.core.series.InstrumentOverhead;
import org.lmw.core.series.RunCatalog;
import org.lmw.core.series.RunCatalog.Row;
import org.lmw.core.series.Runs;
import org.lmw.core.series.SweepTable;
import org.lmw.core.series.XAxis;
import org.lmw.core.workspace.LmwWorkspace;
import org.lmw.core.workspace.WorkspaceService;
import org.lmw.jobs.LaunchException;
import org.lmw.jobs.RunEvents;
import org.lmw.jobs.RunJob;
import org.lmw.jobs.RunJobService;
import org.lmw.jobs.RunLauncher;
import org.lmw.jobs.RunOptions;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;
import org.lmw.ui.runs.internal.MetricChart;
import org.lmw.ui.runs.internal.RunsTable;
import org.lmw.ui.widgets.EmptyState;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Training Runs view.
 *
 * <p>Threads: the UI thread only renders. One background thread ("lmw-runs-refresh") reads the run store through a
 * {@link RunCatalog} and a {@link ChartDataProvider}, builds downsampled {@link ChartModel}s and posts them with
 * {@code asyncExec}; at most one such post is pending at a time, so a slow paint drops refreshes instead of queueing
 * them. While a shown run is live the charts refresh every {@value #LIVE_INTERVAL_MS} ms and the table every second;
 * run events (job service) and workspace changes (other processes) trigger refreshes too.
 *
 * <p>The step cursor is published as described in {@link RunsUi}.
 */
public class TrainingRunsPart {
    /** How often charts of live runs refresh: 400 ms is 2.5 Hz. */
    static final int LIVE_INTERVAL_MS = 400;
    private static final int TABLE_INTERVAL_MS = 1000;
    private static final String[] DEFAULT_METRICS = { "loss", "test_accuracy" };
    private static final List<String> FALLBACK_METRICS = List.of("test_accuracy", "accuracy", "test_loss",
            "grad_norm", "loss");
    private static final String USER_CHOSEN = "lmw.userChosen";

    @Inject
    private WorkspaceService workspaces;
    @Inject
    private IEventBroker broker;
    @Inject
    private MApplication application;
    @Inject
    private org.eclipse.e4.core.services.log.Logger log;

    private Display display;
    private Composite stack;
    private StackLayout stackLayout;
    private Composite content;
    private EmptyState emptyState;
    private RunsTable table;
    private Label countLabel;
    private Label liveLabel;
    private Combo xAxisCombo;
    private Button logYButton;
    private Scale smoothingScale;
    private Label smoothingLabel;
    private Button seedsButton;
    private Button testButton;
    private final List<MetricChart> charts = new ArrayList<>();
    private final List<Combo> metricCombos = new ArrayList<>();
    private MetricChart sweepChart;
    private Combo sweepMetric;
    private Combo sweepStatistic;
    private Combo sweepX;
    private Combo sweepLines;

    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lmw-runs-refresh");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean tableDirty = new AtomicBoolean(true);
    private final AtomicBoolean chartsDirty = new AtomicBoolean(true);
    private final AtomicBoolean applyPending = new AtomicBoolean();
    private volatile Settings settings;
    private volatile List<Run> selectedRuns = List.of();
    private volatile boolean anyShownLive;
    private volatile List<String> pendingSelection = List.of();
    private volatile long currentStep = -1;
    private long lastTable;
    private long lastCharts;
    private int chartRefreshes;
    // Owned by the refresh thread.
    private LmwWorkspace workspace;
    private RunCatalog catalog;
    private ChartDataProvider provider;
    private volatile List<Row> rows = List.of();

    private final Consumer<LmwWorkspace> changeListener = ws -> tableDirty.set(true);
    private final Consumer<LmwWorkspace> switchListener = ws -> {
        ws.addListener(changeListener);
        tableDirty.set(true);
    };
    private final EventHandler runEvents = event -> {
        tableDirty.set(true);
        chartsDirty.set(true);
    };
    private final EventHandler stepEvents = event -> {
        Object data = event.getProperty(IEventBroker.DATA);
        if (data instanceof Number n) {
            showStep(n.longValue());
        }
    };
    private final EventHandler launchedEvents = event -> {
        if (event.getProperty(IEventBroker.DATA) instanceof List<?> ids) {
            pendingSelection = ids.stream().map(String::valueOf).toList();
            tableDirty.set(true);
        }
    };

    /**
     * What the charts show, captured on the UI thread for the refresh thread.
     *
     * @param metrics the metric of each chart
     * @param xAxis the x quantity
     * @param logY log y
     * @param smoothing the EMA weight
     * @param seeds aggregate seeds
     * @param test add test-split lines
     * @param sweepMetric the sweep chart's metric
     * @param statistic final or best
     * @param sweepX the sweep chart's x hyperparameter, or null for the default
     * @param sweepLines the line hyperparameter, "" for none, or null for the default
     * @param width the charts' width in pixels (the point budget)
     */
    record Settings(List<String> metrics, XAxis xAxis, boolean logY, double smoothing, boolean seeds, boolean test,
            String sweepMetric, SweepTable.Statistic statistic, String sweepX, String sweepLines, int width) {
    }

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        stack = new Composite(parent, SWT.NONE);
        stackLayout = new StackLayout();
        stack.setLayout(stackLayout);
        emptyState = new EmptyState(stack, Messages.emptyTitle, Messages.emptyText);
        content = new Composite(stack, SWT.NONE);
        content.setLayout(grid(1, 0, 0));
        SashForm sash = new SashForm(content, SWT.VERTICAL | SWT.SMOOTH);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createTable(sash);
        createCharts(sash);
        sash.setWeights(32, 68);
        stackLayout.topControl = emptyState;
        captureSettings();

        workspaces.addSwitchListener(switchListener);
        if (workspaces.current() != null) {
            workspaces.current().addListener(changeListener);
        }
        broker.subscribe(RunEvents.TOPIC_ALL, null, runEvents, true);
        broker.subscribe(RunsUi.TOPIC_CURRENT_STEP, stepEvents);
        broker.subscribe(RunsUi.TOPIC_LAUNCHED, null, launchedEvents, true);
        refresher.scheduleWithFixedDelay(this::tick, 0, 100, TimeUnit.MILLISECONDS);
    }

    private void createTable(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayout(grid(1, 0, 0));
        Composite bar = new Composite(top, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(grid(4, 6, 3));
        Text filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.filterHint);
        GridData filterData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        filterData.widthHint = 280;
        filter.setLayoutData(filterData);
        new Label(bar, SWT.NONE).setText(Messages.groupBy);
        Combo grouping = new Combo(bar, SWT.READ_ONLY);
        for (RunsTable.Grouping g : RunsTable.Grouping.values()) {
            grouping.add(g.label());
        }
        grouping.select(RunsTable.Grouping.SWEEP.ordinal());
        countLabel = new Label(bar, SWT.NONE);
        countLabel.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        table = new RunsTable(top, this::selectionChanged);
        table.viewer().getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        filter.addListener(SWT.Modify, e -> table.setFilter(filter.getText()));
        grouping.addListener(SWT.Selection,
                e -> table.setGrouping(RunsTable.Grouping.values()[grouping.getSelectionIndex()]));
        createContextMenu();
    }

    private void createContextMenu() {
        Menu menu = new Menu(table.viewer().getControl());
        MenuItem cancel = new MenuItem(menu, SWT.PUSH);
        cancel.setText(Messages.cancelRun);
        cancel.addListener(SWT.Selection, e -> {
            Set<String> ids = new HashSet<>();
            table.selectedRows().forEach(r -> ids.add(r.run().getId()));
            for (RunJob job : RunJobService.getDefault().activeRuns()) {
                if (ids.contains(job.runId())) {
                    job.cancel();
                }
            }
        });
        MenuItem resume = new MenuItem(menu, SWT.PUSH);
        resume.setText(Messages.resumeRun);
        resume.addListener(SWT.Selection, e -> {
            LmwWorkspace ws = workspaces.current();
            for (Row r : table.selectedRows()) {
                try {
                    new RunLauncher(RunJobService.getDefault()).resume(ws.root(), r.run().getId(), RunOptions.DEFAULT);
                } catch (LaunchException ex) {
                    MessageDialog.openError(table.viewer().getControl().getShell(), Messages.launchFailedTitle,
                            ex.getMessage());
                    return;
                }
            }
        });
        MenuItem copy = new MenuItem(menu, SWT.PUSH);
        copy.setText(Messages.copyId);
        copy.addListener(SWT.Selection, e -> {
            String ids = String.join("\n", table.selectedRows().stream().map(r -> r.run().getId()).toList());
            if (!ids.isEmpty()) {
                Clipboard clipboard = new Clipboard(display);
                clipboard.setContents(new Object[] { ids }, new Transfer[] { TextTransfer.getInstance() });
                clipboard.dispose();
            }
        });
        menu.addListener(SWT.Show, e -> {
            List<Row> sel = table.selectedRows();
            cancel.setEnabled(sel.stream().anyMatch(Row::isLive));
            resume.setEnabled(sel.stream().anyMatch(r -> r.run().getStatus() == RunStatus.INTERRUPTED
                    || r.run().getStatus() == RunStatus.CANCELLED || r.run().getStatus() == RunStatus.FAILED));
            copy.setEnabled(!sel.isEmpty());
        });
        table.viewer().getControl().setMenu(menu);
    }

    private void createCharts(Composite parent) {
        Composite bottom = new Composite(parent, SWT.NONE);
        bottom.setLayout(grid(1, 0, 0));
        Composite bar = new Composite(bottom, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(grid(10, 6, 3));
        new Label(bar, SWT.NONE).setText(Messages.xAxis);
        xAxisCombo = new Combo(bar, SWT.READ_ONLY);
        for (XAxis x : XAxis.values()) {
            xAxisCombo.add(x.label());
        }
        xAxisCombo.select(0);
        logYButton = check(bar, Messages.logY, false);
        new Label(bar, SWT.NONE).setText(Messages.smoothing);
        smoothingScale = new Scale(bar, SWT.HORIZONTAL);
        smoothingScale.setMinimum(0);
        smoothingScale.setMaximum(99);
        smoothingScale.setSelection(60);
        smoothingScale.setLayoutData(new GridData(140, SWT.DEFAULT));
        smoothingLabel = new Label(bar, SWT.NONE);
        smoothingLabel.setText("0.60");
        seedsButton = check(bar, Messages.seeds, true);
        testButton = check(bar, Messages.test, true);
        Label spacer = new Label(bar, SWT.NONE);
        spacer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        liveLabel = new Label(bar, SWT.NONE);
        liveLabel.setForeground(display.getSystemColor(SWT.COLOR_DARK_BLUE));
        liveLabel.setLayoutData(new GridData(90, SWT.DEFAULT));
        xAxisCombo.addListener(SWT.Selection, e -> settingsChanged());
        smoothingScale.addListener(SWT.Selection, e -> {
            smoothingLabel.setText(String.format("%.2f", smoothingScale.getSelection() / 100.0));
            settingsChanged();
        });

        Composite grid = new Composite(bottom, SWT.NONE);
        grid.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout gridLayout = grid(3, 4, 0);
        gridLayout.makeColumnsEqualWidth = true;
        grid.setLayout(gridLayout);
        for (String metric : DEFAULT_METRICS) {
            Composite cell = cell(grid);
            Composite header = header(cell, 4);
            Combo combo = new Combo(header, SWT.DROP_DOWN);
            combo.setVisibleItemCount(24);
            combo.setText(metric);
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.addListener(SWT.Selection, e -> {
                combo.setData(USER_CHOSEN, Boolean.TRUE);
                settingsChanged();
            });
            combo.addListener(SWT.DefaultSelection, e -> {
                combo.setData(USER_CHOSEN, Boolean.TRUE);
                settingsChanged();
            });
            metricCombos.add(combo);
            MetricChart chart = new MetricChart(cell);
            chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            chart.setCursorListener(this::publishStep);
            exportButtons(header, chart, charts.size());
            charts.add(chart);
        }
        Composite cell = cell(grid);
        Composite header = header(cell, 10);
        sweepStatistic = new Combo(header, SWT.READ_ONLY);
        sweepStatistic.setItems(Messages.sweepFinal, Messages.sweepBest);
        sweepStatistic.select(0);
        sweepMetric = new Combo(header, SWT.DROP_DOWN);
        sweepMetric.setText("loss");
        sweepMetric.setLayoutData(new GridData(90, SWT.DEFAULT));
        new Label(header, SWT.NONE).setText(Messages.sweepVs);
        sweepX = new Combo(header, SWT.READ_ONLY);
        sweepX.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(header, SWT.NONE).setText(Messages.sweepLines);
        sweepLines = new Combo(header, SWT.READ_ONLY);
        sweepLines.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (Combo c : List.of(sweepStatistic, sweepMetric, sweepX, sweepLines)) {
            c.addListener(SWT.Selection, e -> settingsChanged());
        }
        sweepMetric.addListener(SWT.DefaultSelection, e -> settingsChanged());
        sweepChart = new MetricChart(cell);
        sweepChart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        exportButtons(header, sweepChart, -1);
        grid.addListener(SWT.Resize, e -> settingsChanged());
    }

    private Button check(Composite parent, String text, boolean selected) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setSelection(selected);
        b.addListener(SWT.Selection, e -> settingsChanged());
        return b;
    }

    private static Composite cell(Composite parent) {
        Composite cell = new Composite(parent, SWT.BORDER);
        cell.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        cell.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        cell.setLayout(grid(1, 0, 0));
        return cell;
    }

    private static Composite header(Composite cell, int columns) {
        Composite header = new Composite(cell, SWT.NONE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header.setLayout(grid(columns, 4, 2));
        return header;
    }

    private void exportButtons(Composite header, MetricChart chart, int chartIndex) {
        for (String format : new String[] { Messages.exportPng, Messages.exportSvg, Messages.exportCsv }) {
            if (chartIndex < 0 && format.equals(Messages.exportCsv)) {
                continue;
            }
            Button b = new Button(header, SWT.PUSH | SWT.FLAT);
            b.setText(format);
            b.setToolTipText(Messages.bind(Messages.exportTooltip, format));
            b.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(header.getShell(), SWT.SAVE);
                String ext = format.toLowerCase(java.util.Locale.ROOT);
                dialog.setFilterExtensions(new String[] { "*." + ext });
                ChartModel m = chart.model();
                dialog.setFileName((m == null ? "chart" : m.title().replace('/', '_')) + "." + ext);
                dialog.setOverwrite(true);
                String path = dialog.open();
                if (path == null) {
                    return;
                }
                try {
                    export(chart, chartIndex, format, Path.of(path));
                } catch (IOException ex) {
                    MessageDialog.openError(header.getShell(), Messages.exportFailed, ex.getMessage());
                }
            });
        }
    }

    /**
     * Saves what a chart shows (UI thread): PNG and SVG of the drawing, CSV of its series at full resolution.
     *
     * @param chart the chart
     * @param chartIndex its index among the metric charts (CSV needs it), -1 for the sweep chart
     * @param format {@link Messages#exportPng}, {@link Messages#exportSvg} or {@link Messages#exportCsv}
     * @param file where to write
     */
    public void export(MetricChart chart, int chartIndex, String format, Path file) throws IOException {
        if (format.equals(Messages.exportPng)) {
            chart.exportPng(file);
        } else if (format.equals(Messages.exportSvg)) {
            chart.exportSvg(file);
        } else {
            exportCsv(chartIndex, file);
        }
    }

    /** Writes the CSV of a metric chart: every stored value of every shown series (reads on the calling thread). */
    public void exportCsv(int chartIndex, Path file) throws IOException {
        Settings s = settings;
        List<Run> runs = selectedRuns;
        ChartRequest request = request(s, runs, chartIndex);
        ChartDataProvider p = provider;
        if (p == null) {
            return;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvExport.write(InstrumentCharts.shown(p, request), out);
        }
    }

    // --- state changes on the UI thread ------------------------------------------------------------------------

    private void selectionChanged(List<Row> selection) {
        selectedRuns = selection.stream().map(Row::run).toList();
        anyShownLive = selection.stream().anyMatch(Row::isLive);
        updateCount();
        chartsDirty.set(true);
    }

    private void settingsChanged() {
        captureSettings();
        chartsDirty.set(true);
    }

    private void captureSettings() {
        List<String> metrics = metricCombos.stream().map(Combo::getText).toList();
        int width = charts.isEmpty() ? 600 : Math.max(200, charts.get(0).control().getSize().x);
        String x = sweepX.getSelectionIndex() >= 0 ? (String) sweepX.getData(sweepX.getText()) : null;
        String lines = sweepLines.getSelectionIndex() >= 0 ? (String) sweepLines.getData(sweepLines.getText()) : null;
        settings = new Settings(metrics, XAxis.values()[Math.max(0, xAxisCombo.getSelectionIndex())],
                logYButton.getSelection(), smoothingScale.getSelection() / 100.0, seedsButton.getSelection(),
                testButton.getSelection(), sweepMetric.getText(),
                sweepStatistic.getSelectionIndex() == 1 ? SweepTable.Statistic.BEST : SweepTable.Statistic.FINAL, x,
                lines, width);
    }

    private void updateCount() {
        if (countLabel.isDisposed()) {
            return;
        }
        long running = rows.stream().filter(r -> r.run().getStatus() == RunStatus.RUNNING).count();
        countLabel.setText(Messages.bind(Messages.runsCount, rows.size(), running, selectedRuns.size()));
        countLabel.getParent().layout();
    }

    /** Publishes a step as the workbench's current step: context variable and event (see {@link RunsUi}). */
    public void publishStep(long step) {
        application.getContext().set(RunsUi.CONTEXT_CURRENT_STEP, step);
        broker.post(RunsUi.TOPIC_CURRENT_STEP, step);
    }

    private void showStep(long step) {
        currentStep = step;
        for (MetricChart chart : charts) {
            chart.setCursorStep(step);
        }
    }

    // --- the refresh thread ------------------------------------------------------------------------------------

    private void tick() {
        try {
            if (!ensureStore()) {
                return;
            }
            long now = System.currentTimeMillis();
            boolean live = rows.stream().anyMatch(Row::isLive);
            if (live && now - lastTable >= TABLE_INTERVAL_MS) {
                tableDirty.set(true);
            }
            if (tableDirty.get() && now - lastTable >= 250 && !applyPending.get()) {
                tableDirty.set(false);
                lastTable = now;
                List<Run> runs = catalog.refresh();
                List<Row> next = RunCatalog.rows(runs, provider);
                // Instrument overhead beside the training time: names and block summaries only, no points read.
                Map<String, InstrumentOverhead> overheads = InstrumentOverhead.of(runs, provider);
                rows = next;
                List<String> select = pendingSelection;
                boolean selectNow = !select.isEmpty() && next.stream().map(r -> r.run().getId())
                        .collect(java.util.stream.Collectors.toSet()).containsAll(select);
                if (selectNow) {
                    pendingSelection = List.of();
                }
                post(() -> applyRows(next, overheads, selectNow ? select : List.of()));
            }
            boolean due = chartsDirty.get() || anyShownLive && now - lastCharts >= LIVE_INTERVAL_MS;
            if (due && !applyPending.get()) {
                chartsDirty.set(false);
                lastCharts = now;
                Settings s = settings;
                List<Run> runs = current(selectedRuns);
                List<ChartModel> models = new ArrayList<>();
                for (int i = 0; i < charts.size(); i++) {
                    // Sharpness charts gain each run's 2/η line, family entries (effective_rank/*) a line per member.
                    models.add(InstrumentCharts.fetch(provider, request(s, runs, i)));
                }
                SweepData sweep = sweep(s, runs);
                List<String> metrics = runs.isEmpty() ? List.of() : provider.metrics(runs);
                post(() -> applyCharts(models, sweep, metrics));
            }
        } catch (IOException e) {
            // A run folder that vanished or a half-written descriptor: the next tick reads again.
            tableDirty.set(true);
        } catch (Throwable e) {
            // Anything else is a bug, but it must not end the refresh thread (an executor drops a task that throws).
            tableDirty.set(true);
            log.error(e, "Training Runs view refresh failed");
        }
    }

    /** The selected runs with their newest descriptors, so a run's status and total steps follow the store. */
    private List<Run> current(List<Run> selection) {
        if (selection.isEmpty()) {
            return selection;
        }
        Map<String, Run> byId = new java.util.HashMap<>();
        for (Row r : rows) {
            byId.put(r.run().getId(), r.run());
        }
        List<Run> out = new ArrayList<>();
        for (Run run : selection) {
            out.add(byId.getOrDefault(run.getId(), run));
        }
        return out;
    }

    private static ChartRequest request(Settings s, List<Run> runs, int chart) {
        String metric = chart >= 0 && chart < s.metrics().size() ? s.metrics().get(chart) : "loss";
        return new ChartRequest(runs, metric == null || metric.isBlank() ? "loss" : metric.trim(), s.test(),
                s.xAxis(), s.logY(), s.smoothing(), s.seeds(), s.width());
    }

    /** The sweep chart's data and the choices of its combos. */
    private record SweepData(ChartModel model, List<String> parameters, String x, String lines) {
    }

    private SweepData sweep(Settings s, List<Run> selection) throws IOException {
        List<Run> runs = selection;
        if (runs.size() < 2 && !runs.isEmpty()) {
            // One run selected: show its whole experiment's sweep around it.
            String experiment = runs.get(0).getExperimentName();
            runs = rows.stream().map(Row::run).filter(r -> Objects.equals(r.getExperimentName(), experiment)).toList();
        }
        List<String> varying = Runs.varying(runs, false);
        String x = s.sweepX() != null && varying.contains(s.sweepX()) ? s.sweepX()
                : varying.isEmpty() ? null : varying.get(0);
        String lines = s.sweepLines() != null ? (s.sweepLines().isEmpty() || !varying.contains(s.sweepLines())
                ? null : s.sweepLines()) : varying.stream().filter(v -> !v.equals(x)).findFirst().orElse(null);
        if (x == null) {
            return new SweepData(null, varying, null, null);
        }
        String metric = s.sweepMetric() == null || s.sweepMetric().isBlank() ? "loss" : s.sweepMetric().trim();
        Map<String, MetricSummary> summaries = new java.util.LinkedHashMap<>();
        for (Run run : runs) {
            summaries.put(run.getId(), provider.summary(run.getId(), metric));
        }
        SweepTable table = SweepTable.of(runs, summaries, x, lines, metric, s.statistic());
        return new SweepData(table.toChartModel(s.logY()), varying, x, lines == null ? "" : lines);
    }

    private boolean ensureStore() throws IOException {
        LmwWorkspace ws = workspaces.current();
        if (ws == null) {
            return false;
        }
        if (ws != workspace) {
            if (provider != null) {
                provider.close();
            }
            workspace = ws;
            RunStore store = RunStore.open(ws.root());
            catalog = new RunCatalog(store);
            provider = new ChartDataProvider(store);
            tableDirty.set(true);
        }
        return true;
    }

    /** Posts to the UI thread unless a post is pending; the flag drops refreshes when painting lags. */
    private void post(Runnable r) {
        applyPending.set(true);
        display.asyncExec(() -> {
            try {
                if (!stack.isDisposed()) {
                    r.run();
                }
            } finally {
                applyPending.set(false);
            }
        });
    }

    // --- applying results on the UI thread ---------------------------------------------------------------------

    private void applyRows(List<Row> next, Map<String, InstrumentOverhead> overheads, List<String> select) {
        boolean empty = next.isEmpty();
        Object top = empty ? emptyState : content;
        if (stackLayout.topControl != top) {
            stackLayout.topControl = (org.eclipse.swt.widgets.Control) top;
            stack.layout(true, true);
        }
        table.setOverheads(overheads);
        table.setRows(next);
        if (!select.isEmpty()) {
            table.select(select);
        } else {
            // Statuses changed: keep the live flag of the selection in step with the store.
            Set<String> ids = new LinkedHashSet<>();
            selectedRuns.forEach(r -> ids.add(r.getId()));
            anyShownLive = next.stream().anyMatch(r -> ids.contains(r.run().getId()) && r.isLive());
        }
        updateCount();
        captureSettings();
    }

    private void applyCharts(List<ChartModel> models, SweepData sweep, List<String> metrics) {
        for (int i = 0; i < charts.size(); i++) {
            ChartModel m = models.get(i);
            charts.get(i).show(m, selectedRuns.isEmpty() ? Messages.chartEmpty : Messages.chartNoMetric);
            charts.get(i).setCursorStep(currentStep);
        }
        // The metric charts also offer instrument families (hessian_eig/*, effective_rank/*); the sweep chart
        // summarises one series per run, so it lists the metrics alone.
        List<String> chooser = InstrumentCharts.chooserItems(metrics);
        for (int i = 0; i < metricCombos.size(); i++) {
            Combo combo = metricCombos.get(i);
            setItems(combo, chooser, false);
            // The first chart keeps the training loss: every run records it, and a run read while its first
            // blocks are still being written may list other metrics first. Only the other charts fall back.
            if (i > 0 && !metrics.isEmpty() && !chooser.contains(combo.getText()) && combo.getData(USER_CHOSEN) == null) {
                // A default the runs do not record (no accuracy in a regression): take the next useful metric.
                for (String fallback : FALLBACK_METRICS) {
                    if (metrics.contains(fallback) && !fallback.equals(metricCombos.get(0).getText())) {
                        combo.setText(fallback);
                        settingsChanged();
                        break;
                    }
                }
            }
        }
        setItems(sweepMetric, metrics, false);
        if (sweep.model() != null) {
            sweepChart.show(sweep.model(), Messages.sweepEmpty);
        } else {
            sweepChart.show(new ChartModel("", "", null, "", false, false, List.of(), 0), Messages.sweepEmpty);
        }
        setParameterItems(sweepX, sweep.parameters(), sweep.x(), false);
        setParameterItems(sweepLines, sweep.parameters(), sweep.lines(), true);
        chartRefreshes++;
        liveLabel.setText(anyShownLive ? Messages.bind(Messages.liveStatus, 1000.0 / LIVE_INTERVAL_MS) : "");
    }

    private static void setItems(Combo combo, List<String> items, boolean keep) {
        if (combo.isDisposed() || items.isEmpty()) {
            return;
        }
        String text = combo.getText();
        if (!List.of(combo.getItems()).equals(items)) {
            combo.setItems(items.toArray(String[]::new));
            combo.setText(text);
        }
    }

    private static void setParameterItems(Combo combo, List<String> parameters, String chosen, boolean withNone) {
        List<String> labels = new ArrayList<>();
        if (withNone) {
            labels.add(Messages.sweepNone);
            combo.setData(Messages.sweepNone, "");
        }
        for (String p : parameters) {
            labels.add(Runs.shortName(p));
            combo.setData(Runs.shortName(p), p);
        }
        if (!List.of(combo.getItems()).equals(labels)) {
            combo.setItems(labels.toArray(String[]::new));
        }
        String label = chosen == null ? null : chosen.isEmpty() ? Messages.sweepNone : Runs.shortName(chosen);
        int index = label == null ? -1 : labels.indexOf(label);
        if (index >= 0 && combo.getSelectionIndex() != index) {
            combo.select(index);
        }
    }

    private static GridLayout grid(int columns, int margin, int spacing) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = margin;
        layout.marginHeight = margin == 0 ? 0 : 2;
        layout.horizontalSpacing = Math.max(spacing, 4);
        layout.verticalSpacing = spacing;
        return layout;
    }

    @PreDestroy
    public void dispose() {
        refresher.shutdownNow();
        broker.unsubscribe(runEvents);
        broker.unsubscribe(stepEvents);
        broker.unsubscribe(launchedEvents);
        workspaces.removeSwitchListener(switchListener);
        if (workspaces.current() != null) {
            workspaces.current().removeListener(changeListener);
        }
        if (provider != null) {
            provider.close();
        }
    }

    // --- test hooks --------------------------------------------------------------------------------------------

    /** Returns the empty-state panel (tests read it). */
    public EmptyState getEmptyState() {
        return emptyState;
    }

    /** Whether the empty state is showing. */
    public boolean isEmptyStateShown() {
        return stackLayout.topControl == emptyState;
    }

    /** The runs table. */
    public RunsTable getTable() {
        return table;
    }

    /** The metric charts (left to right). */
    public List<MetricChart> getCharts() {
        return charts;
    }

    /** The sweep chart. */
    public MetricChart getSweepChart() {
        return sweepChart;
    }

    /** Sets a metric chart's metric, as choosing it in its combo would. */
    public void setMetric(int chart, String metric) {
        metricCombos.get(chart).setText(metric);
        metricCombos.get(chart).setData(USER_CHOSEN, Boolean.TRUE);
        settingsChanged();
    }

    /** The entries of a metric chart's chooser: recorded metrics and instrument families ({@code hessian_eig/*}). */
    public String[] getMetricItems(int chart) {
        return metricCombos.get(chart).getItems();
    }

    /** Switches the y axes between linear and logarithmic. */
    public void setLogY(boolean on) {
        logYButton.setSelection(on);
        settingsChanged();
    }

    /** Turns seed aggregation on or off. */
    public void setAggregateSeeds(boolean on) {
        seedsButton.setSelection(on);
        settingsChanged();
    }

    /** Sets the smoothing weight in [0, 0.99]. */
    public void setSmoothing(double weight) {
        smoothingScale.setSelection((int) Math.round(weight * 100));
        smoothingLabel.setText(String.format("%.2f", weight));
        settingsChanged();
    }

    /** How many times the charts were updated (live refreshes included). */
    public int getChartRefreshes() {
        return chartRefreshes;
    }

    /** The ids of the runs the charts show. */
    public List<String> getChartedRunIds() {
        return selectedRuns.stream().map(Run::getId).toList();
    }
}
