// Judges a notebook's predictions against the runs of the run store: verdicts with evidence, no model mutation.
package org.lmw.core.notebook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.lmw.core.runstore.MetricReader;
import org.lmw.core.runstore.MetricSeries;
import org.lmw.core.runstore.RunStore;
import org.lmw.core.series.Downsampling;
import org.lmw.core.series.Runs;
import org.lmw.model.Cell;
import org.lmw.model.Evidence;
import org.lmw.model.LmwFactory;
import org.lmw.model.Notebook;
import org.lmw.model.OrderDirection;
import org.lmw.model.Parameter;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.Run;
import org.lmw.model.RunQuery;
import org.lmw.model.RunStatus;
import org.lmw.model.Verdict;
import org.lmw.model.Window;

/**
 * Judges predictions against the runs of a run store. It reads descriptors and metrics only; the model is changed by
 * {@link #apply(PredictionOutcome)} alone, on the thread that owns it. Deterministic: the same runs give the same
 * verdicts (the bootstrap is seeded).
 *
 * <h2>Which runs</h2>
 * A {@link RunQuery} selects the runs whose experiment name equals {@code experiment} (any experiment when blank),
 * that carry every tag in {@code tags}, and whose hyperparameters equal every {@code sweepValues} entry (key: a dotted
 * path such as {@code optimizer.learningRate} or its last segment; numbers compare numerically). Of those, finished
 * runs are judged; queued and running runs are waited for (inconclusive while nothing finished), failed, diverged,
 * cancelled and interrupted runs are left out and counted in the evidence. A run created before the prediction was
 * frozen is named in the evidence: the prediction was not made before it.
 *
 * <h2>Window value of a run</h2>
 * {@code END}: the last recorded value; {@code AT_STEP}: the last value at or before {@code atStep} (inconclusive if
 * the run never got there); {@code LAST_HALF}: the mean over the points whose step lies in the second half of the
 * run's recorded steps; {@code WHOLE_RUN}: the mean over all points.
 *
 * <h2>Verdicts</h2>
 * <ul>
 * <li><b>pending</b>: no run matches the query yet (nothing to judge).</li>
 * <li><b>THRESHOLD, INTERVAL</b>: each judged run's window value of {@code metric} must lie in
 * [{@code lower}, {@code upper}] (a threshold leaves one bound infinite): supported when every run's does, refuted
 * when any run's does not.</li>
 * <li><b>RATIO</b>: as INTERVAL, for {@code metric / theory}, where {@code theory} is evaluated per run from its
 * hyperparameters ({@link TheoryExpression}, e.g. {@code 2/learning_rate}); the window mean of the pointwise ratio.</li>
 * <li><b>POWER_LAW</b>: {@code y = a x^(-alpha) + c} fitted by {@link PowerLawFit}; x is the step ({@code against}
 * blank or {@code step}: the points of the window, END and WHOLE_RUN meaning the whole run, steps &gt; 0, seeds
 * averaged at equal steps, thinned to {@value #MAX_FIT_POINTS} log-spaced points) or a swept hyperparameter (one
 * point per run: x its value, y its window value; at least 3 distinct x). The {@code confidence} bootstrap interval
 * of alpha is judged against the predicted [{@code lower}, {@code upper}]: <b>supported</b> when it lies inside,
 * <b>refuted</b> when the two are disjoint, <b>inconclusive</b> when it straddles a bound (too wide, or too close to
 * tell: more or longer runs narrow it), and inconclusive when the fitted alpha sits at an end of the searched range
 * [0, 6] (the curve is not a power law in that window: near 0 the model degenerates to {@code a - a alpha ln x}).</li>
 * <li><b>ORDERING</b>: runs grouped by the hyperparameter {@code against}, each group's mean window value; supported
 * when the values strictly increase (or decrease, {@code direction}) with the hyperparameter, refuted when a pair is
 * out of order, inconclusive with fewer than two distinct values.</li>
 * <li><b>COMPARISON</b>: mean window value of the runs of {@code query} (A) minus that of {@code comparisonQuery}
 * (B), with a bootstrap interval when both groups have two or more runs (runs resampled within each group; a single
 * run per group gives the point difference as its interval); judged against [{@code lower}, {@code upper}] by the
 * POWER_LAW rule.</li>
 * <li><b>inconclusive</b> also when runs are still training, the metric is missing, there are too few points, the
 * theory names an unknown hyperparameter, or the prediction is tampered ({@link PredictionFreezer#tampered}); the
 * outcome's {@code missing} says what is needed.</li>
 * </ul>
 */
