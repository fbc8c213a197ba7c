// A prediction cell: the claim, its frozen state and verdict, the evidence with a predicted-vs-observed chart, versions.
package org.lmw.ui.notebook.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.lmw.core.notebook.EvidenceSeries;
import org.lmw.core.notebook.PredictionFreezer;
import org.lmw.core.notebook.PredictionOutcome;
import org.lmw.core.series.Palette;
import org.lmw.model.LmwPackage;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.RunQuery;
import org.lmw.model.Verdict;
import org.lmw.model.Window;
import org.lmw.ui.notebook.Messages;
import org.lmw.ui.notebook.NotebookKeys;

/**
 * Shows the latest version of a prediction with its badges (verdict, frozen with time and hash, or draft; tampered
 * when its content no longer matches its hash), the claim in words, the evidence line and chart of the last check,
 * and the earlier versions. Editing a frozen version adds a new version; a draft is edited in place.
 */
public final class PredictionCellView extends CellView {
    private EditForm form;
    private Badge verdictBadge;
    private NotebookChart evidenceChart;

    /** Creates the view of a prediction cell. */
    public PredictionCellView(Composite page, CellHost host, PredictionCell cell) {
        super(page, host, cell);
    }

    private PredictionCell predictionCell() {
        return (PredictionCell) cell;
    }

    /** The latest version, or null for an empty cell. */
    public Prediction latest() {
        return PredictionFreezer.latest(predictionCell());
    }

    @Override
    protected String kind() {
        return Messages.kindPrediction;
    }

    @Override
    protected int accent() {
        Prediction p = latest();
        return Theme.verdictBackground(p == null ? null : verdictOf(p));
    }

    private Verdict verdictOf(Prediction p) {
        PredictionOutcome o = host.outcome(p);
        Verdict v = o != null ? o.verdict() : p.getVerdict();
        return v == null ? Verdict.PENDING : v;
    }

    @Override
    protected void buildBadges() {
        verdictBadge = null;
        Prediction p = latest();
        if (p == null) {
            return;
        }
        Theme t = host.theme();
        Verdict verdict = verdictOf(p);
        verdictBadge = new Badge(badges, t, verdict.getLiteral().toUpperCase(Locale.ROOT),
                Theme.verdictForeground(verdict), Theme.verdictBackground(verdict), t.font(0.8, SWT.BOLD));
        bodyKey(verdictBadge, NotebookKeys.VERDICT);
        Badge version = new Badge(badges, t, Messages.bind(Messages.version, p.getVersion()), 0x374151, 0xE5E7EB,
                t.font(0.8, SWT.BOLD));
        version.setToolTipText(Messages.history);
        Badge frozen;
        if (PredictionFreezer.isFrozen(p)) {
            frozen = new Badge(badges, t, Messages.bind(Messages.frozen, Specs.time(p.getFrozenAt()),
                    Specs.shortHash(p.getContentHash())), Theme.FROZEN, Theme.FROZEN_BG, t.font(0.8, SWT.NORMAL));
            frozen.setToolTipText(Messages.bind(Messages.frozenTip, Specs.time(p.getFrozenAt()), p.getContentHash()));
        } else {
            frozen = new Badge(badges, t, Messages.draft, Theme.DRAFT, Theme.DRAFT_BG, t.font(0.8, SWT.NORMAL));
            frozen.setToolTipText(Messages.draftTip);
        }
        bodyKey(frozen, NotebookKeys.FROZEN);
        if (PredictionFreezer.tampered(p)) {
            Badge tampered = new Badge(badges, t, Messages.tampered, Theme.TAMPERED, Theme.TAMPERED_BG,
                    t.font(0.8, SWT.BOLD));
            tampered.setToolTipText(Messages.tamperedTip);
        }
    }

