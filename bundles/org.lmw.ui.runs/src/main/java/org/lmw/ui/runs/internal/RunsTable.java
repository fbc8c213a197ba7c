// The runs table: every run with status, swept hyperparameters, final/best metrics and duration; sort, filter, group.
package org.lmw.ui.runs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.lmw.core.runstore.MetricSummary;
import org.lmw.core.series.Format;
import org.lmw.core.series.InstrumentOverhead;
import org.lmw.core.series.RunCatalog.Row;
import org.lmw.core.series.Runs;
import org.lmw.core.series.SweepTable;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;
import org.lmw.ui.runs.Messages;

/**
 * A tree table of runs. Rows are {@link Row}s; with grouping on, group nodes hold them. Columns for hyperparameters
 * appear for those that differ among the workspace's runs, so a sweep's axes are visible without configuration.
 */
public final class RunsTable {
    /** How rows are grouped. */
    public enum Grouping {
        /** A flat list. */
        NONE(Messages.groupNone),
        /** One group per experiment name. */
        EXPERIMENT(Messages.groupExperiment),
        /** One group per launch: runs whose ids share the experiment and launch time stamp. */
        SWEEP(Messages.groupSweep);

        private final String label;

        Grouping(String label) {
            this.label = label;
        }

        /** The label in the group-by menu. */
        public String label() {
            return label;
        }
    }

    /** A group node. */
    public record Group(String name, List<Row> rows) {
    }

    private final TreeViewer viewer;
    private final List<TreeViewerColumn> hyperColumns = new ArrayList<>();
    private List<String> varying = List.of();
    private List<Row> rows = List.of();
    private Map<String, InstrumentOverhead> overheads = Map.of();
    private Grouping grouping = Grouping.SWEEP;
    private String[] filter = new String[0];
    private Function<Object, Comparable<?>> sortKey;
    private int sortDirection = SWT.DOWN;

