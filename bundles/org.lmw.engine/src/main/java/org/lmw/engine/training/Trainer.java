// The hand-written training loop: one experiment, one network, per-step metrics, evaluation, checkpoints, divergence.
package org.lmw.engine.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.lmw.engine.Messages;
import org.lmw.engine.ComputeDevice;
import org.lmw.engine.EngineInfo;
import org.lmw.engine.EngineService;
import org.lmw.engine.Seeds;
import org.lmw.engine.data.DataSplit;
import org.lmw.engine.data.Dataset;
import org.lmw.engine.data.Datasets;
import org.lmw.engine.instruments.InstrumentRegistry;
import org.lmw.engine.instruments.StepStatistics;
import org.lmw.engine.models.Network;
import org.lmw.engine.models.Networks;
import org.lmw.engine.models.ParameterTensor;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.LossKind;
import org.lmw.model.ModelSpec;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.RunStatus;
import org.lmw.model.TrainingMode;
import org.lmw.model.TrainingSpec;

/**
 * Trains one network on one dataset as an experiment describes.
 *
 * <p>Each update: take the batch (file order, or a permutation seeded by the run seed and the epoch; or the whole
 * training set in full-batch mode), forward and backward with gradients enabled on this thread only, per-step metrics
 * (loss, accuracy, learning rate, gradient norm, per-layer weight norm and update/weight ratio), the optimizer's
 * in-place update. All of a step's temporaries live in a sub-manager closed at the end of the step, so memory stays
 * flat. Every {@code evalEvery} updates the test split is evaluated; every {@code checkpointEvery} updates the
 * {@link CheckpointHook} is called. A non-finite loss or gradient ends the run as DIVERGED at that step; the
 * cancellation supplier is checked before every update.
 *
 * <p>On CPU with a fixed thread count the run is deterministic: the same seed gives the same metric series, and a run
 * resumed from a checkpoint continues bit-identically. Create, {@link #run()} and {@link #close()} on the same thread:
 * libtorch's thread count and gradient mode are per thread.
 */
public final class Trainer implements AutoCloseable {

    private static final int EVAL_CHUNK = 1000;
    // From this many elements a norm is taken as a BLAS dot product (see addNorm).
    private static final long DOT_NORM_FROM = 16_384;
    // Tensors (biases, small output layers) up to this many elements are normed on the host, from the step's one
    // transfer: copying them costs less than torch's norm kernel on a small tensor.
    private static final long HOST_NORM_UPTO = 4_096;
    // The accuracy is counted on the host when the logits are at most this many numbers (else argmax on the device).
    private static final long HOST_ACCURACY_UPTO = 65_536;

    private final long seed;
    private final EngineInfo engine;
    private final Dataset dataset;
    private final NDManager runManager;
    private final Network network;
    private final Optimizer optimizer;
    private final LearningRateSchedule schedule;
    private final NDArray trainX;
    private final NDArray trainY;
    private final NDArray testX;
    private final NDArray testY;
    private final NDArray backwardSeed;
    // Plain SGD: the seed -lr (or lr for squared error), so that backward yields lr·g; recreated when lr changes.
    private final CachedScalar scaledSeed = new CachedScalar();
    // Cross-entropy with plain SGD on a network with a written-out backward pass: the training labels one-hot
    // ([n, classes] float), batched like the inputs, and the output gradient's scale lr/B.
    private final NDArray trainOneHot;
    private final CachedScalar deltaScale = new CachedScalar();
    /** The fused native step (CPU, ReLU MLP, cross-entropy, SGD or Adam), or null: then libtorch runs every step. */
    private final NativeMlpStep fused;
    // Flat views, made once, of the large parameters (their norms are dot products of these) and of small 2-D ones
    // (copied into the step's transfer and normed on the host).
    private final NDArray[] flatValues;
    private final boolean classification;
    private final boolean squaredError;
    private final InstrumentRunner instruments;
    private final boolean fullBatch;
    private final boolean shuffle;
    private final int batchSize;
    private final int stepsPerEpoch;
    private final long totalSteps;
    private final int evalEvery;
    private final int checkpointEvery;
    private final boolean detailedMetrics;
    private final boolean stepMetrics;
    private final MetricSink sink;
    private final BooleanSupplier cancelled;
    private final CheckpointHook checkpointHook;
    private final List<ParameterTensor> parameters;
    private final long[] parameterSizes;
    private final int[] parameterDims;
    private final String[] layerNames;
    private final int[] layerOf;
    private final String[] weightNormNames;
    private final String[] updateRatioNames;
    private final NDArray[] longLived;
    /** In-step gradient noise: the instrument slot (-1: none), per layer its weight and bias parameter. */
    private int noiseSlot = -1;
    private int[] noiseWeight;
    private int[] noiseBias;
    /** Per layer: its bias as a [B, out] view of the parameter's storage (stride 0 over the batch), made once. */
    private NDArray[] expandedBias;
    private boolean noiseChecked;
    /** In-step weight norms: the instrument slot (-1: none) and θ0. */
    private int normsSlot = -1;
    private NDArray[] initialValues;
    private int distanceEvery = 1;
    private final List<Pending> pending = new ArrayList<>();
    /** Weight norms of the last step, waiting for ‖θ‖ from the next step's per-layer metrics. */
    private StepStatistics.Step awaitingNorms;
    private long awaitingNanos;
    /** ‖x_i‖² of the training examples (host), for the first layer's per-example gradient norms. */
    private double[] inputRowSq;
    private long[] permutationOrder;
    private long noiseNanos;
    private long normsNanos;

    private long step;
    private long permutationEpoch = -1;
    private NDArray permutation;
    private Evaluation lastEvaluation;

