// Writes what a chart shows as CSV at full resolution: stored values exactly, smoothed values and seed std beside them.
package org.lmw.core.series;

import java.io.IOException;
import java.util.List;

/**
 * CSV of the shown series in long format, one row per point.
 *
 * <pre>
 * series,metric,runs,step,wall_time_ns,x,value,smoothed,std,n
 * lr=0.1,loss,ts-20261122-1,0,1795432000000000000,0,2.302585092994046,2.302585092994046,,1
 * </pre>
 *
 * <p>Values are the stored ones, not the downsampled drawing, written with {@link Double#toString(double)} so that
 * parsing a cell gives back the identical double. For a seed group {@code value} is the mean, {@code std} the sample
 * standard deviation, {@code runs} the run ids joined by {@code ;} and {@code wall_time_ns} the first run's.
 * {@code smoothed} is empty without smoothing. Text cells are quoted when they hold a comma, quote or line break.
 */
public final class CsvExport {
    /** The header row. */
    public static final String HEADER = "series,metric,runs,step,wall_time_ns,x,value,smoothed,std,n";

    private CsvExport() {
    }

    /** Writes the header and a row per point of every series. */
    public static void write(List<ShownSeries> series, Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        for (ShownSeries s : series) {
            String label = cell(s.label());
            String metric = cell(s.metric());
            String runs = cell(String.join(";", s.runIds()));
            String n = Integer.toString(s.runIds().size());
            for (int i = 0; i < s.size(); i++) {
                out.append(label).append(',').append(metric).append(',').append(runs).append(',')
                        .append(Long.toString(s.steps()[i])).append(',')
                        .append(Long.toString(s.wallTimesNanos()[i])).append(',')
                        .append(Double.toString(s.x()[i])).append(',')
                        .append(Double.toString(s.values()[i])).append(',')
                        .append(s.smoothed() == null ? "" : Double.toString(s.smoothed()[i])).append(',')
                        .append(s.std() == null ? "" : Double.toString(s.std()[i])).append(',')
                        .append(n).append('\n');
            }
        }
    }

    /** The CSV as a string. */
    public static String toString(List<ShownSeries> series) {
        StringBuilder b = new StringBuilder();
        try {
            write(series, b);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.toString();
    }

    /** Quotes a text cell when it needs it (RFC 4180). */
    static String cell(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
