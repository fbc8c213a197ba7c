// Checks weight-norms against norms computed in Java from the parameter values captured at every step.
package org.lmw.engine.instruments.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentDescriptor;
import org.lmw.engine.instruments.InstrumentRegistry;
import org.lmw.engine.models.ParameterTensor;
import org.lmw.engine.training.MetricSink;
import org.lmw.engine.training.Trainer;
import org.lmw.model.Architecture;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.LmwFactory;

class WeightNormsTest {

    @Test
    void normsUpdatesAndDistancesMatchJava() throws IOException {
        int steps = 4;
        Experiment e = GradientNoiseTest.fashion(Architecture.MLP, 16, 32);
        e.getTraining().setMaxSteps(steps);
        e.getOptimizer().setMomentum(0.9);
        for (String id : new String[] {"capture", "weight-norms"}) {
            InstrumentSpec s = LmwFactory.eINSTANCE.createInstrumentSpec();
            s.setInstrumentId(id);
            s.setEvery(1);
            if (id.equals("weight-norms")) {
                // In the training step (this MLP), with the distance from init at every step as well.
                org.lmw.model.Parameter p = LmwFactory.eINSTANCE.createParameter();
                p.setKey("distance_every");
                p.setValue("1");
                s.getParameters().add(p);
            }
            e.getInstruments().add(s);
        }
        // Captures every parameter (as float) at each measured step, in the same slot order as weight-norms.
        List<double[][]> captured = new ArrayList<>();
        List<String> layerOfParam = new ArrayList<>();
        Instrument capture = (ctx, out) -> {
            List<ParameterTensor> ps = ctx.parameters();
            double[][] v = new double[ps.size()][];
            layerOfParam.clear();
            for (int i = 0; i < ps.size(); i++) {
                float[] f = ps.get(i).value().toFloatArray();
                v[i] = new double[f.length];
                for (int k = 0; k < f.length; k++) {
                    v[i][k] = f[k];
                }
                layerOfParam.add(ps.get(i).layer());
            }
            captured.add(v);
        };
        InstrumentRegistry registry = InstrumentRegistry.empty();
        registry.register(new InstrumentDescriptor("capture", "capture", "", List.of(), null, 1, null, "per-step",
                () -> capture));
        registry.register(InstrumentRegistry.global().require("weight-norms"));
        Map<String, Map<Long, Double>> series = new HashMap<>();
        MetricSink sink = (step, name, value) -> series.computeIfAbsent(name, k -> new HashMap<>()).put(step, value);
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).optMetricSink(sink)
                .optInstrumentRegistry(registry).build()) {
            t.run();
        }
        assertEquals(steps + 1, captured.size());
        double worst = 0;
        String[] layers = {"fc1", "fc2", "out"};
        double[][] init = captured.get(0);
        for (int s = 0; s <= steps; s++) {
            double[][] now = captured.get(s);
            double[][] prev = s > 0 ? captured.get(s - 1) : null;
            double totalNorm = 0;
            double totalInit = 0;
            double totalInitialNorm = 0;
            double totalUpdate = 0;
            for (String layer : layers) {
                double norm = 0;
                double dist = 0;
                double initNorm = 0;
                double update = 0;
                for (int i = 0; i < now.length; i++) {
                    if (!layerOfParam.get(i).equals(layer)) {
                        continue;
                    }
                    for (int k = 0; k < now[i].length; k++) {
                        norm += now[i][k] * now[i][k];
                        dist += (now[i][k] - init[i][k]) * (now[i][k] - init[i][k]);
                        initNorm += init[i][k] * init[i][k];
                        if (prev != null) {
                            update += (now[i][k] - prev[i][k]) * (now[i][k] - prev[i][k]);
                        }
                    }
                }
                worst = Math.max(worst, rel(Math.sqrt(norm), series.get("param_norm/" + layer).get((long) s)));
                worst = Math.max(worst, abs(Math.sqrt(dist), series.get("distance_from_init/" + layer).get((long) s),
                        Math.sqrt(initNorm)));
                worst = Math.max(worst, abs(Math.sqrt(dist / initNorm),
                        series.get("rel_distance_from_init/" + layer).get((long) s), 1));
                if (prev != null) {
                    worst = Math.max(worst, rel(Math.sqrt(update),
                            series.get("update_norm/" + layer).get((long) s)));
                } else {
                    assertNull(series.getOrDefault("update_norm/" + layer, Map.of()).get(0L));
                }
                totalNorm += norm;
                totalInit += dist;
                totalInitialNorm += initNorm;
                totalUpdate += update;
            }
            worst = Math.max(worst, rel(Math.sqrt(totalNorm), series.get("param_norm").get((long) s)));
            worst = Math.max(worst, abs(Math.sqrt(totalInit), series.get("distance_from_init").get((long) s),
                    Math.sqrt(totalInitialNorm)));
            worst = Math.max(worst, abs(Math.sqrt(totalInit / totalInitialNorm),
                    series.get("rel_distance_from_init").get((long) s), 1));
            if (prev != null) {
                worst = Math.max(worst, rel(Math.sqrt(totalUpdate), series.get("update_norm").get((long) s)));
            }
        }
        System.out.printf(Locale.ROOT, "weight-norms: %d steps, worst relative error vs Java %.2e; step %d: "
                + "norm %.6f update %.6g dist_init %.6g rel_dist_init %.6g%n", steps, worst, steps,
                series.get("param_norm").get((long) steps), series.get("update_norm").get((long) steps),
                series.get("distance_from_init").get((long) steps),
                series.get("rel_distance_from_init").get((long) steps));
        assertEquals(0, worst, 1e-5);
    }

    private static double rel(double expected, Double got) {
        return Math.abs(got / expected - 1);
    }

    // Distances are 0 at the start: there, compare with a scale (the initial norm); later, relative to themselves.
    private static double abs(double expected, Double got, double scale) {
        return expected > 0 ? rel(expected, got) : Math.abs(got - expected) / scale;
    }
}
