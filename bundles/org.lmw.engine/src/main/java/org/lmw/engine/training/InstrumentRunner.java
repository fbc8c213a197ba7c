// Runs a run's instruments between updates: schedule, data scope, timing, budgets, failures that never stop training.
package org.lmw.engine.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.lmw.engine.Seeds;
import org.lmw.engine.instruments.Instrument;
import org.lmw.engine.instruments.InstrumentContext;
import org.lmw.engine.instruments.InstrumentDescriptor;
import org.lmw.engine.instruments.InstrumentRegistry;
import org.lmw.engine.instruments.InstrumentSettings;
import org.lmw.engine.instruments.InstrumentTimeoutException;
import org.lmw.engine.instruments.StepStatistics;
import org.lmw.engine.models.Network;
import org.lmw.engine.models.ParameterTensor;
import org.lmw.model.DataScope;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.InstrumentTrigger;
import org.lmw.model.LmwPackage;

/**
 * The instruments of one run. For each: the settings (experiment values over the descriptor's defaults), its data
 * (chosen once, seeded), its effective interval, and the time it has taken.
 *
 * <p>Overhead accounting: training time is the time spent in updates; each instrument's time is the wall time of its
 * measurements. Both are recorded as cumulative seconds ({@link MetricNames#TRAINING_TIME},
 * {@link MetricNames#INSTRUMENT_TIME}{@code <id>}) whenever an instrument runs and at the end of the run. An
 * instrument with a budget (a fraction of training time) thins itself: a due measurement is skipped while the
 * instrument's time so far exceeds the budget times the training time so far, so its share converges to the budget;
 * the interval actually used is recorded as {@link MetricNames#INSTRUMENT_EVERY}{@code <id>}.
 *
 * <p>Failure: an exception, a non-finite value or an overrun of {@code timeout_s} (default 600 s) records
 * {@link MetricNames#INSTRUMENT_FAILURE}{@code <id>} = 1 at that step and a message through
 * {@link MetricSink#instrumentFailed}; training continues, and the instrument is tried again when next due.
 *
 * <p>In-step instruments ({@link StepStatistics}): when the trainer can compute an instrument's numbers inside the
 * training step it {@linkplain #fuse fuses} the slot; the trainer then asks {@link #dueInStep} before each update and
 * hands the step's numbers to {@link #recordInStep} with the time its extra work took, which counts as the
 * instrument's time (and the trainer leaves it out of the training time it reports through {@link #updated}).
 * Budgets, the every-N schedule, failures and timing work as for measurements between updates.
 */
final class InstrumentRunner implements AutoCloseable {

    /** What the runner needs of the trainer. */
    interface Host {
        NDManager runManager();

        Network network();

        List<ParameterTensor> parameters();

        NDArray[] longLived();

        boolean classification();

        int outputSize();

        NDArray loss(NDArray outputs, NDArray targets);

        NDArray[] gradients(NDArray[] values, NDArray inputs, NDArray targets, NDManager into);

        NDArray trainX();

        NDArray trainY();

        int batchSize();

        long totalSteps();

        long seed();
    }

    private final Host host;
    private final MetricSink sink;
    private final List<Slot> slots = new ArrayList<>();
    private long trainingNanos;
    private long updates;

    private InstrumentRunner(Host host, MetricSink sink) {
        this.host = host;
        this.sink = sink;
    }

