// Tests how the training loop runs instruments: schedule, data scope, failures that never stop training, budgets.
package org.lmw.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentDescriptor;
import org.lmw.engine.instruments.InstrumentRegistry;
import org.lmw.model.DataScope;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.InstrumentTrigger;
import org.lmw.model.LmwFactory;
import org.lmw.model.Parameter;
import org.lmw.model.RunStatus;
import org.lmw.model.TrainingMode;

class InstrumentRunnerTest {

    private static Experiment teacherStudent(int steps) {
        Experiment e = LmwFactory.eINSTANCE.createExperiment();
        e.setName("ts");
        e.setSeed(3);
        e.setDataset(LmwFactory.eINSTANCE.createDatasetRef());
        e.getDataset().setName("teacher-student");
        e.getDataset().setTrainSize(256);
        e.getDataset().setTestSize(64);
        e.getDataset().setInputDimension(8);
        e.getDataset().setOutputDimension(2);
        e.setModel(LmwFactory.eINSTANCE.createModelSpec());
        e.getModel().setWidth(16);
        e.getModel().setDepth(1);
        e.setOptimizer(LmwFactory.eINSTANCE.createOptimizerSpec());
        e.getOptimizer().setLearningRate(0.05);
        e.setTraining(LmwFactory.eINSTANCE.createTrainingSpec());
        e.getTraining().setBatchSize(32);
        e.getTraining().setEpochs(0);
        e.getTraining().setMaxSteps(steps);
        e.getTraining().setEvalEvery(0);
        e.getTraining().setCheckpointEvery(0);
        return e;
    }

    private static InstrumentSpec spec(Experiment e, String id, int every) {
        InstrumentSpec s = LmwFactory.eINSTANCE.createInstrumentSpec();
        s.setInstrumentId(id);
        s.setEvery(every);
        e.getInstruments().add(s);
        return s;
    }

    private static void param(InstrumentSpec s, String key, String value) {
        Parameter p = LmwFactory.eINSTANCE.createParameter();
        p.setKey(key);
        p.setValue(value);
        s.getParameters().add(p);
    }

    private static InstrumentDescriptor descriptor(String id, Supplier<Instrument> factory) {
        return new InstrumentDescriptor(id, id, "", List.of(id), null, 10, null, "per-step", factory);
    }

    private static List<Long> steps(RecordingSink sink, String name) {
        List<Long> out = new ArrayList<>();
        for (RecordingSink.Point p : sink.points) {
            if (p.name().equals(name)) {
                out.add(p.step());
            }
        }
        return out;
    }

    private static TrainingResultAndSink train(Experiment e, InstrumentRegistry registry) throws IOException {
        RecordingSink sink = new RecordingSink();
        List<String> failures = new ArrayList<>();
        MetricSink both = new MetricSink() {
            @Override
            public void record(long step, String name, double value) {
                sink.record(step, name, value);
            }

            @Override
            public void instrumentFailed(long step, String instrumentId, String message) {
                failures.add(message);
            }
        };
        try (Trainer t = Trainer.builder().setExperiment(e).optThreads(1).optMetricSink(both)
                .optInstrumentRegistry(registry).build()) {
            return new TrainingResultAndSink(t.run(), sink, failures);
        }
    }

    private record TrainingResultAndSink(TrainingResult result, RecordingSink sink, List<String> failures) {
    }

    @Test
    void runsOnScheduleOnItsOwnDataAndRecordsItsTime() throws IOException {
        InstrumentRegistry registry = InstrumentRegistry.empty();
        List<Long> sizes = new ArrayList<>();
        registry.register(descriptor("rows", () -> (context, out) -> {
            sizes.add(context.inputs().getShape().get(0));
            out.record("rows", context.inputs().getShape().get(0));
            out.record("rows/lr", context.learningRate());
        }));
        Experiment e = teacherStudent(20);
        InstrumentSpec s = spec(e, "rows", 7);
        s.setDataScope(DataScope.FIXED_SUBSET);
        s.setSubsetSize(50);
        TrainingResultAndSink r = train(e, registry);
        assertEquals(RunStatus.FINISHED, r.result().status());
        // Before the first update, every 7 updates, and at the last one.
        assertEquals(List.of(0L, 7L, 14L, 20L), steps(r.sink(), "rows"));
        assertTrue(sizes.stream().allMatch(n -> n == 50), sizes.toString());
        assertEquals(0.05, r.sink().series("rows/lr").get(0), 1e-12);
        assertEquals(List.of(0L, 7L, 14L, 20L, 20L), steps(r.sink(), MetricNames.INSTRUMENT_TIME + "rows"));
        List<Double> training = r.sink().series(MetricNames.TRAINING_TIME);
        assertTrue(training.get(training.size() - 1) > 0, training.toString());
    }

