// Charts of instrument series: metric families (one line per layer or eigenvalue) and the 2/η overlay on sharpness.
package org.lmw.core.series;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.lmw.model.Run;

/**
 * What the metric charts add for instruments, on top of {@link ChartDataProvider}: call it from the same background
 * thread.
 *
 * <h2>Families</h2>
 * Instruments write per-layer or per-index series named {@code family/member}: {@code effective_rank/fc1},
 * {@code hessian_eig/1}, {@code weight_norm/fc2}. The metric chooser offers every such family with at least two members
 * as {@code family/*} (just before its members), and a chart of {@code family/*} draws one line per member and run.
 * The family is the name up to its last slash, so {@code time/instrument/*} gathers the instruments' clocks; members
 * sort naturally ({@code hessian_eig/2} before {@code hessian_eig/10}).
 *
 * <h2>Edge of stability</h2>
 * A chart of {@code sharpness} or {@code hessian_eig/1} draws, for each run (or seed group), the stability threshold
 * {@code 2/η} (see {@link StabilityThreshold}) as a dashed line in the run's colour, a step function of the run's
 * {@code learning_rate} series, labelled "2/η (run label)".
 */
public final class InstrumentCharts {
    /** What ends a family's name in the metric chooser. */
    public static final String FAMILY_SUFFIX = "/*";
    private static final String THRESHOLD_KEY = "\u0000threshold";

    private static final Map<String, String> AXIS_TITLES = new LinkedHashMap<>();

    static {
        AXIS_TITLES.put("sharpness", "sharpness \u03bb\u2098\u2090\u2093 (top Hessian eigenvalue)");
        AXIS_TITLES.put("sharpness/residual", "eigen-residual \u2016Hv \u2212 \u03bbv\u2016");
        AXIS_TITLES.put("sharpness/iterations", "iterations to converge");
        AXIS_TITLES.put("hessian_eig", "Hessian eigenvalue");
        AXIS_TITLES.put("hessian_trace", "Hessian trace (Hutchinson)");
        AXIS_TITLES.put("grad_noise", "gradient noise");
        AXIS_TITLES.put("effective_rank", "effective rank of activations");
        AXIS_TITLES.put("nc1", "NC1 (within / between class)");
        AXIS_TITLES.put("weight_norm", "weight norm \u2016W\u2016");
        AXIS_TITLES.put("update_ratio", "\u2016\u0394W\u2016 / \u2016W\u2016");
        AXIS_TITLES.put("distance_from_init", "distance from initialisation");
        AXIS_TITLES.put("learning_rate", "learning rate \u03b7");
        AXIS_TITLES.put("time", "cumulative seconds");
        AXIS_TITLES.put("instrument_every", "effective interval (steps)");
    }

    private InstrumentCharts() {
    }

    /** Whether a chooser entry names a family ({@code effective_rank/*}). */
    public static boolean isFamily(String metric) {
        return metric != null && metric.endsWith(FAMILY_SUFFIX) && metric.length() > FAMILY_SUFFIX.length();
    }

    /** The family of a metric: the name up to its last slash; {@code null} for a name without one. */
    public static String familyOf(String metric) {
        int slash = metric.lastIndexOf('/');
        return slash <= 0 ? null : metric.substring(0, slash);
    }

    /** The member part of a family member's name: {@code fc1} for {@code effective_rank/fc1}. */
    public static String memberOf(String metric) {
        return metric.substring(metric.lastIndexOf('/') + 1);
    }

    /**
     * The metric chooser's entries: every recorded metric, and before the members of each family with two or more
     * members the family itself ({@code family/*}). Members keep their sorted position but sort naturally among
     * themselves.
     */
    public static List<String> chooserItems(List<String> metrics) {
        Map<String, Integer> sizes = new TreeMap<>();
        for (String m : metrics) {
            String family = familyOf(m);
            if (family != null) {
                sizes.merge(family, 1, Integer::sum);
            }
        }
        List<String> sorted = new ArrayList<>(metrics);
        sorted.sort(NATURAL);
        List<String> out = new ArrayList<>(sorted.size() + sizes.size());
        Set<String> added = new HashSet<>();
        for (String m : sorted) {
            String family = familyOf(m);
            if (family != null && sizes.get(family) >= 2 && added.add(family)) {
                out.add(family + FAMILY_SUFFIX);
            }
            out.add(m);
        }
        return out;
    }

    /** The recorded members of a family entry, naturally sorted. */
    public static List<String> members(String familyEntry, List<String> metrics) {
        String family = familyEntry.substring(0, familyEntry.length() - FAMILY_SUFFIX.length());
        List<String> out = new ArrayList<>();
        for (String m : metrics) {
            if (family.equals(familyOf(m))) {
                out.add(m);
            }
        }
        out.sort(NATURAL);
        return out;
    }

    /**
     * A y-axis title for instrument metrics ({@code sharpness λmax (top Hessian eigenvalue)}); {@code null} for
     * the ordinary metrics, whose chooser already names them.
     */
    public static String axisTitle(String metric) {
        if (metric == null) {
            return null;
        }
        String title = AXIS_TITLES.get(metric);
        if (title != null) {
            return title;
        }
        String name = isFamily(metric) ? metric.substring(0, metric.length() - FAMILY_SUFFIX.length()) : metric;
        int slash = name.indexOf('/');
        String head = slash < 0 ? name : name.substring(0, slash);
        title = AXIS_TITLES.get(name);
        return title != null ? title : AXIS_TITLES.get(head);
    }