    private Trainer(Builder b) throws IOException {
        Experiment experiment = b.experiment;
        this.seed = experiment.getSeed();
        ModelSpec model = experiment.getModel() != null ? experiment.getModel() : LmwFactory.eINSTANCE.createModelSpec();
        OptimizerSpec opt = experiment.getOptimizer() != null ? experiment.getOptimizer()
                : LmwFactory.eINSTANCE.createOptimizerSpec();
        TrainingSpec training = experiment.getTraining() != null ? experiment.getTraining()
                : LmwFactory.eINSTANCE.createTrainingSpec();
        this.engine = EngineService.ensureStarted(b.threads, b.device);
        this.dataset = b.dataset != null ? b.dataset : Datasets.load(experiment.getDataset(), seed);
        this.classification = dataset.isClassification();
        LossKind lossKind = training.getLoss() == null ? LossKind.AUTO : training.getLoss();
        if (!classification && lossKind == LossKind.CROSS_ENTROPY) {
            throw new IllegalArgumentException("training loss cross-entropy needs class labels; dataset "
                    + dataset.name() + " has real-valued targets (use mse or auto)");
        }
        this.squaredError = !classification || lossKind == LossKind.MSE;
        this.fullBatch = training.getMode() == TrainingMode.FULL_BATCH;
        this.shuffle = training.isShuffle();
        int n = dataset.train().size();
        if (n < 1) {
            throw new IllegalArgumentException(Messages.emptyTrainingSplit(dataset.name()));
        }
        if (fullBatch) {
            this.batchSize = n;
        } else {
            if (training.getBatchSize() < 1) {
                throw new IllegalArgumentException(Messages.badBatchSize(training.getBatchSize()));
            }
            if (training.getBatchSize() > n) {
                throw new IllegalArgumentException(Messages.batchLargerThanData(training.getBatchSize(), n, dataset.name()));
            }
            this.batchSize = training.getBatchSize();
        }
        // Incomplete last batches are dropped, as in the PyTorch peer: every update sees batchSize examples.
        this.stepsPerEpoch = n / batchSize;
        long fromEpochs = (long) Math.max(0, training.getEpochs()) * stepsPerEpoch;
        int maxSteps = training.getMaxSteps();
        if (maxSteps < 0) {
            throw new IllegalArgumentException(Messages.negativeMaxSteps(maxSteps));
        }
        this.totalSteps = maxSteps > 0 ? (fromEpochs > 0 ? Math.min(fromEpochs, maxSteps) : maxSteps) : fromEpochs;
        if (totalSteps < 1) {
            throw new IllegalArgumentException(Messages.noUpdates(training.getEpochs(), maxSteps));
        }
        this.evalEvery = Math.max(0, training.getEvalEvery());
        this.checkpointEvery = Math.max(0, training.getCheckpointEvery());
        this.detailedMetrics = b.detailedMetrics && b.stepMetrics;
        this.stepMetrics = b.stepMetrics;
        this.sink = b.sink;
        this.cancelled = b.cancelled;
        this.checkpointHook = b.checkpointHook;
        this.schedule = new LearningRateSchedule(opt.getLearningRate(), opt.getSchedule(), totalSteps);

        this.runManager = EngineService.newManager(b.device);
        try {
            this.trainX = inputs(dataset.train());
            this.trainY = targets(dataset.train());
            this.testX = inputs(dataset.test());
            this.testY = targets(dataset.test());
            // The backward seed carries the loss's sign: cross-entropy is minus the mean log-probability, and
            // seeding backward with -1 saves a negation and its backward node on every step.
            this.backwardSeed = runManager.create(squaredError ? 1f : -1f);
            OptimizerKind kind = opt.getKind() == null ? OptimizerKind.SGD : opt.getKind();
            this.network = Networks.create(model, dataset.sampleShape(), dataset.outputSize(), kind, seed,
                    runManager);
            this.parameters = network.parameters();
            this.optimizer = Optimizer.create(opt, parameters, runManager);
        } catch (RuntimeException e) {
            runManager.close();
            throw e;
        }
        this.parameterSizes = parameters.stream().mapToLong(p -> p.value().getShape().size()).toArray();
        this.parameterDims = parameters.stream().mapToInt(p -> p.value().getShape().dimension()).toArray();
        this.layerNames = network.layers().toArray(String[]::new);
        this.layerOf = new int[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            layerOf[i] = network.layers().indexOf(parameters.get(i).layer());
        }
        this.weightNormNames = new String[layerNames.length];
        this.updateRatioNames = new String[layerNames.length];
        for (int l = 0; l < layerNames.length; l++) {
            weightNormNames[l] = MetricNames.WEIGHT_NORM + layerNames[l];
            updateRatioNames[l] = MetricNames.UPDATE_RATIO + layerNames[l];
        }
        List<NDArray> lived = new ArrayList<>();
        for (ParameterTensor p : parameters) {
            lived.add(p.value());
        }
        this.flatValues = new NDArray[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            if (parameterSizes[i] >= DOT_NORM_FROM
                    || (parameterSizes[i] <= HOST_NORM_UPTO && parameters.get(i).value().getShape().dimension() > 1)) {
                // A view: updates in place (and a restored checkpoint, copied in place) show through it.
                flatValues[i] = parameters.get(i).value().reshape(-1);
                lived.add(flatValues[i]);
            }
        }
        lived.addAll(optimizer.state());
        lived.addAll(List.of(trainX, trainY, backwardSeed));
        if (optimizer.descendsAlongScaledGradients() && classification && !squaredError
                && network.backpropagatesByHand()) {
            int classes = dataset.outputSize();
            int[] labels = dataset.train().labels();
            float[] hot = new float[Math.multiplyExact(labels.length, classes)];
            for (int i = 0; i < labels.length; i++) {
                hot[i * classes + labels[i]] = 1;
            }
            this.trainOneHot = runManager.create(hot, new Shape(labels.length, classes));
            lived.add(trainOneHot);
        } else {
            this.trainOneHot = null;
        }
        this.fused = classification && !squaredError && b.device != ComputeDevice.GPU
                && network instanceof org.lmw.engine.models.Mlp && network.backpropagatesByHand()
                && (optimizer instanceof SgdOptimizer || optimizer instanceof AdamOptimizer)
                ? NativeMlpStep.plan(parameters, network.layers(), trainX, dataset.train().labels(), batchSize,
                        shuffle && !fullBatch, optimizer)
                : null;
        this.longLived = lived.toArray(NDArray[]::new);
        InstrumentRunner runner = null;
        try {
            runner = InstrumentRunner.create(experiment.getInstruments(), b.instrumentRegistry, new Host(), sink);
            runner.start(schedule.at(0));
            this.instruments = runner;
            planInStep();
        } catch (RuntimeException e) {
            if (runner != null) {
                runner.close();
            }
            runManager.close();
            throw e;
        }
    }