    /**
     * Resolves the enabled instruments of an experiment against the registry and checks their settings.
     *
     * @throws IllegalArgumentException naming an unknown instrument or an impossible setting
     */
    static InstrumentRunner create(List<InstrumentSpec> specs, InstrumentRegistry registry, Host host,
            MetricSink sink) {
        InstrumentRunner runner = new InstrumentRunner(host, sink);
        List<String> seen = new ArrayList<>();
        for (InstrumentSpec spec : specs) {
            if (!spec.isEnabled()) {
                continue;
            }
            String id = spec.getInstrumentId() == null ? "" : spec.getInstrumentId().trim();
            if (id.isEmpty()) {
                throw new IllegalArgumentException("an instrument has no instrumentId");
            }
            if (seen.contains(id)) {
                throw new IllegalArgumentException("instrument '" + id + "' is listed twice");
            }
            seen.add(id);
            InstrumentDescriptor d = registry.require(id);
            InstrumentSettings s = settings(spec, d);
            if (s.every() < 1) {
                throw new IllegalArgumentException("instrument '" + id + "': every must be >= 1 (was " + s.every() + ")");
            }
            if (!(s.budgetFraction() >= 0 && s.budgetFraction() < 1)) {
                throw new IllegalArgumentException("instrument '" + id + "': budgetFraction must be in [0, 1) (was "
                        + s.budgetFraction() + ")");
            }
            int n = Math.toIntExact(host.trainX().getShape().get(0));
            if (s.scope() == DataScope.FIXED_SUBSET && (s.subsetSize() < 1 || s.subsetSize() > n)) {
                throw new IllegalArgumentException("instrument '" + id + "': subsetSize must be in [1, " + n
                        + "] (was " + s.subsetSize() + ")");
            }
            double timeout = s.real("timeout_s", 600, 0.001, 1e6);
            runner.slots.add(new Slot(d, s, (long) (timeout * 1e9)));
        }
        return runner;
    }

    private static InstrumentSettings settings(InstrumentSpec spec, InstrumentDescriptor d) {
        LmwPackage p = LmwPackage.eINSTANCE;
        InstrumentSettings given = InstrumentSettings.of(spec);
        InstrumentTrigger trigger = spec.eIsSet(p.getInstrumentSpec_Trigger()) ? spec.getTrigger() : d.defaultTrigger();
        int every = spec.eIsSet(p.getInstrumentSpec_Every()) ? spec.getEvery() : d.defaultEvery();
        DataScope scope = spec.eIsSet(p.getInstrumentSpec_DataScope()) ? spec.getDataScope() : d.defaultScope();
        return new InstrumentSettings(d.id(), trigger, every, scope, spec.getSubsetSize(), spec.getBudgetFraction(),
                given.parameters());
    }

    boolean isEmpty() {
        return slots.isEmpty();
    }

    /**
     * Creates the instruments, selects their data and starts them, with the parameters at their initial values (the
     * trainer calls this before a checkpoint is restored, so θ0 is the true initialisation on a resume too).
     *
     * @throws IllegalArgumentException if an instrument cannot be created or rejects its settings (bad input: the run
     *         does not start); any other failure to start disables that instrument and is recorded
     */
    void start(double learningRate) {
        for (Slot slot : slots) {
            try {
                slot.instrument = slot.descriptor.factory().get();
            } catch (RuntimeException | LinkageError e) {
                throw new IllegalArgumentException("instrument '" + slot.settings.id() + "' cannot be created: "
                        + e.getMessage(), e);
            }
            selectData(slot);
            try (NDManager sm = measurementManager(slot)) {
                slot.instrument.start(new Context(slot, 0, learningRate, sm));
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (Exception | LinkageError | AssertionError e) {
                slot.disabled = true;
                sink.record(0, MetricNames.INSTRUMENT_FAILURE + slot.settings.id(), 1);
                sink.instrumentFailed(0, slot.settings.id(), "instrument '" + slot.settings.id()
                        + "' failed to start and is off for this run: " + e);
            }
        }
    }

    private void selectData(Slot slot) {
        NDArray x = host.trainX();
        NDArray y = host.trainY();
        int n = Math.toIntExact(x.getShape().get(0));
        int size = switch (slot.settings.scope()) {
            case FIXED_BATCH -> Math.min(n, host.batchSize());
            case FIXED_SUBSET -> slot.settings.subsetSize();
            case TRAINING_SUBSET -> n;
        };
        NDManager rm = host.runManager();
        if (size == n) {
            slot.inputs = x;
            slot.targets = y;
            return;
        }
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = Seeds.stream(host.seed(), "instrument-data/" + slot.settings.id(), 0);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        long[] chosen = java.util.Arrays.copyOf(order, size);
        java.util.Arrays.sort(chosen);
        try (NDManager sm = rm.newSubManager()) {
            NDArray index = sm.create(chosen);
            x.tempAttach(sm);
            y.tempAttach(sm);
            NDArray xs = x.get(index);
            NDArray ys = y.get(index);
            xs.attach(rm);
            ys.attach(rm);
            slot.inputs = xs;
            slot.targets = ys;
            slot.ownData = true;
        }
    }

    /**
     * Returns the first enabled, started slot whose instrument can take this kind of numbers from the training step
     * with its settings.
     *
     * @return the slot index, or -1
     */
    int inStepSlot(StepStatistics.Kind kind) {
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (!slot.disabled && !slot.fused && slot.instrument instanceof StepStatistics st
                    && slot.settings.trigger() == InstrumentTrigger.EVERY_NSTEPS) {
                try {
                    if (st.inStep(slot.settings) == kind) {
                        return i;
                    }
                } catch (RuntimeException e) {
                    // Not fusable: it measures between updates.
                }
            }
        }
        return -1;
    }

