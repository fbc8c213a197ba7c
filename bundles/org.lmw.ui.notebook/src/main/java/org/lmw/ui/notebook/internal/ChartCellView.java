// A chart cell: a metric of the runs a query selects, per run or aggregated over seeds, drawn from the run store.
package org.lmw.ui.notebook.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.lmw.core.series.ChartModel;
import org.lmw.model.Aggregation;
import org.lmw.model.ChartCell;
import org.lmw.model.LmwPackage;
import org.lmw.model.RunQuery;
import org.lmw.ui.notebook.Messages;
import org.lmw.ui.notebook.NotebookKeys;

/** Shows a chart cell's chart (read off the UI thread by the editor) and edits its metric, aggregation and query. */
public final class ChartCellView extends CellView {
    private NotebookChart chart;
    private EditForm form;
    private boolean logY;

    /** Creates the view of a chart cell. */
    public ChartCellView(Composite page, CellHost host, ChartCell cell) {
        super(page, host, cell);
    }

    private ChartCell chartCell() {
        return (ChartCell) cell;
    }

    @Override
    protected String kind() {
        return Messages.kindChart;
    }

    @Override
    protected void buildView() {
        ChartCell c = chartCell();
        String metric = c.getMetric() == null || c.getMetric().isBlank() ? "?" : c.getMetric();
        String status = host.chartStatus(c);
        label(body, metric, 1.15, SWT.BOLD, Theme.TEXT);
        org.eclipse.swt.widgets.Composite caption = new org.eclipse.swt.widgets.Composite(body, SWT.NONE);
        org.eclipse.swt.layout.GridLayout cl = new org.eclipse.swt.layout.GridLayout(2, false);
        cl.marginWidth = 0;
        cl.marginHeight = 0;
        caption.setLayout(cl);
        caption.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
        label(caption, Messages.bind(Messages.chartCaption, Specs.aggregation(c.getAggregation()),
                Specs.query(c.getQuery()), status == null ? Messages.chartLoading : status), 0.9, SWT.NORMAL,
                Theme.MUTED);
        org.eclipse.swt.widgets.Button log = new org.eclipse.swt.widgets.Button(caption, SWT.CHECK);
        log.setText(Messages.logY);
        log.setToolTipText(Messages.logYTip);
        log.setSelection(logY);
        log.addListener(SWT.Selection, e -> {
            logY = log.getSelection();
            refresh();
        });
        bodyKey(log, NotebookKeys.LOG_Y);
        chart = new NotebookChart(body, host.theme(), 240);
        bodyKey(chart.chart(), NotebookKeys.CHART);
        ChartModel model = host.chartData(c);
        List<NotebookChart.Line> lines = new ArrayList<>();
        if (model != null) {
            for (ChartModel.Line l : model.lines()) {
                lines.add(new NotebookChart.Line(l.label() + (l.seeds() > 1 ? " (" + l.seeds() + " seeds)" : ""),
                        l.x(), l.y(), l.color(), l.dashed(), l.size() < 12, l.lower(), l.upper()));
            }
        }
        String empty = c.getMetric() == null || c.getMetric().isBlank() ? Messages.chartNoMetric
                : model == null ? Messages.chartLoading : Messages.chartNoRuns;
        chart.show(lines, Messages.axisStep, metric, null, null, null, empty, false, logY);
        chart.chart().getPlotArea().getControl().addListener(SWT.MouseDown, e -> host.select(cell));
    }

    @Override
    protected void buildEditor() {
        ChartCell c = chartCell();
        form = new EditForm(body, host.theme(), this::bodyKey);
        form.text("metric", org.lmw.ui.notebook.Messages.fieldMetric, c.getMetric(), "e.g. loss, test_accuracy", false);
        String[] aggregations = Arrays.stream(Aggregation.values()).map(Aggregation::getLiteral).toArray(String[]::new);
        form.choice("aggregation", Messages.fieldAggregation, aggregations,
                (c.getAggregation() == null ? Aggregation.NONE : c.getAggregation()).getLiteral(), null);
        RunQuery q = c.getQuery();
        form.text("experiment", Messages.fieldExperiment, q == null ? "" : q.getExperiment(), null, false);
        form.text("tags", Messages.fieldTags, EditForm.tagsText(q), Messages.hintTags, false);
        form.buttons(Messages.apply, this::apply, this::stopEditing, NotebookKeys.DONE, NotebookKeys.CANCEL);
    }

    /** The edit form while editing (a test hook), else null. */
    public EditForm form() {
        return editing ? form : null;
    }

    /** Applies the form: one undo step for every changed field. */
    public void apply() {
        ChartCell c = chartCell();
        CompoundCommand command = new CompoundCommand(Messages.cmdEditCell);
        String metric = form.value("metric").strip();
        if (!Objects.equals(metric, c.getMetric())) {
            command.append(SetCommand.create(host.domain(), c, LmwPackage.Literals.CHART_CELL__METRIC, metric));
        }
        Aggregation aggregation = Aggregation.get(form.value("aggregation"));
        if (aggregation != c.getAggregation()) {
            command.append(SetCommand.create(host.domain(), c, LmwPackage.Literals.CHART_CELL__AGGREGATION,
                    aggregation));
        }
        RunQuery q = EditForm.query(c.getQuery(), form.value("experiment"), form.value("tags"));
        if (!EditForm.sameQuery(q, c.getQuery())) {
            command.append(SetCommand.create(host.domain(), c, LmwPackage.Literals.CHART_CELL__QUERY, q));
        }
        editing = false;
        if (!command.isEmpty()) {
            host.execute(command.unwrap());
        }
        refresh();
        host.relayout();
    }

    /** The chart (a test hook), or null while editing. */
    public NotebookChart chart() {
        return editing ? null : chart;
    }
}