    /**
     * Creates a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Trains until the planned number of updates, a cancellation or a divergence.
     *
     * @return how the run ended
     * @throws IOException if the checkpoint hook fails
     */
    public TrainingResult run() throws IOException {
        long started = System.nanoTime();
        EngineService.setThreads(engine.threads());
        JniUtils.setGradMode(false);
        if (step == 0 && evalEvery > 0) {
            evaluateAndRecord();
        }
        if (step == 0 && !instruments.isEmpty()) {
            instruments.afterUpdate(0, schedule.at(0), false);
        }
        RateMeter meter = new RateMeter(totalSteps - step);
        double lastLoss = Double.NaN;
        RunStatus status = RunStatus.FINISHED;
        String message = null;
        while (step < totalSteps) {
            if (cancelled.getAsBoolean()) {
                status = RunStatus.CANCELLED;
                message = "Cancelled before update " + (step + 1) + " of " + totalSteps + ".";
                break;
            }
            long t0 = System.nanoTime();
            double[] values = trainStep();
            long took = System.nanoTime() - t0;
            meter.add(took);
            instruments.updated(took - noiseNanos - normsNanos);
            flushInStep();
            lastLoss = values[0];
            if (!Double.isFinite(values[0]) || !Double.isFinite(values[1])) {
                status = RunStatus.DIVERGED;
                message = "Diverged at step " + step + ": " + (!Double.isFinite(values[0]) ? "loss is " + values[0]
                        : "gradient norm is " + values[1]) + ".";
                break;
            }
            if (evalEvery > 0 && step % evalEvery == 0) {
                evaluateAndRecord();
            }
            boolean checkpointDue = checkpointEvery > 0 && step % checkpointEvery == 0;
            if (!instruments.isEmpty()) {
                instruments.afterUpdate(step, schedule.at(step - 1), checkpointDue);
            }
            if (checkpointHook != null && checkpointDue) {
                checkpointHook.checkpointDue(step, this);
            }
        }
        finishInStep();
        if (status == RunStatus.FINISHED && (lastEvaluation == null || lastEvaluation.step() != step)) {
            evaluateAndRecord();
        }
        if (!instruments.isEmpty()) {
            instruments.atEnd(step, schedule.at(Math.max(0, step - 1)), status == RunStatus.FINISHED);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double testLoss = lastEvaluation == null ? Double.NaN : lastEvaluation.loss();
        double testAccuracy = lastEvaluation == null ? Double.NaN : lastEvaluation.accuracy();
        if (message == null) {
            message = "Finished " + step + " updates" + (Double.isNaN(testAccuracy) ? ""
                    : String.format(java.util.Locale.ROOT, ", test accuracy %.4f", testAccuracy)) + ".";
        }
        return new TrainingResult(status, step, totalSteps, lastLoss, testLoss, testAccuracy,
                meter.rate(), wall, message);
    }

    // Decides which instruments the training step measures itself (StepStatistics): gradient noise when every
    // parameter belongs to a dense layer with a 2-d weight and a bias (multiplier 1), weight norms when the instrument
    // kept θ0 for every parameter. The others, and these when the structure does not fit, run between updates.
    private void planInStep() {
        int params = parameters.size();
        int ns = instruments.inStepSlot(StepStatistics.Kind.PER_EXAMPLE_GRADIENTS);
        if (ns >= 0 && batchSize >= 2) {
            int[] w = new int[layerNames.length];
            int[] b = new int[layerNames.length];
            java.util.Arrays.fill(w, -1);
            java.util.Arrays.fill(b, -1);
            boolean ok = true;
            for (int i = 0; i < params && ok; i++) {
                ParameterTensor p = parameters.get(i);
                int l = layerOf[i];
                if (l < 0) {
                    ok = false;
                } else if (p.bias() && p.value().getShape().dimension() == 1 && p.multiplier() == 1 && b[l] < 0) {
                    b[l] = i;
                } else if (!p.bias() && p.value().getShape().dimension() == 2 && w[l] < 0) {
                    w[l] = i;
                } else {
                    ok = false;
                }
            }
            for (int l = 0; l < layerNames.length && ok; l++) {
                ok = w[l] >= 0 && b[l] >= 0;
            }
            if (ok) {
                noiseSlot = ns;
                noiseWeight = w;
                noiseBias = b;
                expandedBias = new NDArray[params];
                for (int l = 0; l < layerNames.length; l++) {
                    NDArray bias = parameters.get(b[l]).value();
                    expandedBias[b[l]] = bias.broadcast(new Shape(batchSize, bias.getShape().get(0)));
                }
                instruments.fuse(ns, true);
            }
        }
        int ws = instruments.inStepSlot(StepStatistics.Kind.PARAMETER_NORMS);
        if (ws >= 0) {
            NDArray[] initial = instruments.inStepInstrument(ws).initialValues();
            boolean ok = initial != null && initial.length == params;
            for (int i = 0; ok && i < params; i++) {
                ok = initial[i] != null && initial[i].getShape().equals(parameters.get(i).value().getShape());
            }
            if (ok) {
                normsSlot = ws;
                initialValues = initial;
                distanceEvery = Math.max(1, instruments.inStepInstrument(ws).distanceEvery(
                        instruments.inStepSettings(ws)));
                instruments.fuse(ws, true);
            }
        }
    }

    /** A fused instrument's numbers of one step, ready for the runner, with the time their extra work took. */
    private record Pending(int slot, StepStatistics.Step numbers, long nanos) {
    }

    // Hands the in-step instruments' numbers to the runner, after the step's time has been counted.
    private void flushInStep() {
        for (Pending p : pending) {
            instruments.recordInStep(p.slot(), p.numbers(), p.nanos());
        }
        pending.clear();
        noiseNanos = 0;
        normsNanos = 0;
    }

    // After the last update: weight norms still waiting for ‖θ‖ (taken from the next step's metrics) get it now.
    private void finishInStep() {
        if (awaitingNorms == null) {
            return;
        }
        long t0 = System.nanoTime();
        int params = parameters.size();
        double[] paramSq = new double[layerNames.length];
        try (NDManager sm = runManager.newSubManager()) {
            sm.tempAttachAll(longLived);
            NDList norms = new NDList(params);
            for (ParameterTensor p : parameters) {
                norms.add(p.value().norm());
            }
            float[] v = NDArrays.stack(norms).toFloatArray();
            for (int i = 0; i < params; i++) {
                if (layerOf[i] >= 0) {
                    paramSq[layerOf[i]] += (double) v[i] * v[i];
                }
            }
        }
        StepStatistics.Step s = awaitingNorms;
        awaitingNorms = null;
        pending.add(new Pending(normsSlot, new StepStatistics.Step(s.step(), s.batch(), s.layers(), null, null, paramSq,
                s.updateSq(), s.distanceSq()), awaitingNanos + System.nanoTime() - t0));
        awaitingNanos = 0;
        flushInStep();
    }

    // The host-side indices of the step's batch in the training split.
    private int batchRow(long k, int i) {
        if (fullBatch) {
            return i;
        }
        int at = Math.toIntExact((k % stepsPerEpoch) * batchSize + i);
        return shuffle ? (int) permutationOrder[at] : at;
    }

    /**
     * Does one update and records its metrics. When an in-step instrument is due, the step also computes its numbers
     * (gradient noise: per-example gradient norms from {@code [B, out]} bias leaves; weight norms: norms after the
     * update), in the same single transfer; the time of that extra work is taken on this thread (on CPU the
     * operations run synchronously) and counted as the instrument's.
     *
     * @return {@code [loss, gradient norm]}
     */
    private double[] trainStep() {
        long k = step;
        double lr = schedule.at(k);
        int params = parameters.size();
        boolean noiseDue = noiseSlot >= 0 && instruments.dueInStep(noiseSlot, k + 1);
        boolean normsDue = normsSlot >= 0 && instruments.dueInStep(normsSlot, k + 1);
        boolean distanceDue = normsDue && ((k + 1) % distanceEvery == 0 || k + 1 == totalSteps);
        // Plain SGD takes the learning rate in the backward seed: backward then yields lr·g, and the update is one
        // subtraction per tensor (no scaling pass, no scalar tensors). Gradient noise needs g itself.
        float rate = (float) lr;
        boolean scaled = optimizer.descendsAlongScaledGradients() && !noiseDue && rate > 0 && Float.isFinite(rate);
        if (fused != null && !noiseDue && !normsDue && awaitingNorms == null && Float.isFinite(rate)
                && !network.patternFrozen()) {
            return fusedStep(k, lr, rate);
        }
        try (NDManager sm = runManager.newSubManager()) {
            // Everything long-lived joins the step's manager for the step, so results computed from it die with it.
            sm.tempAttachAll(longLived);
            NDArray[] batch = batch(k, sm);
            NDArray x = batch[0];
            NDArray y = batch[1];
            int rowsInBatch = Math.toIntExact(x.getShape().get(0));
            // Fresh leaves sharing the parameters' storage: backward hands each its gradient as a new tensor
            // (PyTorch's zero_grad(set_to_none=True)), so there is no zeroing pass and no accumulation pass.
            // With gradient noise due, each bias enters as a [B, out] leaf (the bias repeated per example): its
            // gradient rows are δ_i / B, and their sum over the batch is the bias gradient.
            // ‖θ‖² of the large weights (their norms before the update) is taken now: the forward pass reads them
            // next anyway, whereas after backward it would fetch them again over the fresh gradients that the
            // gradient norms and the update read. (Measured: the metrics cost less this way.)
            NDArray[] weightSq = new NDArray[params];
            if (detailedMetrics) {
                for (int i = 0; i < params; i++) {
                    if (parameterSizes[i] >= DOT_NORM_FROM) {
                        weightSq[i] = flatValues[i].dot(flatValues[i]);
                    }
                }
            }
            boolean[] perExample = new boolean[params];
            if (noiseDue) {
                for (int b : noiseBias) {
                    perExample[b] = true;
                }
            }
            Map<String, NDArray> acts = noiseDue ? new java.util.HashMap<>() : null;
            NDArray out = null;
            NDArray loss = null;
            NDArray[] grads = null;
            if (scaled && trainOneHot != null) {
                // Cross-entropy with plain SGD on a network that writes its chain rule out: no autograd graph, no
                // leaves. The output gradient is (softmax − one-hot)·lr/B, so the gradients come out as lr·g.
                NDArray hot = batch[2];
                NDArray[] signed = new NDArray[1];
                Network.Backprop bp = network.backpropagate(x, z -> {
                    NDArray logp = z.logSoftmax(1);
                    signed[0] = JniUtils.gather((PtNDArray) logp, (PtNDArray) y, 1).mean();
                    return logp.exp().subi(hot).muli(deltaScale(rate / rowsInBatch));
                });
                if (bp != null) {
                    out = bp.output();
                    loss = signed[0];
                    grads = bp.gradients();
                }
            }
            NDArray[] rows = new NDArray[params];
            if (grads == null) {
                NDArray[] leaves = new NDArray[params];
                for (int i = 0; i < params; i++) {
                    NDArray v = parameters.get(i).value();
                    if (perExample[i]) {
                        v = expandedBias[i];
                        v.tempAttach(sm);
                    }
                    leaves[i] = JniUtils.detachGradient((PtNDArray) v);
                    leaves[i].setRequiresGradient(true);
                }
                JniUtils.setGradMode(true);
                try {
                    out = network.forwardWith(x, leaves, acts == null ? null : acts::put);
                    loss = signedLoss(out, y);
                    JniUtils.backward((PtNDArray) loss, (PtNDArray) (scaled ? scaledSeed(rate) : backwardSeed),
                            false, false);
                } finally {
                    JniUtils.setGradMode(false);
                }
                grads = new NDArray[params];
                for (int i = 0; i < params; i++) {
                    grads[i] = leaves[i].getGradient();
                }
            }
            for (int i = 0; i < params; i++) {
                if (perExample[i]) {
                    // The reduction the backward pass makes for a [out] bias, done here instead: training work.
                    rows[i] = grads[i];
                    grads[i] = rows[i].sum(new int[] {0});
                }
            }
            // Without step metrics (a benchmark switch), only the loss is read: it is what divergence is judged by.
            boolean metrics = stepMetrics || noiseDue || normsDue;
            NDList scalars = new NDList(2 + 3 * params);
            BitSet squared = new BitSet();
            BitSet squaredExtra = new BitSet();
            // Small vectors go to the host whole (their norms there cost no native call), and so do the logits when
            // the accuracy is cheaper counted there; copied now, before the update changes parameters and gradients
            // in place. Their slots in scalars hold a placeholder until the host fills them in.
            NDList early = new NDList();
            int[] earlyAt = new int[2 * params + 1];
            int earlyCount = 0;
            boolean hostAccuracy = classification && metrics && out.getShape().dimension() == 2
                    && rowsInBatch * out.getShape().get(1) <= HOST_ACCURACY_UPTO;
            scalars.add(loss);
            if (hostAccuracy) {
                earlyAt[earlyCount++] = scalars.size();
                early.add(out.reshape(-1));
                scalars.add(loss);
            } else {
                scalars.add(classification && metrics ? correct(out, y) : loss);
            }
            for (int pass = 0; pass < 2; pass++) {
                if (pass == 0 ? !detailedMetrics : !metrics) {
                    continue;
                }
                for (int i = 0; i < params; i++) {
                    NDArray a = pass == 0 ? parameters.get(i).value() : grads[i];
                    if (parameterSizes[i] <= HOST_NORM_UPTO) {
                        earlyAt[earlyCount++] = scalars.size();
                        early.add(parameterDims[i] == 1 ? a : pass == 0 ? flatValues[i] : a.reshape(-1));
                        scalars.add(loss);
                    } else if (pass == 0 && weightSq[i] != null) {
                        squared.set(scalars.size());
                        scalars.add(weightSq[i]);
                    } else {
                        addNorm(scalars, squared, a, i);
                    }
                }
            }
            // With nothing to read after the update (plain SGD, no in-step instrument), all numbers leave in one
            // stack, one concatenation and one transfer now; otherwise the vectors are copied now (the update changes
            // parameters, and gradients when it scales them, in place) and read with the rest after the update.
            boolean readFirst = scaled && !normsDue;
            float[] v = null;
            int stacked = 0;
            NDArray earlyAll = null;
            if (readFirst) {
                NDArray numbers = NDArrays.stack(scalars);
                stacked = scalars.size();
                if (!early.isEmpty()) {
                    early.add(0, numbers);
                    numbers = NDArrays.concat(early);
                }
                v = numbers.toFloatArray();
            } else if (!early.isEmpty()) {
                earlyAll = NDArrays.concat(early);
            }
            // In-step instruments' numbers: scalars after the trainer's, then [B] vectors.
            NDList extra = new NDList();
            NDList vectors = new NDList();
            boolean checking = false;
            if (noiseDue) {
                long tn = System.nanoTime();
                checking = !noiseChecked;
                NDList noiseVectors = new NDList();
                NDList noiseChecks = new NDList();
                try {
                    if (inputRowSq == null) {
                        // ‖x_i‖² of every training example, once: the first layer's inputs need no work per step.
                        float[] norms = trainX.norm(new int[] {1}).toFloatArray();
                        inputRowSq = new double[norms.length];
                        for (int i = 0; i < norms.length; i++) {
                            inputRowSq[i] = (double) norms[i] * norms[i];
                        }
                    }
                    for (int l = 0; l < layerNames.length; l++) {
                        NDArray r = rows[noiseBias[l]];
                        NDArray tapped = l == 0 ? x : acts.get(layerNames[l - 1]);
                        if (tapped == null) {
                            throw new IllegalStateException("the network reports no activation for layer "
                                    + layerNames[l - 1]);
                        }
                        // The first layer's input norms are known on the host; past it, a dense layer's input is
                        // already [B, in] (a reshape would be one more native call per layer and step).
                        boolean needInput = l > 0 || checking;
                        NDArray a = !needInput ? null
                                : tapped.getShape().dimension() == 2 ? tapped : tapped.reshape(rowsInBatch, -1);
                        // Row norms (squared on the host): ‖δ_i / B‖ and, past the first layer, ‖a_i‖.
                        noiseVectors.add(r.norm(new int[] {1}));
                        if (l > 0) {
                            noiseVectors.add(a.norm(new int[] {1}));
                        }
                        if (checking) {
                            // Once per run: Σ_i δ_i ⊗ m·a_i / B must be the weight's gradient (a_i: the layer's
                            // input).
                            NDArray w = grads[noiseWeight[l]];
                            NDArray direct = a.getShape().get(1) == w.getShape().get(1)
                                    ? r.transpose().matMul(a) : null;
                            double m = parameters.get(noiseWeight[l]).multiplier();
                            if (direct != null && m != 1) {
                                direct = direct.mul((float) m);
                            }
                            noiseChecks.add(direct == null ? sm.create(Float.POSITIVE_INFINITY)
                                    : direct.sub(w).abs().max());
                            noiseChecks.add(w.abs().max());
                        }
                    }
                    vectors.addAll(noiseVectors);
                    extra.addAll(noiseChecks);
                } catch (RuntimeException e) {
                    // An instrument never stops training: record the failure and measure between updates from now on.
                    instruments.inStepFailed(noiseSlot, k + 1, e.toString());
                    noiseSlot = -1;
                    noiseDue = false;
                    checking = false;
                }
                noiseNanos += System.nanoTime() - tn;
            }
            NDArray[] directions;
            if (scaled) {
                optimizer.descend(parameters, grads);
                directions = new NDArray[params];
            } else {
                directions = optimizer.update(parameters, grads, lr, k);
            }
            boolean[] ownDirection = new boolean[params];
            if (detailedMetrics || normsDue) {
                for (int i = 0; i < params; i++) {
                    if (directions[i] != null) {
                        ownDirection[i] = true;
                        addNorm(scalars, squared, directions[i], i);
                    }
                }
            }
            long normsOps = 0;
            if (normsDue) {
                long tn = System.nanoTime();
                for (int i = 0; i < params; i++) {
                    NDArray value = parameters.get(i).value();
                    // ‖θ‖ after the update is the next step's ‖θ‖ before its update, which the per-layer metrics
                    // take anyway: with those on, it is taken from there (and after the last update, directly).
                    if (!detailedMetrics) {
                        addNorm(extra, squaredExtra, value, i);
                    }
                    if (distanceDue) {
                        addNorm(extra, squaredExtra, value.sub(initialValues[i]), i);
                    }
                }
                normsOps = System.nanoTime() - tn;
                normsNanos += normsOps;
            }
            // One transfer for all of the step's numbers: each separate read would be a synchronisation.
            int base = scalars.size();
            if (!readFirst) {
                scalars.addAll(extra);
                NDArray all = NDArrays.stack(scalars);
                stacked = scalars.size();
                if (earlyAll != null) {
                    vectors.add(0, earlyAll);
                }
                if (!vectors.isEmpty()) {
                    vectors.add(0, all);
                    all = NDArrays.concat(vectors);
                }
                v = all.toFloatArray();
            }
            rootSquares(v, squared, 0);
            rootSquares(v, squaredExtra, base);
            if (earlyCount > 0) {
                fillFromHost(v, stacked, earlyAt, earlyCount, hostAccuracy, k, rowsInBatch);
            }
            if (scaled && metrics) {
                // The gradients were lr·g: their norms (computed on the device or here) back to ‖g‖.
                int gradAt = 2 + (detailedMetrics ? params : 0);
                for (int i = 0; i < params; i++) {
                    v[gradAt + i] /= rate;
                }
            }
            step = k + 1;
            if (!metrics) {
                return new double[] {squaredError ? v[0] : -v[0], 0};
            }
            double[] result = record(v, lr, params, ownDirection);
            long th = System.nanoTime();
            if (awaitingNorms != null) {
                // The previous step's weight norms: its ‖θ‖ after the update is this step's before it.
                double[] paramSq = new double[layerNames.length];
                for (int i = 0; i < params; i++) {
                    if (layerOf[i] >= 0) {
                        paramSq[layerOf[i]] += (double) v[2 + i] * v[2 + i];
                    }
                }
                StepStatistics.Step s = awaitingNorms;
                pending.add(new Pending(normsSlot, new StepStatistics.Step(s.step(), s.batch(), s.layers(), null, null,
                        paramSq, s.updateSq(), s.distanceSq()), awaitingNanos + System.nanoTime() - th));
                awaitingNorms = null;
                awaitingNanos = 0;
                normsNanos += System.nanoTime() - th;
            }
            if (noiseDue) {
                th = System.nanoTime();
                StepStatistics.Step s = noiseStep(v, k, rowsInBatch, base, checking);
                noiseNanos += System.nanoTime() - th;
                if (s != null) {
                    pending.add(new Pending(noiseSlot, s, noiseNanos));
                }
            }
            if (normsDue) {
                th = System.nanoTime();
                StepStatistics.Step s = normsStep(v, lr, params, ownDirection,
                        base + (checking ? 2 * layerNames.length : 0), distanceDue);
                long host = System.nanoTime() - th;
                long spent = normsOps + host;
                normsNanos += host;
                if (detailedMetrics) {
                    awaitingNorms = s;
                    awaitingNanos = spent;
                } else {
                    pending.add(new Pending(normsSlot, s, spent));
                }
            }
            return result;
        }
    }

    /** Updates the fused native step has done in this trainer (0 without it). */
    long fusedSteps() {
        return fused == null ? 0 : fused.steps();
    }

    /**
     * The step as one native call ({@link NativeMlpStep}): same batch, same numbers in the same layout as the libtorch
     * path, so recording is shared.
     */
    private double[] fusedStep(long k, double lr, float rate) {
        int params = parameters.size();
        boolean own = fused.ownDirection();
        float[] v = new float[2 + (detailedMetrics ? 2 : 1) * params + (own ? params : 0)];
        long first = fullBatch ? 0 : (k % stepsPerEpoch) * batchSize;
        long[] listed = fullBatch || !shuffle ? null : order(k / stepsPerEpoch);
        fused.step(first, listed, batchSize, k, rate, stepMetrics, v, detailedMetrics);
        step = k + 1;
        if (!stepMetrics) {
            return new double[] {-v[0], 0};
        }
        boolean[] ownDirection = new boolean[params];
        java.util.Arrays.fill(ownDirection, own);
        return record(v, lr, params, ownDirection);
    }

    /**
     * Adds {@code ‖a‖} to a step's list of numbers with one reduction: torch's norm kernel for small tensors, and for
     * large ones the BLAS dot product {@code ‖a‖²} of a flat view (about twice as fast on a {@code [256, 784]} weight:
     * 24 against 50 µs here, the view included), marked in {@code squared} so that the host takes its root after the
     * transfer.
     *
     * @param list the step's numbers
     * @param squared positions in {@code list} that hold squares
     * @param a a tensor shaped like parameter {@code param}
     * @param param the parameter whose (cached) size decides the method
     */
    private void addNorm(NDList list, BitSet squared, NDArray a, int param) {
        if (parameterSizes[param] >= DOT_NORM_FROM) {
            NDArray flat = a.reshape(-1);
            squared.set(list.size());
            list.add(flat.dot(flat));
        } else {
            list.add(a.norm());
        }
    }

    /**
     * Fills the placeholders of the numbers computed on the host from the vectors copied after the stacked scalars:
     * first (when counted here) the correct predictions from the logits, then the norms of small parameters and
     * gradients, in the order they were added.
     */
    private void fillFromHost(float[] v, int from, int[] at, int count, boolean accuracy, long k, int rows) {
        int read = from;
        int e = 0;
        if (accuracy) {
            int classes = dataset.outputSize();
            int[] labels = dataset.train().labels();
            int correct = 0;
            for (int i = 0; i < rows; i++) {
                int row = read + i * classes;
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    // torch.argmax: the first maximum; NaN counts as the maximum.
                    if (v[row + c] > v[row + best] || (Float.isNaN(v[row + c]) && !Float.isNaN(v[row + best]))) {
                        best = c;
                    }
                }
                if (best == labels[batchRow(k, i)]) {
                    correct++;
                }
            }
            v[at[e++]] = correct;
            read += rows * classes;
        }
        int params = parameters.size();
        for (int pass = 0; pass < 2 && e < count; pass++) {
            if (pass == 0 && !detailedMetrics) {
                continue;
            }
            for (int i = 0; i < params && e < count; i++) {
                if (parameterSizes[i] <= HOST_NORM_UPTO) {
                    double sum = 0;
                    int n = (int) parameterSizes[i];
                    for (int j = 0; j < n; j++) {
                        sum += (double) v[read + j] * v[read + j];
                    }
                    v[at[e++]] = (float) Math.sqrt(sum);
                    read += n;
                }
            }
        }
    }