    /** Creates the table. */
    public RunsTable(Composite parent, Consumer<List<Row>> selectionListener) {
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new Content());
        column(Messages.columnRun, 260, o -> o instanceof Group g ? Messages.bind(Messages.groupLabel, g.name(),
                g.rows().size()) : ((Row) o).run().getId(), o -> o instanceof Row r ? r.run().getId() : "");
        TreeViewerColumn status = column(Messages.columnStatus, 80,
                o -> o instanceof Row r ? r.run().getStatus().getLiteral() : groupStatus((Group) o),
                o -> o instanceof Row r ? r.run().getStatus().getValue() : 0);
        status.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return o instanceof Row r ? r.run().getStatus().getLiteral() : groupStatus((Group) o);
            }

            @Override
            public Color getForeground(Object o) {
                if (o instanceof Row r) {
                    return statusColor(r.run().getStatus());
                }
                return null;
            }
        });
        for (String metric : org.lmw.core.series.RunCatalog.TABLE_METRICS) {
            MetricSummary.Goal goal = SweepTable.goal(metric);
            column(Messages.bind(Messages.columnFinal, metric), 92,
                    o -> o instanceof Row r && r.summaries().containsKey(metric)
                            ? Format.value(r.summaries().get(metric).finalValue()) : "",
                    o -> o instanceof Row r && r.summaries().containsKey(metric)
                            ? r.summaries().get(metric).finalValue() : Double.NaN);
            column(Messages.bind(Messages.columnBest, metric), 92,
                    o -> o instanceof Row r && r.summaries().containsKey(metric)
                            ? Format.value(r.summaries().get(metric).best(goal)) : "",
                    o -> o instanceof Row r && r.summaries().containsKey(metric)
                            ? r.summaries().get(metric).best(goal) : Double.NaN);
        }
        column(Messages.columnSteps, 90, o -> o instanceof Row r ? steps(r.run()) : "",
                o -> o instanceof Row r ? (double) r.run().getSteps() : Double.NaN);
        column(Messages.columnDuration, 80, o -> o instanceof Row r ? Format.duration(r.durationSeconds()) : "",
                o -> o instanceof Row r ? r.durationSeconds() : Double.NaN);
        TreeViewerColumn instruments = column(Messages.columnInstruments, 330,
                o -> o instanceof Row r ? overhead(r).cell() : "",
                o -> o instanceof Row r ? overhead(r).fraction() : Double.NaN);
        instruments.getColumn().setToolTipText(Messages.columnInstrumentsTooltip);
        // A phrase, not a number: left-aligned, so its start stays readable when the table is narrower than its columns.
        instruments.getColumn().setAlignment(SWT.LEFT);
        instruments.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return o instanceof Row r ? overhead(r).cell() : "";
            }

            @Override
            public String getToolTipText(Object o) {
                return o instanceof Row r ? overhead(r).details() : null;
            }

            @Override
            public Color getForeground(Object o) {
                // A failed instrument never stops the run: the cell is where a user notices it.
                return o instanceof Row r && overhead(r).failures() > 0
                        ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }
        });
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setComparator(new ViewerComparator() {
            @Override
            @SuppressWarnings({ "unchecked", "rawtypes" })
            public int compare(Viewer v, Object a, Object b) {
                if (sortKey == null) {
                    return 0;
                }
                Comparable ka = sortKey.apply(a);
                Comparable kb = sortKey.apply(b);
                int c;
                if (ka instanceof Double da && kb instanceof Double db) {
                    // Missing numbers sort last in both directions.
                    c = da.isNaN() ? (db.isNaN() ? 0 : 1) : db.isNaN() ? -1 : Double.compare(da, db);
                    if (da.isNaN() || db.isNaN()) {
                        return c;
                    }
                } else {
                    c = ka.compareTo(kb);
                }
                return sortDirection == SWT.UP ? c : -c;
            }
        });
        viewer.addSelectionChangedListener(e -> selectionListener.accept(selectedRows()));
    }

    /** The tree viewer. */
    public TreeViewer viewer() {
        return viewer;
    }

    /** Shows rows (UI thread), keeping the selection and expansion. */
    public void setRows(List<Row> next) {
        rows = next;
        List<Run> runs = next.stream().map(Row::run).toList();
        // Per experiment: a key that only one experiment has is not a sweep axis.
        Set<String> union = new LinkedHashSet<>();
        runs.stream().collect(java.util.stream.Collectors.groupingBy(Run::getExperimentName,
                LinkedHashMap::new, java.util.stream.Collectors.toList()))
                .values().forEach(group -> union.addAll(Runs.varying(group, true)));
        List<String> nowVarying = new ArrayList<>(union);
        if (!nowVarying.equals(varying)) {
            varying = nowVarying;
            rebuildHyperColumns();
        }
        refresh();
    }

    /** Sets the grouping. */
    public void setGrouping(Grouping g) {
        grouping = g;
        refresh();
    }

    /** Sets the instrument accounts of the runs by id (shown from the next {@link #setRows}). */
    public void setOverheads(Map<String, InstrumentOverhead> next) {
        overheads = next == null ? Map.of() : next;
    }

    /** A run's instrument account, {@link InstrumentOverhead#NONE} when it has none. */
    public InstrumentOverhead overhead(Row row) {
        return overheads.getOrDefault(row.run().getId(), InstrumentOverhead.NONE);
    }

    /** The text of a run's Instruments cell (a test hook). */
    public String instrumentsCell(String runId) {
        return overheads.getOrDefault(runId, InstrumentOverhead.NONE).cell();
    }

    /** Sets the filter text: every word must appear in the run's id, experiment, status or {@code key=value}. */
    public void setFilter(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        filter = t.isEmpty() ? new String[0] : t.split("\\s+");
        refresh();
    }

    /** The rows shown after filtering. */
    public List<Row> visibleRows() {
        return rows.stream().filter(this::matches).toList();
    }

    /** The selected runs' rows; a selected group selects all its rows. */
    public List<Row> selectedRows() {
        Set<Row> out = new LinkedHashSet<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            if (o instanceof Row r) {
                out.add(r);
            } else if (o instanceof Group g) {
                out.addAll(g.rows());
            }
        }
        return new ArrayList<>(out);
    }

    /** Selects the runs with these ids (those that are shown), revealing them. */
    public void select(List<String> runIds) {
        List<Object> sel = new ArrayList<>();
        for (Object o : elements()) {
            if (o instanceof Row r && runIds.contains(r.run().getId())) {
                sel.add(r);
            } else if (o instanceof Group g) {
                for (Row r : g.rows()) {
                    if (runIds.contains(r.run().getId())) {
                        sel.add(r);
                        viewer.setExpandedState(g, true);
                    }
                }
            }
        }
        viewer.setSelection(new StructuredSelection(sel), true);
    }

    /** The hyperparameter columns shown (a test hook). */
    public List<String> hyperparameterColumns() {
        return varying;
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<String> selected = selectedRows().stream().map(r -> r.run().getId()).toList();
        Object[] expanded = viewer.getExpandedElements();
        Set<String> expandedNames = new LinkedHashSet<>();
        for (Object o : expanded) {
            if (o instanceof Group g) {
                expandedNames.add(g.name());
            }
        }
        List<Object> elements = elements();
        viewer.getTree().setRedraw(false);
        try {
            viewer.setInput(elements);
            for (Object o : elements) {
                if (o instanceof Group g && (expandedNames.contains(g.name()) || elements.size() <= 3)) {
                    viewer.setExpandedState(g, true);
                }
            }
            if (!selected.isEmpty()) {
                List<Object> sel = new ArrayList<>();
                for (Object o : elements) {
                    if (o instanceof Row r && selected.contains(r.run().getId())) {
                        sel.add(r);
                    } else if (o instanceof Group g) {
                        g.rows().stream().filter(r -> selected.contains(r.run().getId())).forEach(sel::add);
                    }
                }
                // The rows are new objects for the same runs: select them again without revealing.
                viewer.setSelection(new StructuredSelection(sel), false);
            }
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    private List<Object> elements() {
        List<Row> visible = visibleRows();
        if (grouping == Grouping.NONE) {
            return new ArrayList<>(visible);
        }
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : visible) {
            String key = grouping == Grouping.EXPERIMENT ? r.run().getExperimentName() : launchOf(r.run());
            groups.computeIfAbsent(key == null ? "" : key, k -> new ArrayList<>()).add(r);
        }
        List<Object> out = new ArrayList<>();
        groups.forEach((name, members) -> out.add(new Group(name, members)));
        return out;
    }

    /** The launch a run belongs to: its id without the trailing {@code -n} that numbers the runs of a launch. */
    static String launchOf(Run run) {
        String id = run.getId();
        int dash = id.lastIndexOf('-');
        boolean launched = dash > 0 && dash < id.length() - 1
                && id.substring(dash + 1).chars().allMatch(Character::isDigit);
        // Runs not created by a launch (written by scripts or tests) group by their experiment instead.
        return launched ? id.substring(0, dash) : run.getExperimentName();
    }

    private boolean matches(Row row) {
        if (filter.length == 0) {
            return true;
        }
        StringBuilder b = new StringBuilder();
        Run run = row.run();
        b.append(run.getId()).append(' ').append(run.getExperimentName()).append(' ')
                .append(run.getStatus().getLiteral());
        Runs.hyperparameters(run).forEach((k, v) -> b.append(' ').append(k).append('=').append(v).append(' ')
                .append(Runs.shortName(k)).append('=').append(v));
        String text = b.toString().toLowerCase(Locale.ROOT);
        for (String word : filter) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private void rebuildHyperColumns() {
        for (TreeViewerColumn c : hyperColumns) {
            c.getColumn().dispose();
        }
        hyperColumns.clear();
        int index = 2;
        for (String key : varying) {
            TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.RIGHT, index++);
            configure(c, Runs.shortName(key), 90,
                    o -> o instanceof Row r ? nullToEmpty(Runs.hyperparameter(r.run(), key)) : "",
                    o -> o instanceof Row r ? sortable(Runs.hyperparameter(r.run(), key)) : "");
            c.getColumn().setToolTipText(key);
            hyperColumns.add(c);
        }
    }

    private TreeViewerColumn column(String title, int width, Function<Object, String> text,
            Function<Object, Comparable<?>> key) {
        TreeViewerColumn c = new TreeViewerColumn(viewer, title.equals(Messages.columnRun)
                || title.equals(Messages.columnStatus) ? SWT.LEFT : SWT.RIGHT);
        configure(c, title, width, text, key);
        return c;
    }

    private void configure(TreeViewerColumn c, String title, int width, Function<Object, String> text,
            Function<Object, Comparable<?>> key) {
        TreeColumn column = c.getColumn();
        column.setText(title);
        column.setWidth(width);
        column.setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object o) {
                return text.apply(o);
            }
        });
        column.addListener(SWT.Selection, e -> {
            Tree tree = viewer.getTree();
            if (tree.getSortColumn() == column) {
                sortDirection = sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
            } else {
                sortDirection = SWT.UP;
            }
            tree.setSortColumn(column);
            tree.setSortDirection(sortDirection);
            sortKey = key;
            viewer.refresh();
        });
    }

    private static Comparable<?> sortable(String value) {
        double d = Runs.number(value);
        return Double.isNaN(d) ? (Comparable<?>) nullToEmpty(value) : (Comparable<?>) Double.valueOf(d);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String steps(Run run) {
        return run.getTotalSteps() > 0 ? run.getSteps() + " / " + run.getTotalSteps() : Long.toString(run.getSteps());
    }

    private static String groupStatus(Group g) {
        long running = g.rows().stream().filter(r -> r.run().getStatus() == RunStatus.RUNNING).count();
        return running > 0 ? running + " " + RunStatus.RUNNING.getLiteral() : "";
    }

    private Color statusColor(RunStatus status) {
        int swt = switch (status) {
            case RUNNING -> SWT.COLOR_DARK_BLUE;
            case FINISHED -> SWT.COLOR_DARK_GREEN;
            case FAILED, DIVERGED -> SWT.COLOR_DARK_RED;
            case CANCELLED, INTERRUPTED -> SWT.COLOR_DARK_YELLOW;
            default -> SWT.COLOR_DARK_GRAY;
        };
        return viewer.getControl().getDisplay().getSystemColor(swt);
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Group g ? g.rows().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Group g && !g.rows().isEmpty();
        }
    }

    /** Orders rows newest first by default (creation time), then by id. */
    static final Comparator<Row> NEWEST_FIRST = Comparator.<Row, Long>comparing(
            r -> r.run().getCreatedAt() == null ? 0L : -r.run().getCreatedAt().getTime())
            .thenComparing(r -> r.run().getId());
}