    @Override
    protected void buildView() {
        evidenceChart = null;
        Prediction p = latest();
        Theme t = host.theme();
        if (p == null) {
            label(body, Messages.noStatement, 1.0, SWT.ITALIC, Theme.MUTED);
            return;
        }
        Verdict verdict = verdictOf(p);

        Label statement = label(body, p.getStatement() == null || p.getStatement().isBlank() ? Messages.noStatement
                : p.getStatement(), 1.2, SWT.BOLD, Theme.TEXT);
        bodyKey(statement, NotebookKeys.STATEMENT);
        Label spec = label(body, Specs.claim(p), 0.95, SWT.NORMAL, 0x374151);
        spec.setFont(t.mono());
        bodyKey(spec, NotebookKeys.SPEC);

        PredictionOutcome outcome = host.outcome(p);
        String evidenceText = outcome != null ? outcome.evidence()
                : p.getEvidence() != null && p.getEvidence().getSummary() != null ? p.getEvidence().getSummary() : null;
        Label evidence = label(body, evidenceText == null ? Messages.evidenceNone
                : Messages.bind(Messages.evidence, evidenceText), 1.0, evidenceText == null ? SWT.ITALIC : SWT.NORMAL,
                evidenceText == null ? Theme.MUTED : Theme.verdictBackground(verdict));
        bodyKey(evidence, NotebookKeys.EVIDENCE);
        if (outcome != null && outcome.missing() != null && !outcome.missing().isBlank()) {
            label(body, Messages.bind(Messages.missing, outcome.missing()), 0.95, SWT.ITALIC, Theme.MUTED);
        }
        if (outcome != null && !outcome.observed().isEmpty()) {
            evidenceChart = new NotebookChart(body, t, 230);
            bodyKey(evidenceChart.chart(), NotebookKeys.EVIDENCE_CHART);
            // The predicted interval is in the metric's units only for thresholds, intervals and ratios; a power
            // law's interval is on alpha, which the fitted curve and the evidence line show instead.
            boolean band = p.getKind() == null || p.getKind() == PredictionKind.THRESHOLD
                    || p.getKind() == PredictionKind.INTERVAL || p.getKind() == PredictionKind.RATIO;
            Double lower = band ? outcome.predictedLower() : null;
            Double upper = band ? outcome.predictedUpper() : null;
            evidenceChart.show(evidenceLines(outcome), xTitle(p), yTitle(p), lower, upper,
                    Messages.predictedInterval + " " + Specs.interval(
                            lower == null ? Double.NEGATIVE_INFINITY : lower,
                            upper == null ? Double.POSITIVE_INFINITY : upper),
                    "", p.getKind() == PredictionKind.POWER_LAW);
            evidenceChart.chart().getPlotArea().getControl().addListener(SWT.MouseDown, e -> host.select(cell));
        } else if (evidenceText != null) {
            label(body, Messages.evidenceChartLater, 0.9, SWT.ITALIC, Theme.MUTED);
        }

        List<Prediction> versions = predictionCell().getPredictions();
        if (versions.size() > 1) {
            Composite history = new Composite(body, SWT.NONE);
            GridLayout hl = new GridLayout(2, false);
            hl.marginWidth = 0;
            hl.marginHeight = 4;
            hl.verticalSpacing = 3;
            history.setLayout(hl);
            history.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            bodyKey(history, NotebookKeys.HISTORY);
            Label title = new Label(history, SWT.NONE);
            title.setText(Messages.history);
            title.setFont(t.font(0.8, SWT.BOLD));
            title.setForeground(t.color(Theme.MUTED));
            title.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
            for (int i = versions.size() - 2; i >= 0; i--) {
                Prediction old = versions.get(i);
                Verdict v = old.getVerdict() == null ? Verdict.PENDING : old.getVerdict();
                new Badge(history, t, v.getLiteral().toUpperCase(Locale.ROOT), 0xFFFFFF, Theme.verdictBackground(v),
                        t.font(0.75, SWT.BOLD)).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
                String frozenText = PredictionFreezer.isFrozen(old)
                        ? "frozen " + Specs.time(old.getFrozenAt()) + " " + Specs.shortHash(old.getContentHash())
                        : Messages.historyDraft;
                String line = Messages.bind(Messages.historyLine, old.getVersion(), frozenText,
                        Specs.claim(old).split("   \u00b7   ")[0],
                        old.getEvidence() == null || old.getEvidence().getSummary() == null ? "not judged"
                                : old.getEvidence().getSummary());
                Label l = new Label(history, SWT.WRAP);
                l.setText(line);
                l.setFont(t.font(0.9, SWT.NORMAL));
                l.setForeground(t.color(0x4B5563));
                GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
                d.widthHint = 200;
                l.setLayoutData(d);
            }
        }
        if (!PredictionFreezer.isFrozen(p)) {
            Button freeze = new Button(body, SWT.PUSH);
            freeze.setText("\u2744 " + Messages.freeze);
            freeze.setToolTipText(Messages.freezeTip);
            freeze.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            freeze.addListener(SWT.Selection, e -> host.freeze(p));
            bodyKey(freeze, NotebookKeys.FREEZE);
        }
    }