    private static void rootSquares(float[] v, BitSet squared, int offset) {
        for (int i = squared.nextSetBit(0); i >= 0; i = squared.nextSetBit(i + 1)) {
            v[offset + i] = (float) Math.sqrt(v[offset + i]);
        }
    }

    // The gradient-noise numbers of the step: per layer Σ_i ‖g_i‖² = B² Σ_i ‖δ_i/B‖² (m² ‖a_i‖² + 1) and ‖ḡ‖².
    private StepStatistics.Step noiseStep(float[] v, long k, int b, int checksAt, boolean checking) {
        int layers = layerNames.length;
        int gradAt = 2 + (detailedMetrics ? parameters.size() : 0);
        // The vectors follow all scalars: per layer ‖δ_i / B‖, then (past the first layer) ‖a_i‖.
        int vecAt = v.length - (2 * layers - 1) * b;
        double[] firstSq = new double[b];
        for (int i = 0; i < b; i++) {
            firstSq[i] = inputRowSq[batchRow(k, i)];
        }
        double[] perExample = new double[layers];
        double[] meanSq = new double[layers];
        boolean failed = false;
        for (int l = 0; l < layers; l++) {
            double m = parameters.get(noiseWeight[l]).multiplier();
            int rAt = vecAt;
            int aAt = rAt + b;
            vecAt += l == 0 ? b : 2 * b;
            double sum = 0;
            for (int i = 0; i < b; i++) {
                double r = v[rAt + i];
                double a = l == 0 ? firstSq[i] : (double) v[aAt + i] * v[aAt + i];
                sum += r * r * (m * m * a + 1);
            }
            perExample[l] = sum * b * b;
            double gw = v[gradAt + noiseWeight[l]];
            double gb = v[gradAt + noiseBias[l]];
            meanSq[l] = gw * gw + gb * gb;
            if (checking) {
                double diff = v[checksAt + 2 * l];
                double scale = v[checksAt + 2 * l + 1];
                failed |= !(diff <= 1e-3 * scale + 1e-30);
            }
        }
        if (checking) {
            noiseChecked = true;
            if (failed) {
                // The layers' inputs are not what the tap reports: measure between updates from now on.
                instruments.fuse(noiseSlot, false);
                noiseSlot = -1;
                return null;
            }
        }
        return new StepStatistics.Step(step, b, List.of(layerNames), perExample, meanSq, null, null, null);
    }

