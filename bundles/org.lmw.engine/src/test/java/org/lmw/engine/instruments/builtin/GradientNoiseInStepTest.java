// The in-step (fused) gradient-noise and weight-norms equal the between-steps instruments on the same step.
package org.lmw.engine.instruments.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentDescriptor;
import org.lmw.engine.instruments.InstrumentOutput;
import org.lmw.engine.instruments.InstrumentRegistry;
import org.lmw.engine.instruments.InstrumentSettings;
import org.lmw.engine.instruments.StepStatistics;
import org.lmw.engine.training.MetricNames;
import org.lmw.engine.training.MetricSink;
import org.lmw.engine.training.Trainer;
import org.lmw.model.Architecture;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.LmwFactory;
import org.lmw.model.Parameter;
import org.lmw.model.Parametrisation;
import org.lmw.model.TrainingMode;

class GradientNoiseInStepTest {

    /** step -> name -> value, and the failures. */
    private record Recorded(Map<Long, Map<String, Double>> values, List<String> failures) {
    }

    private static Recorded run(Experiment e, boolean inStep) throws IOException {
        e.getInstruments().clear();
        for (String id : List.of("gradient-noise", "weight-norms")) {
            InstrumentSpec s = LmwFactory.eINSTANCE.createInstrumentSpec();
            s.setInstrumentId(id);
            s.setEvery(1);
            Parameter p = LmwFactory.eINSTANCE.createParameter();
            p.setKey("in_step");
            p.setValue(Boolean.toString(inStep));
            s.getParameters().add(p);
            e.getInstruments().add(s);
        }
        Map<Long, Map<String, Double>> values = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        MetricSink sink = new MetricSink() {
            @Override
            public void record(long step, String name, double value) {
                values.computeIfAbsent(step, k -> new TreeMap<>()).put(name, value);
            }

            @Override
            public void instrumentFailed(long step, String instrumentId, String message) {
                failures.add(message);
            }
        };
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).optMetricSink(sink).build()) {
            t.run();
        }
        return new Recorded(values, failures);
    }

    // Full-batch training: the step's batch is the instrument's fixed batch, so the in-step gradient noise recorded
    // at step k + 1 (the batch trained on by update k + 1, parameters after update k) is what the between-steps
    // instrument measures after update k; weight norms are on the same step in both.
    private static void compare(String label, Experiment e, boolean shuffledBatches) throws IOException {
        e.getTraining().setMode(TrainingMode.FULL_BATCH);
        e.getDataset().setTrainSize(256);
        e.getTraining().setMaxSteps(4);
        e.getTraining().setEvalEvery(0);
        Recorded between = run(e, false);
        if (shuffledBatches) {
            // One shuffled batch of all 256 examples per epoch: the same set as full batch in a new order every step
            // (the statistics do not depend on the order), so the host-side input norms must follow the permutation.
            e.getTraining().setMode(TrainingMode.MINIBATCH);
            e.getTraining().setBatchSize(256);
            e.getTraining().setShuffle(true);
        }
        Recorded fused = run(e, true);
        assertEquals(List.of(), fused.failures(), label);
        assertEquals(List.of(), between.failures(), label);
        int compared = 0;
        double worst = 0;
        for (long k = 0; k <= 4; k++) {
            Map<String, Double> f = fused.values().getOrDefault(k, Map.of());
            Map<String, Double> bNow = between.values().getOrDefault(k, Map.of());
            Map<String, Double> bBefore = between.values().getOrDefault(k - 1, Map.of());
            if (k == 0) {
                assertFalse(f.containsKey(GradientNoise.TRACE), label + ": no in-step gradient noise at step 0");
            }
            for (Map.Entry<String, Double> en : f.entrySet()) {
                String name = en.getKey();
                Double expected;
                double tolerance;
                if (name.startsWith("grad_noise/")) {
                    expected = bBefore.get(name);
                    tolerance = 1e-4;
                } else if (name.startsWith(WeightNorms.NORM) || name.startsWith(WeightNorms.UPDATE)
                        || name.startsWith(WeightNorms.DISTANCE) || name.startsWith(WeightNorms.RELATIVE_DISTANCE)) {
                    expected = bNow.get(name);
                    // The update norm is lr·‖d‖ in the step against ‖θ_t − θ_t−1‖ of float32 values after it.
                    tolerance = name.startsWith(WeightNorms.UPDATE) ? 1e-4 : 1e-5;
                } else {
                    continue;
                }
                assertTrue(expected != null, label + ": " + name + " at step " + k + " only in-step");
                double rel = Math.abs(en.getValue() - expected) / Math.max(Math.abs(expected), 1e-30);
                worst = Math.max(worst, rel);
                assertTrue(rel <= tolerance, String.format(Locale.ROOT, "%s: %s at step %d: in-step %.9g, between"
                        + " steps %.9g (rel %.2e)", label, name, k, en.getValue(), expected, rel));
                compared++;
            }
        }
        System.out.printf(Locale.ROOT, "in-step vs between steps %s: %d values, worst relative difference %.2e%n",
                label, compared, worst);
        assertTrue(compared > 40, label + ": compared " + compared);
        for (long k = 1; k <= 4; k++) {
            Map<String, Double> f = fused.values().get(k);
            assertTrue(f.containsKey(GradientNoise.SNR) && f.containsKey(WeightNorms.UPDATE + "/fc1"),
                    label + ": in-step series at step " + k);
            assertTrue(f.get(MetricNames.INSTRUMENT_TIME + "gradient-noise") > 0, label + ": time counted");
        }
        // In the step, the distance from init is taken every distance_every (default 10) steps and at the last one.
        assertFalse(fused.values().get(3L).containsKey(WeightNorms.DISTANCE), label);
        assertTrue(fused.values().get(4L).containsKey(WeightNorms.DISTANCE + "/fc1"), label);
    }

    @Test
    void inStepEqualsBetweenStepsOnAnMlp() throws IOException {
        compare("mlp", GradientNoiseTest.fashion(Architecture.MLP, 32, 32), false);
    }

    @Test
    void inStepEqualsBetweenStepsWithNtkMultipliers() throws IOException {
        Experiment e = GradientNoiseTest.fashion(Architecture.MLP, 24, 16);
        e.getModel().setParametrisation(Parametrisation.NTK);
        e.getOptimizer().setLearningRate(1.0);
        compare("mlp-ntk", e, false);
    }

    @Test
    void inStepFollowsTheShuffledBatch() throws IOException {
        compare("mlp-shuffled", GradientNoiseTest.fashion(Architecture.MLP, 32, 32), true);
    }

    /** An in-step instrument that fails at step 2 and returns a non-finite value at step 3. */
    private static final class Flaky implements Instrument, StepStatistics {
        @Override
        public void measure(InstrumentContext context, InstrumentOutput out) {
            out.record("flaky/between", 1);
        }

        @Override
        public Kind inStep(InstrumentSettings settings) {
            return Kind.PER_EXAMPLE_GRADIENTS;
        }

        @Override
        public void recordStep(Step step, InstrumentOutput out) {
            if (step.step() == 2) {
                throw new IllegalStateException("boom");
            }
            out.record("flaky/in_step", step.step() == 3 ? Double.NaN : step.perExampleSq()[0]);
        }
    }

    @Test
    void anInStepFailureIsRecordedAndTrainingGoesOn() throws IOException {
        Experiment e = GradientNoiseTest.fashion(Architecture.MLP, 16, 32);
        e.getTraining().setMaxSteps(5);
        InstrumentSpec spec = LmwFactory.eINSTANCE.createInstrumentSpec();
        spec.setInstrumentId("flaky");
        spec.setEvery(1);
        e.getInstruments().add(spec);
        InstrumentRegistry registry = InstrumentRegistry.empty();
        registry.register(new InstrumentDescriptor("flaky", "flaky", "", List.of(), null, 1, null, "per-step",
                Flaky::new));
        Map<String, List<Long>> steps = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        MetricSink sink = new MetricSink() {
            @Override
            public void record(long step, String name, double value) {
                steps.computeIfAbsent(name, k -> new ArrayList<>()).add(step);
            }

            @Override
            public void instrumentFailed(long step, String instrumentId, String message) {
                failures.add(message);
            }
        };
        org.lmw.engine.training.TrainingResult r;
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).optMetricSink(sink)
                .optInstrumentRegistry(registry).build()) {
            r = t.run();
        }
        assertEquals(org.lmw.model.RunStatus.FINISHED, r.status());
        assertEquals(5, r.steps());
        assertEquals(List.of(1L, 3L, 4L, 5L), steps.get("flaky/in_step"));
        assertEquals(List.of(2L, 3L), steps.get(MetricNames.INSTRUMENT_FAILURE + "flaky"));
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("boom") && failures.get(1).contains("NaN"), failures.toString());
        assertFalse(steps.containsKey("flaky/between"), "in the step, not between updates");
    }
}