    /**
     * The series a chart shows at full resolution, in legend order: the provider's series of the metric (or one per
     * member and run of a family), then the stability threshold of each run when the metric is the sharpness.
     */
    public static List<ShownSeries> shown(ChartDataProvider provider, ChartRequest request) throws IOException {
        List<ShownSeries> base = isFamily(request.metric()) ? family(provider, request) : provider.shown(request);
        List<ShownSeries> out = new ArrayList<>(base);
        out.addAll(thresholds(provider, request, base));
        return out;
    }

    /** The chart model: {@link #shown} downsampled to the request's point budget. */
    public static ChartModel fetch(ChartDataProvider provider, ChartRequest request) throws IOException {
        long before = provider.pointsRead();
        List<ShownSeries> shown = shown(provider, request);
        List<ChartModel.Line> lines = new ArrayList<>(shown.size());
        int budget = LineDrawing.pointsPerLine(request.maxPoints(), shown.size());
        for (ShownSeries s : shown) {
            lines.add(LineDrawing.draw(s, request.logY(), budget));
        }
        return new ChartModel(request.metric(), request.metric(), request.xAxis(), request.xAxis().label(), false,
                request.logY(), lines, provider.pointsRead() - before);
    }

    /**
     * The threshold lines of the sharpness series among {@code shown}: one per run or seed group, in its colour,
     * dashed; none for a run with an adaptive optimizer or without any learning rate.
     */
    public static List<ShownSeries> thresholds(ChartDataProvider provider, ChartRequest request,
            List<ShownSeries> shown) throws IOException {
        Map<String, Run> runs = new LinkedHashMap<>();
        for (Run run : request.runs()) {
            runs.put(run.getId(), run);
        }
        List<String> varying = Runs.varying(request.runs(), !request.aggregateSeeds());
        boolean severalExperiments = request.runs().stream().map(Run::getExperimentName).distinct().count() > 1;
        List<ShownSeries> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (ShownSeries s : shown) {
            if (s.test() || !StabilityThreshold.applies(s.metric()) || s.size() == 0
                    || !done.add(String.join(";", s.runIds()))) {
                continue;
            }
            Run run = runs.get(s.runIds().get(0));
            if (run == null) {
                continue;
            }
            double factor = StabilityThreshold.factor(run);
            if (Double.isNaN(factor)) {
                continue;
            }
            int last = s.size() - 1;
            Columns eta = provider.series(run.getId(), StabilityThreshold.LEARNING_RATE);
            Columns line = eta.size() > 0
                    ? StabilityThreshold.series(eta, factor, s.steps()[last], s.wallTimesNanos()[last])
                    : StabilityThreshold.constant(
                            Runs.number(Runs.hyperparameter(run, StabilityThreshold.LEARNING_RATE_PARAMETER)), factor,
                            s.steps()[0], s.wallTimesNanos()[0], s.steps()[last], s.wallTimesNanos()[last]);
            if (line.size() == 0) {
                continue;
            }
            long start = run.getStartedAt() != null ? run.getStartedAt().getTime() * 1_000_000L
                    : s.wallTimesNanos()[0];
            double[] x = request.xAxis().values(line.steps(), line.wallTimesNanos(), Runs.stepsPerEpoch(run), start);
            // The run's label as the provider gives it (a family line's label also names its member).
            String runLabel = s.runIds().size() > 1 ? Runs.groupLabel(run, varying, severalExperiments)
                    : Runs.label(run, varying, severalExperiments);
            String label = StabilityThreshold.symbol(factor) + " (" + runLabel + ")";
            // No statistics: the legend reads "2/η (label)", the cursor readout gives the value at a step.
            SeriesStats none = new SeriesStats(0, Double.NaN, -1, Double.NaN, -1, Double.NaN, -1);
            out.add(new ShownSeries(s.key() + THRESHOLD_KEY, label, s.runIds(), StabilityThreshold.symbol(factor),
                    true, s.color(), line.steps(), line.wallTimesNanos(), x, line.values(), null, null, none));
        }
        return out;
    }

    /** Whether a chart line is a stability threshold drawn by {@link #thresholds}. */
    public static boolean isThreshold(ChartModel.Line line) {
        return line.key().endsWith(THRESHOLD_KEY);
    }

    private static List<ShownSeries> family(ChartDataProvider provider, ChartRequest request) throws IOException {
        List<String> members = members(request.metric(), provider.metrics(request.runs()));
        // Per member the provider's lines (one per run or seed group); regrouped run by run below.
        Map<String, List<ShownSeries>> byGroup = new LinkedHashMap<>();
        Map<String, String> groupLabels = new LinkedHashMap<>();
        for (Run run : request.runs()) {
            byGroup.put(run.getId(), new ArrayList<>());
        }
        for (String member : members) {
            ChartRequest r = new ChartRequest(request.runs(), member, false, request.xAxis(), request.logY(),
                    request.smoothing(), request.aggregateSeeds(), request.maxPoints());
            for (ShownSeries s : provider.shown(r)) {
                String group = s.runIds().get(0);
                byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(s);
                groupLabels.put(group, s.label());
            }
        }
        boolean oneGroup = groupLabels.size() <= 1;
        List<ShownSeries> out = new ArrayList<>();
        int color = 0;
        for (List<ShownSeries> lines : byGroup.values()) {
            for (ShownSeries s : lines) {
                String member = memberOf(s.metric());
                String label = oneGroup ? member : member + " \u00b7 " + s.label();
                out.add(new ShownSeries(s.key(), label, s.runIds(), s.metric(), false, Palette.color(color++),
                        s.steps(), s.wallTimesNanos(), s.x(), s.values(), s.smoothed(), s.std(), s.stats()));
            }
        }
        return out;
    }

    /** Orders names with embedded numbers by value: {@code hessian_eig/2} before {@code hessian_eig/10}. */
    static final Comparator<String> NATURAL = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
}