    // The weight-norm numbers of the step: per layer ‖θ‖², ‖lr · multiplier · d‖² and ‖θ − θ0‖² after the update.
    private StepStatistics.Step normsStep(float[] v, double lr, int params, boolean[] ownDirection, int base,
            boolean distanceDue) {
        int layers = layerNames.length;
        int gradAt = 2 + (detailedMetrics ? params : 0);
        int dirAt = gradAt + params;
        double[] paramSq = new double[layers];
        double[] updateSq = new double[layers];
        double[] distanceSq = new double[layers];
        for (int i = 0; i < params; i++) {
            int l = layerOf[i];
            double direction = ownDirection[i] ? v[dirAt++] : v[gradAt + i];
            double update = lr * parameters.get(i).learningRateMultiplier() * direction;
            int per = (detailedMetrics ? 0 : 1) + (distanceDue ? 1 : 0);
            double norm = detailedMetrics ? 0 : v[base + per * i];
            double distance = distanceDue ? v[base + per * i + per - 1] : 0;
            if (l >= 0) {
                paramSq[l] += norm * norm;
                updateSq[l] += update * update;
                distanceSq[l] += distance * distance;
            }
        }
        return new StepStatistics.Step(step, batchSize, List.of(layerNames), null, null, paramSq, updateSq,
                distanceDue ? distanceSq : null);
    }

