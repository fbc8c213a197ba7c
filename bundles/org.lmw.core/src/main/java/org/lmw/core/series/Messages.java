// User-visible strings of the series computations: axis titles, legend texts, sweep-chart titles.
package org.lmw.core.series;

import java.text.MessageFormat;

/** Messages of the chart computations. */
final class Messages {
    static final String axisStep = "step";
    static final String axisEpoch = "epoch";
    static final String axisWallTime = "wall time (s)";
    static final String legendSeeds = "(mean \u00b1 std of {0} seeds)";
    static final String legendStats = "last {0}  min {1}  max {2}";
    static final String testSuffix = "{0} (test)";
    static final String sweepFinal = "final {0}";
    static final String sweepBest = "best {0}";
    static final String sweepLine = "{0}={1}";
    static final String noRuns = "Select runs in the table to chart them";
    static final String noMetric = "The selected runs have not recorded {0} yet";

    private Messages() {
    }

    static String bind(String pattern, Object... arguments) {
        return MessageFormat.format(pattern, arguments);
    }
}
