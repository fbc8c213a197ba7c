// What a run's instruments cost beside its training time, and where they failed, from the last points of their series.
package org.lmw.core.series;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lmw.core.runstore.MetricSummary;
import org.lmw.model.Run;

/**
 * The overhead accounting of one run, read from the series the engine's instrument runner records:
 * {@value #TRAINING_TIME} (cumulative seconds in updates), {@value #INSTRUMENT_TIME}{@code <id>} (cumulative seconds of
 * an instrument), {@value #INSTRUMENT_EVERY}{@code <id>} (its effective interval once a budget thinned it) and
 * {@value #INSTRUMENT_FAILURE}{@code <id>} (1 at each step where it failed while training went on).
 *
 * @param trainingSeconds the last {@value #TRAINING_TIME}, NaN when not recorded
 * @param instruments per instrument id, in name order
 */
public record InstrumentOverhead(double trainingSeconds, Map<String, Instrument> instruments) {
    /** Cumulative seconds spent in updates. */
    public static final String TRAINING_TIME = "time/training";
    /** Prefix of an instrument's cumulative seconds. */
    public static final String INSTRUMENT_TIME = "time/instrument/";
    /** Prefix of an instrument's effective interval after budget thinning. */
    public static final String INSTRUMENT_EVERY = "instrument_every/";
    /** Prefix of an instrument's failures (1 at a failed step). */
    public static final String INSTRUMENT_FAILURE = "instrument_failure/";

    /** A run that records no instrument series. */
    public static final InstrumentOverhead NONE = new InstrumentOverhead(Double.NaN, Map.of());

    /**
     * One instrument's account.
     *
     * @param id the instrument id
     * @param seconds cumulative seconds, NaN when not recorded
     * @param every the effective interval in steps after thinning, -1 when never thinned
     * @param failures how many steps it failed at
     * @param lastFailureStep the step of the last failure, -1 when none
     */
    public record Instrument(String id, double seconds, long every, long failures, long lastFailureStep) {
    }