    private List<NotebookChart.Line> evidenceLines(PredictionOutcome outcome) {
        List<NotebookChart.Line> lines = new ArrayList<>();
        int k = 0;
        for (EvidenceSeries s : outcome.observed()) {
            int color = Palette.color(k++);
            boolean markers = s.x().length <= 30;
            lines.add(new NotebookChart.Line(s.label() + " " + Messages.observed, s.x(), s.y(), color, false, markers,
                    null, null));
            if (s.predictedY() != null && s.predictedY().length == s.x().length) {
                lines.add(new NotebookChart.Line(Messages.bind(Messages.predictedCurve, s.label()), s.x(),
                        s.predictedY(), Theme.PREDICTED, true, false, null, null));
            }
        }
        return lines;
    }

    private static String xTitle(Prediction p) {
        if ((p.getKind() == PredictionKind.POWER_LAW || p.getKind() == PredictionKind.ORDERING)
                && p.getAgainst() != null && !p.getAgainst().isBlank()) {
            return p.getAgainst();
        }
        return Messages.axisStep;
    }

    private static String yTitle(Prediction p) {
        String metric = p.getMetric() == null ? "" : p.getMetric();
        if (p.getKind() == PredictionKind.RATIO && p.getTheory() != null) {
            return metric + " / (" + p.getTheory() + ")";
        }
        return metric;
    }

    @Override
    protected void buildEditor() {
        Prediction p = latest();
        if (p == null) {
            p = org.lmw.model.LmwFactory.eINSTANCE.createPrediction();
        }
        form = new EditForm(body, host.theme(), this::bodyKey);
        form.text("statement", Messages.fieldStatement, p.getStatement(), null, true);
        form.choice("kind", Messages.fieldKind,
                Arrays.stream(PredictionKind.values()).map(PredictionKind::getLiteral).toArray(String[]::new),
                (p.getKind() == null ? PredictionKind.THRESHOLD : p.getKind()).getLiteral(), null);
        form.text("metric", Messages.fieldMetric, p.getMetric(), "e.g. test_accuracy, sharpness", false);
        form.choice("window", Messages.fieldWindow,
                Arrays.stream(Window.values()).map(Window::getLiteral).toArray(String[]::new),
                (p.getWindow() == null ? Window.END : p.getWindow()).getLiteral(), null);
        form.text("atStep", Messages.fieldAtStep, Long.toString(p.getAtStep()), "for at-step", false);
        form.text("lower", Messages.fieldLower, EditForm.boundText(p.getLower()), Messages.hintBounds, false);
        form.text("upper", Messages.fieldUpper, EditForm.boundText(p.getUpper()), Messages.hintBounds, false);
        form.text("theory", Messages.fieldTheory, p.getTheory(), Messages.hintTheory, false);
        form.text("against", Messages.fieldAgainst, p.getAgainst(), Messages.hintAgainst, false);
        RunQuery q = p.getQuery();
        form.text("experiment", Messages.fieldExperiment, q == null ? "" : q.getExperiment(), null, false);
        form.text("tags", Messages.fieldTags, EditForm.tagsText(q), Messages.hintTags, false);
        boolean frozen = PredictionFreezer.isFrozen(p);
        if (frozen) {
            form.note(Messages.bind(Messages.frozenEditNote, p.getVersion(), nextVersion()), Theme.FROZEN);
        }
        form.buttons(frozen ? Messages.bind(Messages.applyNewVersion, nextVersion()) : Messages.apply, this::apply,
                this::stopEditing, NotebookKeys.DONE, NotebookKeys.CANCEL);
    }

    private int nextVersion() {
        int max = 0;
        for (Prediction p : predictionCell().getPredictions()) {
            max = Math.max(max, p.getVersion());
        }
        return max + 1;
    }

    /** The edit form while editing (a test hook), else null. */
    public EditForm form() {
        return editing ? form : null;
    }