public final class NotebookEvaluator {
    /** Bootstrap resamples for power laws and comparisons. */
    public static final int RESAMPLES = 1000;
    /** Largest number of points a power law vs step is fitted to. */
    public static final int MAX_FIT_POINTS = 200;
    private static final int MAX_CHART_POINTS = 400;
    private static final long SEED = 20_240_601L;

    private final RunStore store;

    /** An evaluator reading runs and metrics from a run store; it never changes the model. */
    public NotebookEvaluator(RunStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The outcome of the latest version of every prediction cell, in cell order. */
    public List<PredictionOutcome> evaluate(Notebook notebook) {
        List<PredictionOutcome> outcomes = new ArrayList<>();
        for (Cell cell : notebook.getCells()) {
            if (cell instanceof PredictionCell pc && PredictionFreezer.latest(pc) != null) {
                outcomes.add(evaluate(PredictionFreezer.latest(pc)));
            }
        }
        return outcomes;
    }

    /** The outcome of one prediction (any version). Never throws for bad data: problems become inconclusive. */
    public PredictionOutcome evaluate(Prediction prediction) {
        Judge judge = new Judge(prediction);
        try {
            return judge.run();
        } catch (IOException | RuntimeException e) {
            return judge.inconclusive("cannot read the runs: " + oneLine(e), "readable runs");
        }
    }

    /**
     * The runs of the store a query selects (any status), in id order.
     *
     * @throws IOException when the runs folder cannot be listed
     */
    public List<Run> select(RunQuery query) throws IOException {
        List<Run> selected = new ArrayList<>();
        for (Run run : store.list().runs()) {
            if (matches(query, run)) {
                selected.add(run);
            }
        }
        return selected;
    }

    /** Whether a run matches a query: experiment name, every tag, every sweep value. */
    public static boolean matches(RunQuery query, Run run) {
        if (query == null) {
            return false;
        }
        if (query.getExperiment() != null && !query.getExperiment().isBlank()
                && !query.getExperiment().equals(run.getExperimentName())) {
            return false;
        }
        if (!run.getTags().containsAll(query.getTags())) {
            return false;
        }
        Map<String, String> hyper = Runs.hyperparameters(run);
        for (Parameter wanted : query.getSweepValues()) {
            String value = lookup(hyper, wanted.getKey());
            if (!sameValue(value, wanted.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes an outcome into its prediction: the verdict and a new {@link Evidence} (summary: the evidence line and,
     * when something is missing, what; evaluation time; run ids; values as key/value parameters). Call on the thread
     * that owns the model (the UI thread, or the command).
     */
    public static void apply(PredictionOutcome outcome) {
        Prediction p = outcome.prediction();
        p.setVerdict(outcome.verdict());
        Evidence evidence = LmwFactory.eINSTANCE.createEvidence();
        String summary = outcome.evidence();
        if (outcome.missing() != null && !outcome.evidence().contains(outcome.missing())) {
            summary += " (missing: " + outcome.missing() + ")";
        }
        evidence.setSummary(summary);
        evidence.setEvaluatedAt(new Date());
        evidence.getRunIds().addAll(outcome.runIds());
        for (Map.Entry<String, Double> value : outcome.values().entrySet()) {
            Parameter parameter = LmwFactory.eINSTANCE.createParameter();
            parameter.setKey(value.getKey());
            parameter.setValue(Double.toString(value.getValue()));
            evidence.getValues().add(parameter);
        }
        p.setEvidence(evidence);
    }

    static String lookup(Map<String, String> hyper, String key) {
        if (key == null) {
            return null;
        }
        if (hyper.containsKey(key)) {
            return hyper.get(key);
        }
        for (Map.Entry<String, String> e : hyper.entrySet()) {
            if (e.getKey().endsWith("." + key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean sameValue(String have, String want) {
        if (have == null || want == null) {
            return have == want;
        }
        double a = Runs.number(have);
        double b = Runs.number(want);
        if (!Double.isNaN(a) && !Double.isNaN(b)) {
            return a == b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
        }
        return have.trim().equals(want.trim());
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String bounds(double lo, double hi) {
        return (Double.isInfinite(lo) ? "(" : "[") + num(lo) + ", " + num(hi) + (Double.isInfinite(hi) ? ")" : "]");
    }

    /** The judgement of one prediction: collects runs, notes and values, then decides. */
    private final class Judge {
        private final Prediction p;
        private final List<String> runIds = new ArrayList<>();
        private final Map<String, Double> values = new LinkedHashMap<>();
        private final List<EvidenceSeries> observed = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Judge(Prediction p) {
            this.p = p;
        }

        PredictionOutcome run() throws IOException {
            if (PredictionFreezer.tampered(p)) {
                return new PredictionOutcome(p, Verdict.INCONCLUSIVE,
                        "tampered: the content of this frozen prediction no longer matches its hash; verdict not"
                                + " trusted",
                        List.of(), Map.of(), List.of(), lower(), upper(),
                        "an untampered prediction (restore the frozen content, or make a new version)", true);
            }
            if (p.getKind() == null) {
                return inconclusive("the prediction has no kind", "a kind");
            }
            if (p.getMetric() == null || p.getMetric().isBlank()) {
                return inconclusive("the prediction names no metric", "a metric");
            }
            if (p.getQuery() == null) {
                return inconclusive("the prediction selects no runs", "a run query");
            }
            if (p.getKind() != PredictionKind.ORDERING && !(p.getLower() <= p.getUpper())) {
                return inconclusive("the predicted interval " + bounds(p.getLower(), p.getUpper()) + " is empty",
                        "lower <= upper");
            }
            Group a = group(p.getQuery(), "");
            if (a.selected == 0) {
                return pending(a);
            }
            if (p.getKind() == PredictionKind.COMPARISON) {
                if (p.getComparisonQuery() == null) {
                    return inconclusive("a comparison needs a second group of runs", "comparisonQuery");
                }
                Group b = group(p.getComparisonQuery(), "B ");
                if (b.selected == 0) {
                    return pending(b);
                }
                return comparison(a, b);
            }
            if (a.finished.isEmpty()) {
                return waiting(a);
            }
            return switch (p.getKind()) {
                case THRESHOLD, INTERVAL -> interval(a, false);
                case RATIO -> interval(a, true);
                case POWER_LAW -> powerLaw(a);
                case ORDERING -> ordering(a);
                default -> inconclusive("unknown kind " + p.getKind(), "a known kind");
            };
        }

        // ---------------------------------------------------------------- runs

        private final class Group {
            final String prefix;
            final RunQuery query;
            int selected;
            int live;
            final List<Run> finished = new ArrayList<>();

            Group(String prefix, RunQuery query) {
                this.prefix = prefix;
                this.query = query;
            }
        }

        private Group group(RunQuery query, String prefix) throws IOException {
            Group g = new Group(prefix, query);
            Map<String, Integer> excluded = new TreeMap<>();
            int beforeFreeze = 0;
            for (Run run : select(query)) {
                g.selected++;
                RunStatus status = run.getStatus() == null ? RunStatus.QUEUED : run.getStatus();
                switch (status) {
                    case FINISHED -> {
                        g.finished.add(run);
                        if (p.getFrozenAt() != null && run.getCreatedAt() != null
                                && run.getCreatedAt().before(p.getFrozenAt())) {
                            beforeFreeze++;
                        }
                    }
                    case QUEUED, RUNNING -> g.live++;
                    default -> excluded.merge(status.getLiteral(), 1, Integer::sum);
                }
            }
            if (!excluded.isEmpty()) {
                List<String> parts = new ArrayList<>();
                excluded.forEach((k, v) -> parts.add(v + " " + k));
                notes.add(prefix + "left out: " + String.join(", ", parts));
            }
            if (g.live > 0 && !g.finished.isEmpty()) {
                notes.add(prefix + g.live + " run(s) still training, not judged");
            }
            if (beforeFreeze > 0) {
                notes.add(beforeFreeze + " run(s) created before the prediction was frozen");
                values.put("runs_before_freeze", (double) beforeFreeze);
            }
            return g;
        }

        private String describe(RunQuery q) {
            StringBuilder b = new StringBuilder("runs of ");
            b.append(q.getExperiment() == null || q.getExperiment().isBlank() ? "any experiment"
                    : "experiment '" + q.getExperiment() + "'");
            if (!q.getTags().isEmpty()) {
                b.append(" tagged ").append(String.join(", ", q.getTags()));
            }
            for (Parameter s : q.getSweepValues()) {
                b.append(" with ").append(s.getKey()).append('=').append(s.getValue());
            }
            return b.toString();
        }

        private PredictionOutcome pending(Group g) {
            String what = describe(g.query);
            return new PredictionOutcome(p, Verdict.PENDING, "no " + what + " yet", List.of(), values, List.of(),
                    lower(), upper(), what, false);
        }

        private PredictionOutcome waiting(Group g) {
            String why = g.live > 0 ? g.live + " matching run(s) still training, none finished"
                    : "none of the " + g.selected + " matching run(s) finished";
            return inconclusive(g.prefix + why, "finished " + describe(g.query));
        }

        PredictionOutcome inconclusive(String why, String missing) {
            return outcome(Verdict.INCONCLUSIVE, why, missing);
        }

        private PredictionOutcome outcome(Verdict verdict, String evidence, String missing) {
            StringBuilder line = new StringBuilder(evidence);
            if (!runIds.isEmpty()) {
                line.append("; runs: ");
                if (runIds.size() <= 3) {
                    line.append(String.join(", ", runIds));
                } else {
                    line.append(runIds.get(0)).append(" and ").append(runIds.size() - 1).append(" more");
                }
            }
            for (String note : notes) {
                line.append("; ").append(note);
            }
            return new PredictionOutcome(p, verdict, line.toString(), runIds, values, observed, lower(), upper(),
                    missing, false);
        }

        private Double lower() {
            return Double.isInfinite(p.getLower()) || Double.isNaN(p.getLower()) ? null : p.getLower();
        }

        private Double upper() {
            return Double.isInfinite(p.getUpper()) || Double.isNaN(p.getUpper()) ? null : p.getUpper();
        }

        private MetricSeries read(Run run) throws IOException {
            try (MetricReader reader = store.folder(run.getId()).openReader()) {
                return reader.read(p.getMetric());
            }
        }

        /** The window of a series: indices [from, to). Null when the run does not reach atStep. */
        private int[] window(long[] steps) {
            int n = steps.length;
            Window w = p.getWindow() == null ? Window.END : p.getWindow();
            switch (w) {
                case AT_STEP -> {
                    int idx = -1;
                    for (int i = 0; i < n; i++) {
                        if (steps[i] <= p.getAtStep()) {
                            idx = i;
                        }
                    }
                    if (idx < 0 || steps[n - 1] < p.getAtStep()) {
                        return null;
                    }
                    return new int[] {idx, idx + 1};
                }
                case LAST_HALF -> {
                    double mid = steps[0] + (steps[n - 1] - steps[0]) / 2.0;
                    int from = 0;
                    while (from < n - 1 && steps[from] < mid) {
                        from++;
                    }
                    return new int[] {from, n};
                }
                case WHOLE_RUN -> {
                    return new int[] {0, n};
                }
                default -> {
                    return new int[] {n - 1, n};
                }
            }
        }

        private String windowText() {
            Window w = p.getWindow() == null ? Window.END : p.getWindow();
            return switch (w) {
                case END -> "at the end";
                case AT_STEP -> "at step " + p.getAtStep();
                case LAST_HALF -> "mean over the last half";
                case WHOLE_RUN -> "mean over the whole run";
            };
        }

        /** A run's window value of the metric, or NaN (the reason added to {@code problems}). */
        private double windowValue(Run run, MetricSeries s, List<String> problems) {
            if (s.isEmpty()) {
                problems.add(run.getId() + " has no " + p.getMetric());
                return Double.NaN;
            }
            int[] w = window(s.steps());
            if (w == null) {
                problems.add(run.getId() + " ends at step " + s.steps()[s.size() - 1] + " before step "
                        + p.getAtStep());
                return Double.NaN;
            }
            return mean(s.values(), w[0], w[1]);
        }

        // ---------------------------------------------------------------- kinds

        private PredictionOutcome interval(Group g, boolean ratio) throws IOException {
            double lo = p.getLower();
            double hi = p.getUpper();
            List<String> problems = new ArrayList<>();
            List<String> outside = new ArrayList<>();
            List<Double> judged = new ArrayList<>();
            double windowMin = Double.POSITIVE_INFINITY;
            double windowMax = Double.NEGATIVE_INFINITY;
            List<Double> theories = new ArrayList<>();
            for (Run run : g.finished) {
                MetricSeries s = read(run);
                double[] ys = s.values();
                if (ratio && !s.isEmpty()) {
                    double theory;
                    try {
                        theory = TheoryExpression.evaluate(p.getTheory(), Runs.hyperparameters(run));
                    } catch (IllegalArgumentException e) {
                        return inconclusive(e.getMessage(), "a theory the runs' hyperparameters determine");
                    }
                    if (!Double.isFinite(theory) || theory == 0) {
                        return inconclusive("theory " + p.getTheory() + " = " + num(theory) + " for " + run.getId(),
                                "a finite, non-zero theory value");
                    }
                    theories.add(theory);
                    ys = ys.clone();
                    for (int i = 0; i < ys.length; i++) {
                        ys[i] /= theory;
                    }
                }
                MetricSeries use = s;
                double value;
                if (s.isEmpty()) {
                    problems.add(run.getId() + " has no " + p.getMetric());
                    continue;
                }
                int[] w = window(use.steps());
                if (w == null) {
                    problems.add(run.getId() + " ends at step " + s.steps()[s.size() - 1] + " before step "
                            + p.getAtStep());
                    continue;
                }
                value = mean(ys, w[0], w[1]);
                for (int i = w[0]; i < w[1]; i++) {
                    windowMin = Math.min(windowMin, ys[i]);
                    windowMax = Math.max(windowMax, ys[i]);
                }
                runIds.add(run.getId());
                judged.add(value);
                if (!(value >= lo && value <= hi)) {
                    outside.add(run.getId() + " " + num(value));
                }
                observed.add(chartSeries(run.getId(), s.steps(), ys, null));
            }
            if (judged.isEmpty()) {
                return inconclusive(String.join("; ", problems), "the metric " + p.getMetric() + " in the runs");
            }
            if (!problems.isEmpty()) {
                notes.add("not judged: " + String.join(", ", problems));
            }
            double mean = judged.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double min = judged.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            double max = judged.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            String quantity = ratio ? p.getMetric() + "/(" + p.getTheory() + ")" : p.getMetric();
            String key = ratio ? "ratio" : "value";
            values.put(key + "_mean", mean);
            if (judged.size() > 1) {
                values.put(key + "_min_run", min);
                values.put(key + "_max_run", max);
            }
            if (p.getWindow() == Window.LAST_HALF || p.getWindow() == Window.WHOLE_RUN) {
                values.put(key + "_window_min", windowMin);
                values.put(key + "_window_max", windowMax);
            }
            if (ratio && !theories.isEmpty()) {
                values.put("theory", theories.get(0));
            }
            values.put("runs", (double) judged.size());
            StringBuilder e = new StringBuilder(quantity).append(' ').append(windowText()).append(": ");
            if (judged.size() == 1) {
                e.append(num(mean));
            } else {
                e.append("mean ").append(num(mean)).append(" over ").append(judged.size()).append(" runs (min ")
                        .append(num(min)).append(", max ").append(num(max)).append(')');
            }
            if (ratio && !theories.isEmpty()) {
                e.append(", theory ").append(p.getTheory()).append(" = ").append(num(theories.get(0)));
            }
            if (outside.isEmpty()) {
                e.append(judged.size() == 1 ? " lies in " : "; every run lies in ").append(bounds(lo, hi));
                return outcome(Verdict.SUPPORTED, e.toString(), null);
            }
            e.append("; outside ").append(bounds(lo, hi)).append(": ").append(String.join(", ", outside));
            return outcome(Verdict.REFUTED, e.toString(), null);
        }

        private PredictionOutcome powerLaw(Group g) throws IOException {
            String against = p.getAgainst() == null || p.getAgainst().isBlank() ? "step" : p.getAgainst().trim();
            double[] x;
            double[] y;
            String xName;
            List<String> problems = new ArrayList<>();
            if (against.equals("step")) {
                xName = "step";
                TreeMap<Long, double[]> sum = new TreeMap<>();
                int used = 0;
                for (Run run : g.finished) {
                    MetricSeries s = read(run);
                    if (s.isEmpty()) {
                        problems.add(run.getId() + " has no " + p.getMetric());
                        continue;
                    }
                    int from = 0;
                    int to = s.size();
                    if (p.getWindow() == Window.LAST_HALF) {
                        from = window(s.steps())[0];
                    } else if (p.getWindow() == Window.AT_STEP) {
                        while (to > 0 && s.steps()[to - 1] > p.getAtStep()) {
                            to--;
                        }
                    }
                    used++;
                    runIds.add(run.getId());
                    for (int i = from; i < to; i++) {
                        if (s.steps()[i] > 0 && Double.isFinite(s.values()[i])) {
                            double[] acc = sum.computeIfAbsent(s.steps()[i], k -> new double[2]);
                            acc[0] += s.values()[i];
                            acc[1]++;
                        }
                    }
                }
                final int runs = used;
                List<double[]> points = new ArrayList<>();
                sum.forEach((step, acc) -> {
                    if (acc[1] == runs) {
                        points.add(new double[] {step, acc[0] / acc[1]});
                    }
                });
                double[][] thin = thinLog(points, MAX_FIT_POINTS);
                x = thin[0];
                y = thin[1];
                if (runs > 1) {
                    notes.add("mean of " + runs + " runs at equal steps");
                }
            } else {
                xName = against;
                List<double[]> points = new ArrayList<>();
                for (Run run : g.finished) {
                    double xv = Runs.number(lookup(Runs.hyperparameters(run), against));
                    if (!(xv > 0)) {
                        problems.add(run.getId() + " has no positive " + against);
                        continue;
                    }
                    double yv = windowValue(run, read(run), problems);
                    if (Double.isNaN(yv)) {
                        continue;
                    }
                    runIds.add(run.getId());
                    points.add(new double[] {xv, yv});
                }
                points.sort((u, v) -> Double.compare(u[0], v[0]));
                x = points.stream().mapToDouble(v -> v[0]).toArray();
                y = points.stream().mapToDouble(v -> v[1]).toArray();
                long distinct = Arrays.stream(x).distinct().count();
                if (distinct < 3) {
                    return inconclusive("a power law against " + against + " needs at least 3 distinct values, has "
                            + distinct, "runs at more values of " + against);
                }
            }
            if (!problems.isEmpty()) {
                notes.add("not used: " + String.join(", ", problems));
            }
            if (x.length < PowerLawFit.MIN_POINTS) {
                return inconclusive("a power-law fit needs at least " + PowerLawFit.MIN_POINTS + " points, has "
                        + x.length, "more points of " + p.getMetric() + " against " + xName);
            }
            double confidence = p.getConfidence() > 0 && p.getConfidence() < 1 ? p.getConfidence() : 0.95;
            PowerLawFit.Result r = PowerLawFit.bootstrap(x, y, confidence, RESAMPLES, SEED);
            PowerLawFit.Fit f = r.fit();
            values.put("alpha", f.alpha());
            values.put("alpha_ci_low", r.alphaLow());
            values.put("alpha_ci_high", r.alphaHigh());
            values.put("a", f.a());
            values.put("c", f.c());
            values.put("r2", f.rSquared(y));
            values.put("points", (double) x.length);
            double[] predicted = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                predicted[i] = f.at(x[i]);
            }
            observed.add(new EvidenceSeries(p.getMetric() + " vs " + xName, x, y, predicted));
            String e = String.format(Locale.ROOT, "%s = %s*%s^(-%s) + %s fitted to %d points (R^2 %s): alpha %s, "
                    + "%d%% bootstrap CI [%s, %s]", p.getMetric(), num(f.a()), xName, num(f.alpha()), num(f.c()),
                    x.length, num(f.rSquared(y)), num(f.alpha()), Math.round(confidence * 100), num(r.alphaLow()),
                    num(r.alphaHigh()));
            if (f.alpha() <= PowerLawFit.ALPHA_MIN + 1e-3 || f.alpha() >= PowerLawFit.ALPHA_MAX - 1e-3) {
                return outcome(Verdict.INCONCLUSIVE, e + "; alpha at the edge of the searched range ["
                        + num(PowerLawFit.ALPHA_MIN) + ", " + num(PowerLawFit.ALPHA_MAX) + "]: no power law here",
                        "a window in which " + p.getMetric() + " follows a power law");
            }
            return judgeInterval(e, r.alphaLow(), r.alphaHigh(), "alpha");
        }

        /** The interval rule: CI inside the prediction supports, disjoint refutes, straddling is inconclusive. */
        private PredictionOutcome judgeInterval(String evidence, double ciLow, double ciHigh, String what) {
            double lo = p.getLower();
            double hi = p.getUpper();
            String predicted = "predicted " + what + " in " + bounds(lo, hi);
            if (ciLow >= lo && ciHigh <= hi) {
                return outcome(Verdict.SUPPORTED, evidence + " inside the " + predicted, null);
            }
            if (ciHigh < lo || ciLow > hi) {
                return outcome(Verdict.REFUTED, evidence + " disjoint from the " + predicted, null);
            }
            return outcome(Verdict.INCONCLUSIVE, evidence + " straddles a bound of the " + predicted,
                    "a narrower interval: more or longer runs");
        }

        private PredictionOutcome ordering(Group g) throws IOException {
            String against = p.getAgainst();
            if (against == null || against.isBlank()) {
                return inconclusive("an ordering names no hyperparameter (against)", "the hyperparameter to order by");
            }
            TreeMap<Double, double[]> groups = new TreeMap<>();
            Map<Double, EvidenceSeries> curves = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (Run run : g.finished) {
                double hv = Runs.number(lookup(Runs.hyperparameters(run), against));
                if (Double.isNaN(hv)) {
                    problems.add(run.getId() + " has no numeric " + against);
                    continue;
                }
                MetricSeries s = read(run);
                double v = windowValue(run, s, problems);
                if (Double.isNaN(v)) {
                    continue;
                }
                runIds.add(run.getId());
                double[] acc = groups.computeIfAbsent(hv, k -> new double[2]);
                acc[0] += v;
                acc[1]++;
                curves.putIfAbsent(hv, chartSeries(Runs.shortName(against) + "=" + num(hv), s.steps(), s.values(),
                        null));
            }
            if (!problems.isEmpty()) {
                notes.add("not used: " + String.join(", ", problems));
            }
            if (groups.size() < 2) {
                return inconclusive("an ordering needs runs at two or more values of " + against + ", has "
                        + groups.size(), "runs at more values of " + against);
            }
            boolean increasing = p.getDirection() != OrderDirection.DECREASING;
            List<String> parts = new ArrayList<>();
            List<String> broken = new ArrayList<>();
            Double prevKey = null;
            double prev = Double.NaN;
            for (Map.Entry<Double, double[]> e : groups.entrySet()) {
                double mean = e.getValue()[0] / e.getValue()[1];
                values.put(p.getMetric() + "[" + Runs.shortName(against) + "=" + num(e.getKey()) + "]", mean);
                parts.add(Runs.shortName(against) + "=" + num(e.getKey()) + ": " + num(mean));
                if (prevKey != null && (increasing ? !(mean > prev) : !(mean < prev))) {
                    broken.add(num(prevKey) + " -> " + num(e.getKey()));
                }
                prevKey = e.getKey();
                prev = mean;
            }
            observed.addAll(curves.values());
            String e = p.getMetric() + " " + windowText() + " by " + against + ": " + String.join(", ", parts)
                    + " (predicted " + (increasing ? "increasing" : "decreasing") + ")";
            if (broken.isEmpty()) {
                return outcome(Verdict.SUPPORTED, e + "; in order", null);
            }
            return outcome(Verdict.REFUTED, e + "; out of order at " + String.join(", ", broken), null);
        }

        private PredictionOutcome comparison(Group a, Group b) throws IOException {
            if (a.finished.isEmpty()) {
                return waiting(a);
            }
            if (b.finished.isEmpty()) {
                return waiting(b);
            }
            List<String> problems = new ArrayList<>();
            double[] va = groupValues(a, "A", problems);
            double[] vb = groupValues(b, "B", problems);
            if (!problems.isEmpty()) {
                notes.add("not used: " + String.join(", ", problems));
            }
            if (va.length == 0 || vb.length == 0) {
                return inconclusive("a group has no value of " + p.getMetric(), "the metric in both groups");
            }
            double diff = mean(va, 0, va.length) - mean(vb, 0, vb.length);
            double lo = diff;
            double hi = diff;
            double confidence = p.getConfidence() > 0 && p.getConfidence() < 1 ? p.getConfidence() : 0.95;
            if (va.length >= 2 && vb.length >= 2) {
                SplittableRandom random = new SplittableRandom(SEED);
                double[] diffs = new double[RESAMPLES];
                for (int r = 0; r < RESAMPLES; r++) {
                    diffs[r] = resampleMean(va, random) - resampleMean(vb, random);
                }
                Arrays.sort(diffs);
                double tail = (1 - confidence) / 2;
                lo = diffs[(int) Math.floor(tail * (RESAMPLES - 1))];
                hi = diffs[(int) Math.ceil((1 - tail) * (RESAMPLES - 1))];
            } else {
                notes.add("fewer than 2 runs in a group: the interval is the point difference");
            }
            values.put("mean_a", mean(va, 0, va.length));
            values.put("mean_b", mean(vb, 0, vb.length));
            values.put("difference", diff);
            values.put("difference_ci_low", lo);
            values.put("difference_ci_high", hi);
            values.put("runs_a", (double) va.length);
            values.put("runs_b", (double) vb.length);
            String e = String.format(Locale.ROOT, "%s %s: A (%d runs) %s minus B (%d runs) %s = %s, %d%% CI [%s, %s]",
                    p.getMetric(), windowText(), va.length, num(mean(va, 0, va.length)), vb.length,
                    num(mean(vb, 0, vb.length)), num(diff), Math.round(confidence * 100), num(lo), num(hi));
            return judgeInterval(e, lo, hi, "A - B");
        }

        private double[] groupValues(Group g, String label, List<String> problems) throws IOException {
            List<Double> vs = new ArrayList<>();
            for (Run run : g.finished) {
                MetricSeries s = read(run);
                double v = windowValue(run, s, problems);
                if (Double.isNaN(v)) {
                    continue;
                }
                runIds.add(run.getId());
                vs.add(v);
                observed.add(chartSeries(label + ": " + run.getId(), s.steps(), s.values(), null));
            }
            return vs.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    // -------------------------------------------------------------------- numbers

    private static double resampleMean(double[] v, SplittableRandom random) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[random.nextInt(v.length)];
        }
        return s / v.length;
    }

    private static double mean(double[] v, int from, int to) {
        double s = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (Double.isFinite(v[i])) {
                s += v[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /**
     * A chart line of at most {@value #MAX_CHART_POINTS} finite points, chosen by largest-triangle-three-buckets so
     * spikes, the minimum and the maximum stay visible ({@link Downsampling#lttb}).
     */
    static EvidenceSeries chartSeries(String label, long[] steps, double[] ys, double[] predicted) {
        double[] x = new double[steps.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = steps[i];
        }
        int[] finite = Downsampling.finiteIndices(x, ys, false);
        double[] fx = Downsampling.pick(x, finite);
        double[] fy = Downsampling.pick(ys, finite);
        int[] kept = fx.length > MAX_CHART_POINTS ? Downsampling.lttb(fx, fy, MAX_CHART_POINTS)
                : Downsampling.finiteIndices(fx, fy, false);
        int[] indices = Downsampling.compose(finite, kept);
        return new EvidenceSeries(label, Downsampling.pick(x, indices), Downsampling.pick(ys, indices),
                predicted == null ? null : Downsampling.pick(predicted, indices));
    }

    /** At most {@code max} points, log-spaced in x (x sorted, positive), as {x[], y[]}. */
    static double[][] thinLog(List<double[]> points, int max) {
        if (points.size() <= max) {
            return new double[][] {points.stream().mapToDouble(v -> v[0]).toArray(),
                    points.stream().mapToDouble(v -> v[1]).toArray()};
        }
        double lo = Math.log(points.get(0)[0]);
        double hi = Math.log(points.get(points.size() - 1)[0]);
        List<double[]> kept = new ArrayList<>();
        int i = 0;
        for (int k = 0; k < max; k++) {
            double target = lo + (hi - lo) * k / (max - 1);
            while (i < points.size() - 1 && Math.log(points.get(i)[0]) < target) {
                i++;
            }
            if (kept.isEmpty() || kept.get(kept.size() - 1) != points.get(i)) {
                kept.add(points.get(i));
            }
        }
        return new double[][] {kept.stream().mapToDouble(v -> v[0]).toArray(),
                kept.stream().mapToDouble(v -> v[1]).toArray()};
    }
}