    private double[] record(float[] v, double lr, int params, boolean[] ownDirection) {
        double loss = squaredError ? v[0] : -v[0];
        int at = 2;
        double[] weightSq = new double[layerNames.length];
        double[] updateSq = new double[layerNames.length];
        double[] paramNorm = new double[params];
        if (detailedMetrics) {
            for (int i = 0; i < params; i++) {
                paramNorm[i] = v[at++];
            }
        }
        double gradSq = 0;
        double[] gradNorm = new double[params];
        for (int i = 0; i < params; i++) {
            gradNorm[i] = v[at++];
            gradSq += gradNorm[i] * gradNorm[i];
        }
        double gradTotal = Math.sqrt(gradSq);
        sink.record(step, MetricNames.LOSS, loss);
        if (classification) {
            sink.record(step, MetricNames.ACCURACY, v[1] / batchSize);
        }
        sink.record(step, MetricNames.LEARNING_RATE, lr);
        sink.record(step, MetricNames.GRAD_NORM, gradTotal);
        if (detailedMetrics) {
            for (int i = 0; i < params; i++) {
                double direction = ownDirection[i] ? v[at++] : gradNorm[i];
                double update = lr * parameters.get(i).learningRateMultiplier() * direction;
                weightSq[layerOf[i]] += paramNorm[i] * paramNorm[i];
                updateSq[layerOf[i]] += update * update;
            }
            for (int l = 0; l < layerNames.length; l++) {
                double w = Math.sqrt(weightSq[l]);
                sink.record(step, weightNormNames[l], w);
                sink.record(step, updateRatioNames[l], w > 0 ? Math.sqrt(updateSq[l]) / w : Double.NaN);
            }
        }
        return new double[] {loss, gradTotal};
    }

    private NDArray deltaScale(float scale) {
        return deltaScale.of(scale, runManager);
    }

    private NDArray scaledSeed(float rate) {
        return scaledSeed.of(squaredError ? rate : -rate, runManager);
    }

    /** A 0-d float tensor kept while its value repeats (a learning rate changes at most once per step). */
    private static final class CachedScalar {
        private NDArray tensor;
        private float value = Float.NaN;

        NDArray of(float v, NDManager manager) {
            if (tensor == null || Float.compare(value, v) != 0) {
                if (tensor != null) {
                    tensor.close();
                }
                tensor = manager.create(v);
                value = v;
            }
            return tensor;
        }
    }

    private NDArray[] batch(long k, NDManager sm) {
        if (fullBatch) {
            return new NDArray[] {trainX, trainY, trainOneHot};
        }
        long epoch = k / stepsPerEpoch;
        long from = (k % stepsPerEpoch) * batchSize;
        if (!shuffle) {
            // Views of rows from..from+B, one native call each (an NDIndex takes four).
            return new NDArray[] {JniUtils.slice((PtNDArray) trainX, 0, from, from + batchSize, 1),
                JniUtils.slice((PtNDArray) trainY, 0, from, from + batchSize, 1),
                trainOneHot == null ? null : JniUtils.slice((PtNDArray) trainOneHot, 0, from, from + batchSize, 1)};
        }
        order(epoch);
        if (permutation == null) {
            permutation = runManager.create(permutationOrder);
        }
        permutation.tempAttach(sm);
        NDArray index = JniUtils.slice((PtNDArray) permutation, 0, from, from + batchSize, 1);
        return new NDArray[] {trainX.get(index), trainY.get(index),
            trainOneHot == null ? null : trainOneHot.get(index)};
    }

    // The epoch's order of the training rows (host), made when the epoch starts; its tensor is made when needed.
    private long[] order(long epoch) {
        if (epoch != permutationEpoch) {
            if (permutation != null) {
                permutation.close();
                permutation = null;
            }
            permutationOrder = permutation(epoch);
            permutationEpoch = epoch;
        }
        return permutationOrder;
    }