    /**
     * Applies the form. A draft changes in place (one undo step); a frozen version stays as it is and the values go
     * into a new version (one undo step that removes it again).
     *
     * @return whether the values were applied (false: a value does not parse; the form shows why)
     */
    public boolean apply() {
        Values v;
        try {
            v = read();
        } catch (IllegalArgumentException e) {
            form.error(e.getMessage());
            return false;
        }
        PredictionCell pc = predictionCell();
        Prediction p = latest();
        editing = false;
        if (p == null || PredictionFreezer.isFrozen(p)) {
            PredictionCell scratch = EcoreUtil.copy(pc);
            Prediction next = PredictionFreezer.newVersion(scratch);
            scratch.getPredictions().remove(next);
            v.writeTo(next);
            if (p == null || !v.sameAs(p)) {
                host.execute(AddCommand.create(host.domain(), pc, LmwPackage.Literals.PREDICTION_CELL__PREDICTIONS,
                        next));
            }
        } else {
            CompoundCommand command = new CompoundCommand(Messages.cmdEditCell);
            v.setCommands(host, p, command);
            if (!command.isEmpty()) {
                host.execute(command.unwrap());
            }
        }
        refresh();
        host.relayout();
        return true;
    }

    private Values read() {
        Values v = new Values();
        v.statement = form.value("statement").strip();
        v.kind = PredictionKind.get(form.value("kind"));
        v.metric = form.value("metric").strip();
        v.window = Window.get(form.value("window"));
        v.atStep = (long) number("atStep", Messages.fieldAtStep, 0);
        v.lower = number("lower", Messages.fieldLower, Double.NEGATIVE_INFINITY);
        v.upper = number("upper", Messages.fieldUpper, Double.POSITIVE_INFINITY);
        if (v.lower > v.upper) {
            throw new IllegalArgumentException(Messages.fieldLower + " > " + Messages.fieldUpper);
        }
        v.theory = emptyToNull(form.value("theory"));
        v.against = emptyToNull(form.value("against"));
        v.experiment = form.value("experiment");
        v.tags = form.value("tags");
        return v;
    }

    private double number(String name, String label, double open) {
        String text = form.value(name);
        try {
            return EditForm.bound(text, open);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.bind(Messages.badNumber, label, text));
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The values of the form. */
    private static final class Values {
        String statement;
        PredictionKind kind;
        String metric;
        Window window;
        long atStep;
        double lower;
        double upper;
        String theory;
        String against;
        String experiment;
        String tags;

        void writeTo(Prediction p) {
            p.setStatement(statement);
            p.setKind(kind);
            p.setMetric(metric);
            p.setWindow(window);
            p.setAtStep(atStep);
            p.setLower(lower);
            p.setUpper(upper);
            p.setTheory(theory);
            p.setAgainst(against);
            p.setQuery(EditForm.query(p.getQuery(), experiment, tags));
        }

        boolean sameAs(Prediction p) {
            Prediction probe = EcoreUtil.copy(p);
            writeTo(probe);
            return PredictionFreezer.canonical(probe).equals(PredictionFreezer.canonical(p));
        }

        void setCommands(CellHost host, Prediction p, CompoundCommand command) {
            LmwPackage l = LmwPackage.eINSTANCE;
            set(host, p, command, l.getPrediction_Statement(), statement);
            set(host, p, command, l.getPrediction_Kind(), kind);
            set(host, p, command, l.getPrediction_Metric(), metric);
            set(host, p, command, l.getPrediction_Window(), window);
            set(host, p, command, l.getPrediction_AtStep(), atStep);
            set(host, p, command, l.getPrediction_Lower(), lower);
            set(host, p, command, l.getPrediction_Upper(), upper);
            set(host, p, command, l.getPrediction_Theory(), theory);
            set(host, p, command, l.getPrediction_Against(), against);
            RunQuery q = EditForm.query(p.getQuery(), experiment, tags);
            if (!EditForm.sameQuery(q, p.getQuery())) {
                command.append(SetCommand.create(host.domain(), p, l.getPrediction_Query(), q));
            }
        }

        private static void set(CellHost host, Prediction p, CompoundCommand command, EStructuralFeature feature,
                Object value) {
            if (!Objects.equals(p.eGet(feature), value)) {
                command.append(SetCommand.create(host.domain(), p, feature, value));
            }
        }
    }

    /** The verdict badge (a test hook), or null. */
    public Badge verdictBadge() {
        return verdictBadge;
    }

    /** The evidence chart (a test hook), or null when there is none. */
    public NotebookChart evidenceChart() {
        return evidenceChart;
    }
}
