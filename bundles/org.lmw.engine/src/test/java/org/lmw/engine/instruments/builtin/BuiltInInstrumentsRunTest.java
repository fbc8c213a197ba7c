// Runs the four built-in instruments inside a training run, as lmw run and the workbench do.
package org.lmw.engine.instruments.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lmw.engine.instruments.InstrumentRegistry;
import org.lmw.engine.training.MetricNames;
import org.lmw.engine.training.MetricSink;
import org.lmw.engine.training.Trainer;
import org.lmw.model.Architecture;
import org.lmw.model.DataScope;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.LmwFactory;

class BuiltInInstrumentsRunTest {

    @Test
    void allFourRecordTheirSeriesOnScheduleWithoutFailures() throws IOException {
        for (String id : List.of("gradient-noise", "weight-norms", "effective-rank", "neural-collapse")) {
            assertTrue(InstrumentRegistry.global().find(id) != null, id + " is registered");
        }
        Experiment e = GradientNoiseTest.fashion(Architecture.MLP, 16, 32);
        e.getTraining().setMaxSteps(6);
        add(e, "gradient-noise", 1, null);
        add(e, "weight-norms", 2, null);
        add(e, "effective-rank", 3, DataScope.FIXED_SUBSET);
        add(e, "neural-collapse", 3, DataScope.FIXED_SUBSET);
        Map<String, List<Long>> steps = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        MetricSink sink = new MetricSink() {
            @Override
            public void record(long step, String name, double value) {
                steps.computeIfAbsent(name, k -> new ArrayList<>()).add(step);
                if (!name.startsWith(MetricNames.INSTRUMENT_FAILURE)) {
                    assertTrue(Double.isFinite(value), name + " at step " + step + " is " + value);
                }
            }

            @Override
            public void instrumentFailed(long step, String instrumentId, String message) {
                failures.add(message);
            }
        };
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).optMetricSink(sink).build()) {
            t.run();
        }
        assertEquals(List.of(), failures);
        // Gradient noise every step is computed inside the training step (an MLP): from the first update on.
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), steps.get(GradientNoise.SNR));
        assertEquals(List.of(0L, 2L, 4L, 6L), steps.get(WeightNorms.DISTANCE + "/fc1"));
        assertEquals(List.of(2L, 4L, 6L), steps.get(WeightNorms.UPDATE));
        assertEquals(List.of(0L, 3L, 6L), steps.get(EffectiveRank.PREFIX + "fc2"));
        assertEquals(List.of(0L, 3L, 6L), steps.get(NeuralCollapse.NC1));
        assertTrue(steps.containsKey(MetricNames.INSTRUMENT_TIME + "gradient-noise"));
    }

    private static void add(Experiment e, String id, int every, DataScope scope) {
        InstrumentSpec s = LmwFactory.eINSTANCE.createInstrumentSpec();
        s.setInstrumentId(id);
        s.setEvery(every);
        if (scope != null) {
            s.setDataScope(scope);
            s.setSubsetSize(200);
        }
        e.getInstruments().add(s);
    }
}
