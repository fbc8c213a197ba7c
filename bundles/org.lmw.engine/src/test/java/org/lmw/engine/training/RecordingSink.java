// A MetricSink that keeps everything in memory, for tests.
package org.lmw.engine.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Records every value and evaluation in order.
 */
final class RecordingSink implements MetricSink {

    record Point(long step, String name, double value) {
    }

    final List<Point> points = new ArrayList<>();
    final List<Evaluation> evaluations = new ArrayList<>();

    @Override
    public void record(long step, String name, double value) {
        points.add(new Point(step, name, value));
    }

    @Override
    public void evaluated(Evaluation evaluation) {
        evaluations.add(evaluation);
    }

    List<Double> series(String name) {
        List<Double> out = new ArrayList<>();
        for (Point p : points) {
            if (p.name().equals(name)) {
                out.add(p.value());
            }
        }
        return out;
    }

    List<Point> from(long step) {
        List<Point> out = new ArrayList<>();
        for (Point p : points) {
            if (p.step() >= step) {
                out.add(p);
            }
        }
        return out;
    }
}
