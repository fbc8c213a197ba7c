// Expands an experiment's sweep (grid or list of axes) into the points the engine turns into runs.
package org.lmw.model.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lmw.model.Experiment;
import org.lmw.model.Sweep;
import org.lmw.model.SweepAxis;
import org.lmw.model.SweepMode;

/**
 * Expands a {@link Sweep} into its points: in {@link SweepMode#GRID} mode every combination of the axes'
 * values, the first axis varying slowest; in {@link SweepMode#LIST} mode the i-th values of all axes together.
 *
 * <p>An experiment without a sweep, or with a sweep without axes, has exactly one point with no values. Values
 * stay text, as the user wrote them; {@link #resolve(Experiment, SweepPoint)} parses them into a concrete
 * experiment and the run records them as its resolved hyperparameters.
 */
public final class SweepExpander {

    /** The most runs one sweep may expand to; beyond it a typo (a 1000-value axis) would flood the queue. */
    public static final int MAX_RUNS = 100_000;

    /**
     * One point of a sweep.
     *
     * @param index the 0-based position of the point in the sweep, stored as the run's sweep index
     * @param values path to value text, in axis order
     */
    public record SweepPoint(int index, Map<String, String> values) {

        /** Copies the values so a point never changes after expansion. */
        public SweepPoint {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private SweepExpander() {
    }

    /**
     * Returns how many runs a sweep expands to, without expanding it: 1 without sweep or axes, the product of
     * the axis lengths for a grid, the common axis length for a list.
     *
     * @throws IllegalArgumentException when a list sweep's axes differ in length
     */
    public static long size(Sweep sweep) {
        if (sweep == null || sweep.getAxes().isEmpty()) {
            return 1;
        }
        if (sweep.getMode() == SweepMode.LIST) {
            checkListLengths(sweep);
            return sweep.getAxes().get(0).getValues().size();
        }
        long product = 1;
        for (SweepAxis axis : sweep.getAxes()) {
            product *= axis.getValues().size();
            if (product > Integer.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
        }
        return product;
    }

    /** Expands the experiment's sweep; see {@link #expand(Sweep)}. */
    public static List<SweepPoint> expand(Experiment experiment) {
        return expand(experiment.getSweep());
    }

    /**
     * Expands a sweep into its points.
     *
     * @throws IllegalArgumentException with a user message when an axis is empty or repeated, a list sweep's
     *         axes differ in length, or the sweep has more than {@link #MAX_RUNS} points
     */
    public static List<SweepPoint> expand(Sweep sweep) {
        if (sweep == null || sweep.getAxes().isEmpty()) {
            return List.of(new SweepPoint(0, Map.of()));
        }
        Set<String> seen = new HashSet<>();
        for (SweepAxis axis : sweep.getAxes()) {
            String path = path(axis);
            if (!seen.add(path)) {
                throw new IllegalArgumentException(String.format(Messages.EXPAND_DUPLICATE_AXIS, path));
            }
            if (axis.getValues().isEmpty()) {
                throw new IllegalArgumentException(String.format(Messages.EXPAND_EMPTY_AXIS, path));
            }
        }
        long size = size(sweep);
        if (size > MAX_RUNS) {
            throw new IllegalArgumentException(String.format(Messages.SWEEP_TOO_LARGE, size, MAX_RUNS));
        }
        List<SweepAxis> axes = sweep.getAxes();
        List<SweepPoint> points = new ArrayList<>((int) size);
        for (int index = 0; index < size; index++) {
            Map<String, String> values = new LinkedHashMap<>();
            if (sweep.getMode() == SweepMode.LIST) {
                for (SweepAxis axis : axes) {
                    values.put(path(axis), axis.getValues().get(index));
                }
            } else {
                // Mixed-radix digits of the index, last axis fastest, so the first axis varies slowest.
                int rest = index;
                String[] picked = new String[axes.size()];
                for (int a = axes.size() - 1; a >= 0; a--) {
                    List<String> axisValues = axes.get(a).getValues();
                    picked[a] = axisValues.get(rest % axisValues.size());
                    rest /= axisValues.size();
                }
                for (int a = 0; a < axes.size(); a++) {
                    values.put(path(axes.get(a)), picked[a]);
                }
            }
            points.add(new SweepPoint(index, values));
        }
        return Collections.unmodifiableList(points);
    }

    /**
     * Returns the concrete experiment of one point: a copy of {@code experiment} with the point's values set
     * and no sweep.
     *
     * @throws IllegalArgumentException naming the path when a path is unknown or a value does not parse
     */
    public static Experiment resolve(Experiment experiment, SweepPoint point) {
        return HyperparameterPaths.resolve(experiment, point.values());
    }

    private static void checkListLengths(Sweep sweep) {
        SweepAxis first = sweep.getAxes().get(0);
        for (SweepAxis axis : sweep.getAxes()) {
            if (axis.getValues().size() != first.getValues().size()) {
                throw new IllegalArgumentException(String.format(Messages.SWEEP_LIST_LENGTHS, path(first),
                        first.getValues().size(), path(axis), axis.getValues().size()));
            }
        }
    }

    private static String path(SweepAxis axis) {
        return axis.getParameter() == null ? "" : axis.getParameter().strip();
    }
}