    InstrumentSettings inStepSettings(int slot) {
        return slots.get(slot).settings;
    }

    StepStatistics inStepInstrument(int slot) {
        return (StepStatistics) slots.get(slot).instrument;
    }

    /** From now on the trainer computes this slot's numbers in the step (or, {@code false}, no longer). */
    void fuse(int slot, boolean fused) {
        slots.get(slot).fused = fused;
    }

    /** Whether a fused slot is due in the update that produces step {@code step}; marks it measured if so. */
    boolean dueInStep(int index, long step) {
        Slot slot = slots.get(index);
        if (slot.disabled || !slot.fused || slot.lastStep == step) {
            return false;
        }
        boolean due = step % slot.settings.every() == 0 || step == host.totalSteps();
        if (!due || !withinBudget(slot)) {
            return false;
        }
        if (slot.settings.budgetFraction() > 0 && slot.lastStep >= 0) {
            sink.record(step, MetricNames.INSTRUMENT_EVERY + slot.settings.id(), step - slot.lastStep);
        }
        slot.lastStep = step;
        return true;
    }

    /**
     * Records a fused slot's numbers for one step: failures (an exception, a non-finite value) are recorded as for
     * a measurement between updates and never stop training.
     *
     * @param nanos the time the trainer spent on this instrument's part of the step
     */
    void recordInStep(int index, StepStatistics.Step numbers, long nanos) {
        Slot slot = slots.get(index);
        long step = numbers.step();
        long t0 = System.nanoTime();
        String failure = null;
        String[] bad = new String[1];
        try {
            ((StepStatistics) slot.instrument).recordStep(numbers, (name, value) -> {
                sink.record(step, name, value);
                if (!Double.isFinite(value) && bad[0] == null) {
                    bad[0] = name + " is " + value;
                }
            });
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        slot.nanos += nanos + (System.nanoTime() - t0);
        slot.measurements++;
        if (failure == null) {
            failure = bad[0];
        }
        if (failure != null) {
            sink.record(step, MetricNames.INSTRUMENT_FAILURE + slot.settings.id(), 1);
            sink.instrumentFailed(step, slot.settings.id(), String.format(Locale.ROOT,
                    "instrument '%s' failed at step %d: %s", slot.settings.id(), step, failure));
        }
        recordTimes(step);
    }

    /**
     * Records that a fused slot's in-step work failed at a step and returns the slot to measurements between updates.
     */
    void inStepFailed(int index, long step, String message) {
        Slot slot = slots.get(index);
        slot.fused = false;
        sink.record(step, MetricNames.INSTRUMENT_FAILURE + slot.settings.id(), 1);
        sink.instrumentFailed(step, slot.settings.id(), String.format(Locale.ROOT,
                "instrument '%s' failed in the training step at step %d and is measured between updates from now on:"
                + " %s", slot.settings.id(), step, message));
    }

    /** Adds the time of one update to the training time. */
    void updated(long nanos) {
        trainingNanos += nanos;
        updates++;
    }

    /** Runs the instruments due after update {@code step} ({@code 0}: before the first update). */
    void afterUpdate(long step, double learningRate, boolean checkpointDue) {
        for (Slot slot : slots) {
            if (slot.disabled) {
                continue;
            }
            // A fused slot is measured by the training step; weight norms still take the initial state here.
            if (slot.fused && (step > 0 || ((StepStatistics) slot.instrument).inStep(slot.settings)
                    != StepStatistics.Kind.PARAMETER_NORMS)) {
                continue;
            }
            boolean due = switch (slot.settings.trigger()) {
                case EVERY_NSTEPS -> step % slot.settings.every() == 0 || step == host.totalSteps();
                case AT_CHECKPOINTS -> checkpointDue;
                case AT_END -> false;
            };
            if (due && slot.lastStep != step && withinBudget(slot)) {
                if (slot.settings.budgetFraction() > 0 && slot.lastStep >= 0) {
                    sink.record(step, MetricNames.INSTRUMENT_EVERY + slot.settings.id(), step - slot.lastStep);
                }
                measure(slot, step, learningRate);
            }
        }
    }

    // A budgeted instrument skips due measurements while its time so far exceeds its share of the training time so
    // far: over the run its share converges to the budget (exceeding it by at most one measurement), whatever the
    // relative costs, and the first measurement (the initial state) is always taken.
    private boolean withinBudget(Slot slot) {
        double budget = slot.settings.budgetFraction();
        return budget <= 0 || slot.lastStep < 0 || slot.nanos <= budget * trainingNanos;
    }

    /** Runs the end-of-run instruments and records the final times. */
    void atEnd(long step, double learningRate, boolean finished) {
        for (Slot slot : slots) {
            if (!slot.disabled && finished && slot.settings.trigger() == InstrumentTrigger.AT_END && slot.lastStep != step) {
                measure(slot, step, learningRate);
            }
        }
        recordTimes(step);
    }

    private void recordTimes(long step) {
        if (slots.isEmpty()) {
            return;
        }
        sink.record(step, MetricNames.TRAINING_TIME, trainingNanos / 1e9);
        for (Slot slot : slots) {
            sink.record(step, MetricNames.INSTRUMENT_TIME + slot.settings.id(), slot.nanos / 1e9);
        }
    }

    private void measure(Slot slot, long step, double learningRate) {
        slot.lastStep = step;
        long t0 = System.nanoTime();
        List<double[]> bad = new ArrayList<>();
        List<String> names = new ArrayList<>();
        String failure = null;
        try (NDManager sm = measurementManager(slot)) {
            Context context = new Context(slot, step, learningRate, sm);
            context.deadline = t0 + slot.timeoutNanos;
            slot.instrument.measure(context, (name, value) -> {
                sink.record(step, name, value);
                if (!Double.isFinite(value)) {
                    names.add(name);
                    bad.add(new double[] {value});
                }
            });
        } catch (InstrumentTimeoutException e) {
            failure = e.getMessage();
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        long took = System.nanoTime() - t0;
        slot.nanos += took;
        slot.measurements++;
        if (failure == null && !names.isEmpty()) {
            failure = names.get(0) + " is " + bad.get(0)[0];
        }
        if (failure != null) {
            sink.record(step, MetricNames.INSTRUMENT_FAILURE + slot.settings.id(), 1);
            sink.instrumentFailed(step, slot.settings.id(), String.format(Locale.ROOT,
                    "instrument '%s' failed at step %d: %s", slot.settings.id(), step, failure));
        }
        recordTimes(step);
    }

    private NDManager measurementManager(Slot slot) {
        NDManager sm = host.runManager().newSubManager();
        // Results of operations land in the manager of their first operand: while the long-lived arrays belong to
        // this measurement's manager, everything an instrument computes from them is freed with it.
        sm.tempAttachAll(host.longLived());
        if (slot.ownData) {
            sm.tempAttachAll(slot.inputs, slot.targets);
        }
        return sm;
    }

    /**
     * Runs code against a context over the trainer's current state, outside any schedule (tests, one-off analyses).
     * The context's arrays are freed when the body returns: return Java values.
     */
    <T> T inspect(InstrumentSettings settings, long step, double learningRate,
            java.util.function.Function<InstrumentContext, T> body) {
        Slot slot = new Slot(null, settings, Long.MAX_VALUE / 4);
        selectData(slot);
        try (NDManager sm = measurementManager(slot)) {
            Context context = new Context(slot, step, learningRate, sm);
            return body.apply(context);
        } finally {
            if (slot.ownData) {
                slot.inputs.close();
                slot.targets.close();
            }
        }
    }

    @Override
    public void close() {
        for (Slot slot : slots) {
            if (slot.instrument != null) {
                try {
                    slot.instrument.close();
                } catch (RuntimeException e) {
                    // Closing frees memory only; the run's manager frees what is left.
                }
            }
        }
    }

    private static final class Slot {
        final InstrumentDescriptor descriptor;
        final InstrumentSettings settings;
        final long timeoutNanos;
        Instrument instrument;
        NDArray inputs;
        NDArray targets;
        boolean ownData;
        boolean disabled;
        boolean fused;
        long lastStep = -1;
        long nanos;
        long measurements;

        Slot(InstrumentDescriptor descriptor, InstrumentSettings settings, long timeoutNanos) {
            this.descriptor = descriptor;
            this.settings = settings;
            this.timeoutNanos = timeoutNanos;
        }
    }

    private final class Context implements InstrumentContext {
        private final Slot slot;
        private final long step;
        private final double learningRate;
        private final NDManager manager;
        long deadline = Long.MAX_VALUE;

        Context(Slot slot, long step, double learningRate, NDManager manager) {
            this.slot = slot;
            this.step = step;
            this.learningRate = learningRate;
            this.manager = manager;
        }

        @Override
        public InstrumentSettings settings() {
            return slot.settings;
        }

        @Override
        public long step() {
            return step;
        }

        @Override
        public long totalSteps() {
            return host.totalSteps();
        }

        @Override
        public double learningRate() {
            return learningRate;
        }

        @Override
        public Network network() {
            return host.network();
        }

        @Override
        public List<ParameterTensor> parameters() {
            return host.parameters();
        }

        @Override
        public boolean classification() {
            return host.classification();
        }

        @Override
        public int outputSize() {
            return host.outputSize();
        }

        @Override
        public NDArray inputs() {
            return slot.inputs;
        }

        @Override
        public NDArray targets() {
            return slot.targets;
        }

        @Override
        public NDArray loss(NDArray outputs, NDArray targets) {
            return host.loss(outputs, targets);
        }

        @Override
        public NDArray[] gradients(NDArray[] parameterValues, NDArray inputs, NDArray targets) {
            return host.gradients(parameterValues, inputs, targets, manager);
        }

        @Override
        public NDManager manager() {
            return manager;
        }

        @Override
        public NDManager runManager() {
            return host.runManager();
        }

        @Override
        public Random random() {
            return Seeds.stream(host.seed(), "instrument/" + slot.settings.id(), step);
        }

        @Override
        public void checkDeadline() {
            if (System.nanoTime() > deadline) {
                throw new InstrumentTimeoutException(String.format(Locale.ROOT,
                        "instrument '%s' ran past its time limit of %.1f s at step %d", slot.settings.id(),
                        slot.timeoutNanos / 1e9, step));
            }
        }
    }
}