    private long[] permutation(long epoch) {
        int n = dataset.train().size();
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = Seeds.stream(seed, "shuffle", epoch);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    // Labels are stored as [n, 1] so that both the gather of the loss and this comparison need no reshape.
    private static NDArray correct(NDArray out, NDArray y) {
        return JniUtils.argMax((PtNDArray) out, 1, true).eq(y).sum().toType(DataType.FLOAT32, false);
    }

    // The batch loss up to its sign: the mean log-probability of the labels (classification, loss = -this), or
    // half the mean squared error (regression, loss = this). The sign goes into the backward seed.
    private NDArray signedLoss(NDArray out, NDArray y) {
        if (!squaredError) {
            // Labels are int64 [n, 1]: one gather picks each row's log-probability.
            return JniUtils.gather((PtNDArray) out.logSoftmax(1), (PtNDArray) y, 1).mean();
        }
        long n = out.getShape().get(0);
        NDArray sumSquares = out.sub(regressionTargets(out, y)).square().sum();
        // The scalar must have the data type of the array it multiplies (float32 training, float64 Hessian work).
        return out.getDataType() == DataType.FLOAT64 ? sumSquares.mul(0.5 / n) : sumSquares.mul(0.5f / n);
    }

    // Squared error on a classification dataset regresses the one-hot code of the label (Cohen et al. 2021).
    private NDArray regressionTargets(NDArray out, NDArray y) {
        if (!classification) {
            return y.getDataType() == out.getDataType() ? y : y.toType(out.getDataType(), false);
        }
        return y.reshape(-1).oneHot(Math.toIntExact(out.getShape().get(1))).toType(out.getDataType(), false);
    }

    /**
     * The training loss as trained on, with its sign: cross-entropy or half the mean squared error.
     *
     * @param out network outputs
     * @param y targets (labels {@code [n, 1]} or values)
     * @return the scalar loss, in the data type of {@code out}
     */
    NDArray trainingLoss(NDArray out, NDArray y) {
        NDArray signed = signedLoss(out, y);
        return squaredError ? signed : signed.neg();
    }

    /**
     * Evaluates the current network on the test split (no gradients).
     *
     * @return the mean loss and accuracy over the test split
     */
    public Evaluation evaluate() {
        int n = dataset.test().size();
        if (n == 0) {
            return new Evaluation(step, Double.NaN, Double.NaN, 0);
        }
        double lossSum = 0;
        double correct = 0;
        JniUtils.setGradMode(false);
        try (NDManager sm = runManager.newSubManager()) {
            sm.tempAttachAll(longLived);
            testX.tempAttach(sm);
            testY.tempAttach(sm);
            for (int from = 0; from < n; from += EVAL_CHUNK) {
                int to = Math.min(n, from + EVAL_CHUNK);
                NDIndex rows = new NDIndex().addSliceDim(from, to);
                NDArray y = testY.get(rows);
                NDArray out = network.forward(testX.get(rows));
                NDArray sums;
                if (classification) {
                    NDArray lossSumArray = squaredError
                            ? out.sub(regressionTargets(out, y)).square().sum().mul(0.5f)
                            : out.logSoftmax(1).get(new NDIndex().addAllDim().addPickDim(y)).sum().neg();
                    sums = NDArrays.stack(new NDList(lossSumArray, correct(out, y)));
                } else {
                    sums = out.sub(y).square().sum().mul(0.5f).reshape(1);
                }
                float[] v = sums.toFloatArray();
                lossSum += v[0];
                correct += classification ? v[1] : 0;
            }
        }
        return new Evaluation(step, lossSum / n, classification ? correct / n : Double.NaN, n);
    }

    private void evaluateAndRecord() {
        Evaluation e = evaluate();
        lastEvaluation = e;
        sink.record(e.step(), MetricNames.TEST_LOSS, e.loss());
        if (classification) {
            sink.record(e.step(), MetricNames.TEST_ACCURACY, e.accuracy());
        }
        sink.evaluated(e);
    }

    /**
     * Saves parameters and optimizer state so that {@link #restoreCheckpoint} continues bit-identically.
     *
     * @param file the checkpoint file; written atomically
     * @throws IOException if writing fails
     */
    public void saveCheckpoint(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        List<NDArray> arrays = new ArrayList<>();
        for (ParameterTensor p : parameters) {
            names.add(p.name());
            arrays.add(p.value());
        }
        for (NDArray s : optimizer.state()) {
            names.add(s.getName());
            arrays.add(s);
        }
        Checkpoints.write(file, step, network.describe(), names, arrays);
    }

    /**
     * Restores parameters, optimizer state and the step from a checkpoint of the same experiment.
     *
     * @param file the checkpoint file
     * @throws IOException if the file is unreadable or belongs to a different network or optimizer
     */
    public void restoreCheckpoint(Path file) throws IOException {
        try (NDManager sm = runManager.newSubManager()) {
            Checkpoints.Content content = Checkpoints.read(file, sm);
            List<NDArray> targets = new ArrayList<>();
            for (ParameterTensor p : parameters) {
                targets.add(p.value());
            }
            targets.addAll(optimizer.state());
            if (content.arrays().size() != targets.size()) {
                throw new IOException(file + " holds " + content.arrays().size() + " arrays; this run's network and"
                        + " optimizer need " + targets.size() + " (" + network.describe() + ").");
            }
            for (int i = 0; i < targets.size(); i++) {
                NDArray source = content.arrays().get(i);
                NDArray target = targets.get(i);
                if (!source.getShape().equals(target.getShape())) {
                    throw new IOException(file + ": array " + content.names().get(i) + " has shape "
                            + source.getShape() + ", this run needs " + target.getShape() + ".");
                }
                // Copied into the existing storage (index_put_ over the whole tensor): NDArray.set(Buffer) would
                // swap in new storage, leaving the views made of the parameters (flat views for the norms, the
                // per-example bias leaves of gradient noise) reading the old values.
                if (target.getShape().dimension() == 0) {
                    target.set(source.toByteBuffer());
                } else {
                    target.set(new NDIndex().addSliceDim(0, target.getShape().get(0)), source);
                }
            }
            if (content.step() < 0 || content.step() > totalSteps) {
                throw new IOException(file + " is at step " + content.step() + ", outside this run's 0.."
                        + totalSteps + ".");
            }
            step = content.step();
            lastEvaluation = null;
        }
    }

    private NDArray inputs(DataSplit split) {
        return runManager.create(split.inputs(), new Shape(split.size(), split.inputSize()));
    }

    private NDArray targets(DataSplit split) {
        if (split.isClassification()) {
            long[] labels = new long[split.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = split.labels()[i];
            }
            return runManager.create(labels, new Shape(split.size(), 1));
        }
        return runManager.create(split.targets(), new Shape(split.size(), split.targetSize()));
    }

    /**
     * The steady training rate: the median of per-window rates after a warm-up, so that start-up, allocation, JIT
     * compilation, evaluations and checkpoints (timed outside the steps) do not count. Memory stays constant for runs
     * of any length.
     */
    static final class RateMeter {

        private final long warmup;
        private final long window;
        private final List<Double> rates = new ArrayList<>();
        private long seen;
        private long windowNanos;
        private long windowSteps;
        private long totalNanos;

        RateMeter(long plannedSteps) {
            // The PyTorch peer's warm-up (100 updates), or a fifth of a short run: the JVM compiles the step's Java
            // code in that time.
            this.warmup = Math.min(100, plannedSteps / 5);
            this.window = Math.max(1, Math.min(50, (plannedSteps - warmup) / 5));
        }

        void add(long nanos) {
            seen++;
            totalNanos += nanos;
            if (seen <= warmup) {
                return;
            }
            windowNanos += nanos;
            if (++windowSteps == window) {
                rates.add(window / (windowNanos / 1e9));
                windowNanos = 0;
                windowSteps = 0;
            }
        }

        double rate() {
            if (rates.isEmpty()) {
                return seen == 0 ? Double.NaN : seen / (totalNanos / 1e9);
            }
            List<Double> sorted = new ArrayList<>(rates);
            sorted.sort(null);
            int m = sorted.size();
            return m % 2 == 1 ? sorted.get(m / 2) : (sorted.get(m / 2 - 1) + sorted.get(m / 2)) / 2;
        }
    }

    /**
     * Returns the number of updates done.
     *
     * @return the step
     */
    public long step() {
        return step;
    }

    /**
     * Returns the number of updates the run is planned for.
     *
     * @return the total
     */
    public long totalSteps() {
        return totalSteps;
    }

    /**
     * Returns the number of updates per epoch.
     *
     * @return training examples divided by the batch size, rounded down
     */
    public int stepsPerEpoch() {
        return stepsPerEpoch;
    }

    /**
     * Returns the network being trained; its forward pass reaches every layer's activation.
     *
     * @return the network
     */
    public Network network() {
        return network;
    }

    /**
     * Returns the dataset, with its checksum for provenance.
     *
     * @return the dataset
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Returns the engine's names, versions, device and thread count for provenance.
     *
     * @return the engine information
     */
    public EngineInfo engineInfo() {
        return engine;
    }

    /**
     * Returns the last test evaluation.
     *
     * @return the evaluation, or {@code null} before the first
     */
    public Evaluation lastEvaluation() {
        return lastEvaluation;
    }

    /**
     * Returns a provenance summary: engine, device, threads, dataset checksum, network, seed.
     *
     * @return key to value, in a stable order
     */
    public Map<String, String> provenance() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("engine", engine.engineName());
        p.put("engine_version", engine.engineVersion());
        p.put("djl_version", engine.djlVersion());
        p.put("device", engine.device().label());
        p.put("threads", Integer.toString(engine.threads()));
        p.put("mkl_dispatch", engine.mklDispatch());
        p.put("dataset", dataset.name());
        p.put("data_checksum", dataset.checksum());
        p.put("network", network.describe());
        p.put("seed", Long.toString(seed));
        p.put("training_step", fused != null ? NativeMlpStep.DESCRIPTION : "libtorch operations");
        return p;
    }