    /** Copies the map. */
    public InstrumentOverhead {
        instruments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(instruments));
    }

    /**
     * Reads a run's account through the provider's cached reader (metric names and block summaries only, no points).
     */
    public static InstrumentOverhead read(ChartDataProvider provider, Run run) throws IOException {
        List<String> metrics = provider.metrics(List.of(run));
        double training = Double.NaN;
        Map<String, double[]> acc = new java.util.TreeMap<>(InstrumentCharts.NATURAL);
        for (String m : metrics) {
            if (m.equals(TRAINING_TIME)) {
                training = provider.summary(run.getId(), m).finalValue();
            } else if (m.startsWith(INSTRUMENT_TIME)) {
                entry(acc, m.substring(INSTRUMENT_TIME.length()))[0] = provider.summary(run.getId(), m).finalValue();
            } else if (m.startsWith(INSTRUMENT_EVERY)) {
                entry(acc, m.substring(INSTRUMENT_EVERY.length()))[1] = provider.summary(run.getId(), m).finalValue();
            } else if (m.startsWith(INSTRUMENT_FAILURE)) {
                MetricSummary s = provider.summary(run.getId(), m);
                double[] e = entry(acc, m.substring(INSTRUMENT_FAILURE.length()));
                e[2] = s.count();
                e[3] = s.lastStep();
            }
        }
        if (acc.isEmpty() && Double.isNaN(training)) {
            return NONE;
        }
        Map<String, Instrument> out = new LinkedHashMap<>();
        acc.forEach((id, e) -> out.put(id, new Instrument(id, e[0], Double.isNaN(e[1]) ? -1 : Math.round(e[1]),
                (long) e[2], (long) e[3])));
        return new InstrumentOverhead(training, out);
    }

    /** The accounts of runs by id; a run whose metrics cannot be read gets {@link #NONE}. */
    public static Map<String, InstrumentOverhead> of(List<Run> runs, ChartDataProvider provider) {
        Map<String, InstrumentOverhead> out = new LinkedHashMap<>();
        for (Run run : runs) {
            try {
                out.put(run.getId(), read(provider, run));
            } catch (IOException e) {
                out.put(run.getId(), NONE);
            }
        }
        return out;
    }

    private static double[] entry(Map<String, double[]> acc, String id) {
        return acc.computeIfAbsent(id, k -> new double[] { Double.NaN, Double.NaN, 0, -1 });
    }

    /** Whether the run recorded no instrument series. */
    public boolean isEmpty() {
        return instruments.isEmpty() && Double.isNaN(trainingSeconds);
    }

    /** The seconds of all instruments together (recorded ones only); 0 when none. */
    public double instrumentSeconds() {
        double sum = 0;
        for (Instrument i : instruments.values()) {
            if (!Double.isNaN(i.seconds())) {
                sum += i.seconds();
            }
        }
        return sum;
    }

    /** Instrument seconds as a fraction of training seconds; NaN when training time is unknown or zero. */
    public double fraction() {
        return trainingSeconds > 0 ? instrumentSeconds() / trainingSeconds : Double.NaN;
    }

    /** How many failures all instruments had. */
    public long failures() {
        return instruments.values().stream().mapToLong(Instrument::failures).sum();
    }

    /** The step of the last failure of any instrument, -1 when none. */
    public long lastFailureStep() {
        return instruments.values().stream().mapToLong(Instrument::lastFailureStep).max().orElse(-1);
    }

    /**
     * The runs table's cell: {@code 12.4 s (8.3 % of training 150 s)}, preceded by
     * {@code ⚠ 2 failures (last at step 300) · } when an instrument failed; empty for a run without instruments.
     */
    public String cell() {
        if (isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        long failures = failures();
        if (failures > 0) {
            // First, so that a narrow table still shows that an instrument failed while the run went on.
            b.append("\u26a0 ").append(failures).append(failures == 1 ? " failure" : " failures")
                    .append(" (last at step ").append(lastFailureStep()).append(") \u00b7 ");
        }
        if (instruments.isEmpty()) {
            b.append("none (training ").append(seconds(trainingSeconds)).append(')');
        } else {
            b.append(seconds(instrumentSeconds()));
            if (!Double.isNaN(trainingSeconds)) {
                b.append(" (").append(percent(fraction())).append(" of training ").append(seconds(trainingSeconds))
                        .append(')');
            }
        }
        return b.toString();
    }

    /** A line per instrument for the cell's tooltip: seconds, share of training, thinning and failures. */
    public String details() {
        if (isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add("training (updates): " + seconds(trainingSeconds));
        for (Instrument i : instruments.values()) {
            StringBuilder b = new StringBuilder(i.id()).append(": ").append(seconds(i.seconds()));
            if (trainingSeconds > 0 && !Double.isNaN(i.seconds())) {
                b.append(" (").append(percent(i.seconds() / trainingSeconds)).append(')');
            }
            if (i.every() > 0) {
                b.append(", thinned by its budget to every ").append(i.every()).append(" steps");
            }
            if (i.failures() > 0) {
                b.append(", failed ").append(i.failures()).append(i.failures() == 1 ? " time" : " times")
                        .append(" (last at step ").append(i.lastFailureStep()).append(')');
            }
            lines.add(b.toString());
        }
        return String.join("\n", lines);
    }

    /** Seconds for people: {@code 0.42 s}, {@code 12.4 s}, {@code 150 s}, then minutes and hours. */
    public static String seconds(double s) {
        if (Double.isNaN(s)) {
            return "?";
        }
        if (s < 1) {
            return String.format(Locale.ROOT, "%.2f s", s);
        }
        if (s < 100) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        if (s < 600) {
            return String.format(Locale.ROOT, "%.0f s", s);
        }
        return Format.duration(s);
    }

    /** A fraction as a percentage: {@code 8.3 %}, {@code 25 %}. */
    public static String percent(double f) {
        if (Double.isNaN(f)) {
            return "?";
        }
        double p = 100 * f;
        return p < 10 ? String.format(Locale.ROOT, "%.1f %%", p) : String.format(Locale.ROOT, "%.0f %%", p);
    }
}