    @Test
    void aFailingOrNonFiniteInstrumentIsRecordedAndTrainingGoesOn() throws IOException {
        InstrumentRegistry registry = InstrumentRegistry.empty();
        registry.register(descriptor("boom", () -> (context, out) -> {
            if (context.step() == 5) {
                throw new IllegalStateException("no convergence");
            }
            out.record("boom", 1);
        }));
        registry.register(descriptor("nan", () -> (context, out) -> out.record("nan", Double.NaN)));
        Experiment e = teacherStudent(10);
        spec(e, "boom", 5);
        spec(e, "nan", 10);
        TrainingResultAndSink r = train(e, registry);
        assertEquals(RunStatus.FINISHED, r.result().status());
        assertEquals(10, r.result().steps());
        assertEquals(List.of(5L), steps(r.sink(), MetricNames.INSTRUMENT_FAILURE + "boom"));
        assertEquals(List.of(0L, 10L), steps(r.sink(), MetricNames.INSTRUMENT_FAILURE + "nan"));
        assertTrue(r.failures().get(0).contains("instrument 'nan' failed at step 0: nan is NaN"), r.failures().toString());
        assertTrue(r.failures().stream().anyMatch(m -> m.equals(
                "instrument 'boom' failed at step 5: IllegalStateException: no convergence")), r.failures().toString());
    }

    @Test
    void anOverrunIsATimeoutFailure() throws IOException {
        InstrumentRegistry registry = InstrumentRegistry.empty();
        registry.register(descriptor("slow", () -> (context, out) -> {
            while (true) {
                Thread.onSpinWait();
                context.checkDeadline();
            }
        }));
        Experiment e = teacherStudent(4);
        param(spec(e, "slow", 4), "timeout_s", "0.05");
        TrainingResultAndSink r = train(e, registry);
        assertEquals(RunStatus.FINISHED, r.result().status());
        assertTrue(r.failures().get(0).contains("ran past its time limit of 0.1 s at step 0")
                || r.failures().get(0).contains("ran past its time limit of 0.0 s at step 0"), r.failures().toString());
    }

    @Test
    void aBudgetThinsAnExpensiveInstrument() throws IOException {
        InstrumentRegistry registry = InstrumentRegistry.empty();
        registry.register(descriptor("costly", () -> (context, out) -> {
            long until = System.nanoTime() + 10_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            out.record("costly", 1);
        }));
        Experiment e = teacherStudent(3000);
        InstrumentSpec s = spec(e, "costly", 2);
        s.setBudgetFraction(0.10);
        TrainingResultAndSink r = train(e, registry);
        List<Double> training = r.sink().series(MetricNames.TRAINING_TIME);
        List<Double> spent = r.sink().series(MetricNames.INSTRUMENT_TIME + "costly");
        double trained = training.get(training.size() - 1);
        double used = spent.get(spent.size() - 1);
        // Every 2 steps would cost far more than the training (10 ms against well under 1 ms per update); the budget
        // keeps the instrument within 10 % of the training time, up to one measurement (10 ms) beyond it, however
        // fast or slow the updates are on this machine.
        assertTrue(used <= 0.10 * trained + 0.012, "instrument " + used + " s, training " + trained + " s");
        List<Long> measured = steps(r.sink(), "costly");
        // At 10 ms each, 10 % of the training time allows about trained / 0.1 s measurements, plus the first.
        assertTrue(measured.size() <= trained / 0.1 + 2, "not thinned: " + measured.size() + " measurements in "
                + trained + " s of training");
        List<Double> every = r.sink().series(MetricNames.INSTRUMENT_EVERY + "costly");
        assertTrue(every.stream().allMatch(v -> v % 2 == 0 && v >= 2), "a multiple of the configured interval: " + every);
        System.out.printf("budget 10 %%: instrument/training time = %.3f (%d measurements in 3000 steps, training %.2f s)%n",
                used / trained, measured.size(), trained);
    }

    @Test
    void unknownInstrumentsAndImpossibleSettingsAreBadInput() {
        InstrumentRegistry registry = InstrumentRegistry.empty();
        registry.register(descriptor("ok", () -> (context, out) -> out.record("ok", 1)));
        Experiment unknown = teacherStudent(3);
        spec(unknown, "sharpnes", 1);
        IllegalArgumentException a = assertThrows(IllegalArgumentException.class, () -> train(unknown, registry));
        assertEquals("instrument 'sharpnes' is not installed (installed: ok)", a.getMessage());
        Experiment zero = teacherStudent(3);
        spec(zero, "ok", 0);
        assertEquals("instrument 'ok': every must be >= 1 (was 0)",
                assertThrows(IllegalArgumentException.class, () -> train(zero, registry)).getMessage());
        Experiment subset = teacherStudent(3);
        InstrumentSpec s = spec(subset, "ok", 1);
        s.setDataScope(DataScope.FIXED_SUBSET);
        s.setSubsetSize(100000);
        assertEquals("instrument 'ok': subsetSize must be in [1, 256] (was 100000)",
                assertThrows(IllegalArgumentException.class, () -> train(subset, registry)).getMessage());
    }

    @Test
    void atEndAndFullBatchScope() throws IOException {
        InstrumentRegistry registry = InstrumentRegistry.empty();
        registry.register(descriptor("end", () -> (context, out) -> out.record("end/rows",
                context.inputs().getShape().get(0))));
        Experiment e = teacherStudent(6);
        e.getTraining().setMode(TrainingMode.FULL_BATCH);
        InstrumentSpec s = spec(e, "end", 1);
        s.setTrigger(InstrumentTrigger.AT_END);
        s.setDataScope(DataScope.TRAINING_SUBSET);
        TrainingResultAndSink r = train(e, registry);
        assertEquals(List.of(6L), steps(r.sink(), "end/rows"));
        assertEquals(List.of(256.0), r.sink().series("end/rows"));
    }
}
