// Plain-language lines for predictions and queries: what exactly a prediction claims, which runs a query selects.
package org.lmw.ui.notebook.internal;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.lmw.core.series.Format;
import org.lmw.model.Aggregation;
import org.lmw.model.Parameter;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionKind;
import org.lmw.model.RunQuery;
import org.lmw.model.Window;
import org.lmw.ui.notebook.Messages;

/** Formats predictions, queries, times and hashes for the cells. */
public final class Specs {
    private Specs() {
    }

    /** The runs a query selects, in words: "experiment ts · tags a, b · optimizer.learningRate=0.1". */
    public static String query(RunQuery q) {
        if (q == null) {
            return Messages.queryAll;
        }
        List<String> parts = new ArrayList<>();
        if (q.getExperiment() != null && !q.getExperiment().isBlank()) {
            parts.add(Messages.bind(Messages.queryExperiment, q.getExperiment()));
        }
        if (!q.getTags().isEmpty()) {
            parts.add(Messages.bind(Messages.queryTags, String.join(", ", q.getTags())));
        }
        for (Parameter p : q.getSweepValues()) {
            parts.add(p.getKey() + "=" + p.getValue());
        }
        return parts.isEmpty() ? Messages.queryAll : String.join(" \u00b7 ", parts);
    }

    /** The window in words. */
    public static String window(Prediction p) {
        Window w = p.getWindow() == null ? Window.END : p.getWindow();
        return switch (w) {
            case AT_STEP -> Messages.bind(Messages.windowAtStep, Long.toString(p.getAtStep()));
            case LAST_HALF -> Messages.windowLastHalf;
            case WHOLE_RUN -> Messages.windowWholeRun;
            default -> Messages.windowEnd;
        };
    }

    /** The interval [lower, upper] with ∞ for open ends, or a one-sided bound. */
    public static String interval(double lower, double upper) {
        boolean lo = Double.isFinite(lower);
        boolean hi = Double.isFinite(upper);
        if (lo && hi) {
            return "\u2208 [" + Format.value(lower) + ", " + Format.value(upper) + "]";
        }
        if (lo) {
            return "\u2265 " + Format.value(lower);
        }
        if (hi) {
            return "\u2264 " + Format.value(upper);
        }
        return "unbounded";
    }

    /** What the prediction claims, precisely: "final test_accuracy ≥ 0.88 · threshold · runs: experiment ts". */
    public static String claim(Prediction p) {
        String metric = p.getMetric() == null || p.getMetric().isBlank() ? "?" : p.getMetric();
        PredictionKind kind = p.getKind() == null ? PredictionKind.THRESHOLD : p.getKind();
        String bounds = interval(p.getLower(), p.getUpper());
        String claim = switch (kind) {
            case RATIO -> metric + " / (" + nonEmpty(p.getTheory(), "theory") + ") " + window(p) + " " + bounds;
            case POWER_LAW -> metric + " \u2248 a\u00b7x^(\u2212\u03b1) + c over x = " + nonEmpty(p.getAgainst(), "step")
                    + ", \u03b1 " + bounds + " (" + Format.value(p.getConfidence() * 100) + " % CI)";
            case ORDERING -> metric + " " + window(p) + " "
                    + (p.getDirection() == null ? "increasing" : p.getDirection().getLiteral()) + " in "
                    + nonEmpty(p.getAgainst(), "?");
            case COMPARISON -> "mean " + metric + " " + window(p) + ": A \u2212 B " + bounds + ", B = "
                    + query(p.getComparisonQuery());
            default -> metric + " " + window(p) + " " + bounds;
        };
        return claim + "   \u00b7   " + kind.getLiteral() + "   \u00b7   runs: " + query(p.getQuery());
    }

    /** The aggregation in words. */
    public static String aggregation(Aggregation a) {
        if (a == null) {
            return Messages.aggregationNone;
        }
        return switch (a) {
            case MEAN_STD -> Messages.aggregationMeanStd;
            case MIN_MAX -> Messages.aggregationMinMax;
            default -> Messages.aggregationNone;
        };
    }

    /** A time as "2026-11-22 18:30 UTC". */
    public static String time(Date date) {
        if (date == null) {
            return "";
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f.format(date);
    }

    /** A hash shortened for a badge: "sha256:1a2b3c4d". */
    public static String shortHash(String hash) {
        if (hash == null) {
            return "";
        }
        int colon = hash.indexOf(':');
        String hex = colon >= 0 ? hash.substring(colon + 1) : hash;
        return "#" + (hex.length() > 10 ? hex.substring(0, 10) : hex);
    }

    private static String nonEmpty(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