    /**
     * Runs code against an instrument context over the network's current state and the data the settings select,
     * outside the training schedule: how tests check an instrument against a direct computation, and how one-off
     * analyses measure a trained network. Call on the trainer's thread.
     *
     * @param settings the instrument settings (data scope, parameters)
     * @param body the computation; the context's arrays are freed when it returns, so return Java values
     * @param <T> the result type
     * @return what the body returned
     */
    public <T> T inspect(org.lmw.engine.instruments.InstrumentSettings settings,
            java.util.function.Function<org.lmw.engine.instruments.InstrumentContext, T> body) {
        EngineService.setThreads(engine.threads());
        JniUtils.setGradMode(false);
        return instruments.inspect(settings, step, schedule.at(Math.max(0, step - 1)), body);
    }

    /** Frees the run's native memory: data, parameters, optimizer state. */
    @Override
    public void close() {
        instruments.close();
        if (fused != null) {
            fused.close();
        }
        runManager.close();
    }

    /** The trainer as its instruments see it. */
    private final class Host implements InstrumentRunner.Host {
        @Override
        public NDManager runManager() {
            return runManager;
        }

        @Override
        public Network network() {
            return network;
        }

        @Override
        public List<ParameterTensor> parameters() {
            return parameters;
        }

        @Override
        public NDArray[] longLived() {
            return longLived;
        }

        @Override
        public boolean classification() {
            return classification;
        }

        @Override
        public int outputSize() {
            return dataset.outputSize();
        }

        @Override
        public NDArray loss(NDArray outputs, NDArray targets) {
            return trainingLoss(outputs, targets);
        }

        @Override
        public NDArray[] gradients(NDArray[] values, NDArray inputs, NDArray targets, NDManager into) {
            int params = parameters.size();
            if (values.length != params) {
                throw new IllegalArgumentException("gradients: " + values.length + " parameter values given, the"
                        + " network has " + params);
            }
            NDArray[] leaves = new NDArray[params];
            for (int i = 0; i < params; i++) {
                leaves[i] = JniUtils.detachGradient((PtNDArray) values[i]);
                leaves[i].attach(into);
                leaves[i].setRequiresGradient(true);
            }
            boolean wasOn = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
            try {
                NDArray x = inputs.getDataType() == values[0].getDataType() ? inputs
                        : inputs.toType(values[0].getDataType(), false);
                NDArray out = network.forwardWith(x, leaves, null);
                NDArray loss = signedLoss(out, targets);
                NDArray seed = into.create(squaredError ? 1.0 : -1.0).toType(loss.getDataType(), false);
                JniUtils.backward((PtNDArray) loss, (PtNDArray) seed, false, false);
            } finally {
                JniUtils.setGradMode(wasOn);
            }
            NDArray[] grads = new NDArray[params];
            for (int i = 0; i < params; i++) {
                grads[i] = leaves[i].getGradient();
                grads[i].attach(into);
            }
            return grads;
        }

        @Override
        public NDArray trainX() {
            return trainX;
        }

        @Override
        public NDArray trainY() {
            return trainY;
        }

        @Override
        public int batchSize() {
            return fullBatch ? dataset.train().size() : batchSize;
        }

        @Override
        public long totalSteps() {
            return totalSteps;
        }

        @Override
        public long seed() {
            return seed;
        }
    }

    /** Builds a {@link Trainer}: {@code setX} for required values, {@code optX} for optional ones. */
    public static final class Builder {

        private Experiment experiment;
        private Dataset dataset;
        private int threads;
        private ComputeDevice device = ComputeDevice.CPU;
        private MetricSink sink = MetricSink.NONE;
        private BooleanSupplier cancelled = () -> false;
        private CheckpointHook checkpointHook;
        // -Dlmw.detailedMetrics=false turns the per-layer metrics off by default (through the CLI's LMW_VMARGS).
        private InstrumentRegistry instrumentRegistry = InstrumentRegistry.global();
        private boolean detailedMetrics = Boolean.parseBoolean(System.getProperty("lmw.detailedMetrics", "true"));
        // -Dlmw.stepMetrics=false records no per-step metric at all (the loss is still read, to catch divergence):
        // the baseline against which the benchmark prices recording them.
        private boolean stepMetrics = Boolean.parseBoolean(System.getProperty("lmw.stepMetrics", "true"));

        private Builder() {
        }

        /**
         * Sets the experiment to run (required).
         *
         * @param experiment the experiment; its seed, dataset, model, optimizer and training are read at build time
         * @return this builder
         */
        public Builder setExperiment(Experiment experiment) {
            this.experiment = experiment;
            return this;
        }

        /**
         * Uses an already loaded dataset instead of resolving the experiment's dataset reference.
         *
         * @param dataset the dataset
         * @return this builder
         */
        public Builder optDataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /**
         * Sets the intra-op thread count (default: one per processor).
         *
         * @param threads the thread count, 0 for the default
         * @return this builder
         */
        public Builder optThreads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * Sets the device (default CPU).
         *
         * @param device the device
         * @return this builder
         */
        public Builder optDevice(ComputeDevice device) {
            this.device = Objects.requireNonNull(device, "device");
            return this;
        }

        /**
         * Sets where metrics go (default: nowhere).
         *
         * @param sink the sink
         * @return this builder
         */
        public Builder optMetricSink(MetricSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * Sets the cancellation check, called before every update.
         *
         * @param cancelled returns {@code true} when the run should stop
         * @return this builder
         */
        public Builder optCancellation(BooleanSupplier cancelled) {
            this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
            return this;
        }

        /**
         * Sets the checkpoint hook, called every {@code checkpointEvery} updates.
         *
         * @param hook the hook
         * @return this builder
         */
        public Builder optCheckpointHook(CheckpointHook hook) {
            this.checkpointHook = hook;
            return this;
        }

        /**
         * Sets where instrument ids are resolved (default: {@link InstrumentRegistry#global()}).
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder optInstrumentRegistry(InstrumentRegistry registry) {
            this.instrumentRegistry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * Turns the per-layer metrics (weight norms, update ratios) on or off (default on); loss, accuracy, learning
         * rate and gradient norm are always recorded. Off is for measuring what the per-layer metrics cost.
         *
         * @param detailed whether to record per-layer metrics
         * @return this builder
         */
        public Builder optDetailedMetrics(boolean detailed) {
            this.detailedMetrics = detailed;
            return this;
        }

        /**
         * Turns all per-step metrics on or off (default on). Off, a step reads only its loss (to stop a diverged run)
         * and records nothing; evaluations, checkpoints and instruments are unchanged. Off is for measuring what
         * recording the per-step metrics costs.
         *
         * @param record whether to record per-step metrics
         * @return this builder
         */
        public Builder optStepMetrics(boolean record) {
            this.stepMetrics = record;
            return this;
        }

        /**
         * Loads the data, starts the engine if needed and builds the network and optimizer.
         *
         * @return the trainer; close it to free native memory
         * @throws IOException if the dataset cannot be loaded
         * @throws IllegalArgumentException if the experiment describes an impossible run; the message names the field
         */
        public Trainer build() throws IOException {
            if (experiment == null) {
                throw new IllegalStateException("Trainer.builder() needs setExperiment(...).");
            }
            return new Trainer(this);
        }
    }
}
