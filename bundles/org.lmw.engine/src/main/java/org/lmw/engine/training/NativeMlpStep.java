// The fused CPU training step of a ReLU MLP under cross-entropy and plain SGD (native/lmw_kernels.c).
package org.lmw.engine.training;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.lmw.engine.EngineService;
import org.lmw.engine.models.ParameterTensor;

/**
 * One update of a ReLU MLP with biases (unit multipliers and learning-rate multipliers) under cross-entropy and SGD
 * (plain, with momentum and/or weight decay, as {@link SgdOptimizer}) or Adam (as {@link AdamOptimizer}), done by
 * {@code liblmw_kernels.so} in one native call: the eight matrix products through the {@code sgemm_} of
 * the MKL inside libtorch (the kernels torch's own {@code addmm}/{@code mm} run), everything between them in single
 * passes: bias + ReLU, log-softmax with the loss, the batch accuracy and the output gradient
 * {@code (softmax − one-hot)·lr/B} (plain SGD: the gradients come out as {@code lr·g}, and the update is
 * {@code θ −= lr·g}) or {@code (softmax − one-hot)/B} (otherwise the optimizer's own update, operation by operation
 * as its tensor code rounds it), the ReLU masks, the bias sums, and the update, which also sums {@code ‖θ‖²} (before
 * the update), {@code ‖g‖²} and {@code ‖d‖²} for the step's metrics. The parameters are updated in their
 * tensors' own storage, so everything else that reads them (evaluation, instruments, checkpoints) sees the same
 * numbers; a restored checkpoint is copied into that storage too.
 *
 * <p>Numerically this is the hand-written backward pass of {@code Mlp.backpropagate} (and autograd's), up to the
 * rounding of the element-wise functions: the equivalence is tested. Deterministic: every reduction has a fixed
 * order.
 *
 * <p>Only for CPU tensors; the library sits beside libtorch in the natives folder ({@code lmw.kernels} names another
 * file). Without it, or with {@code -Dlmw.fusedStep=false}, training takes the libtorch path.
 */
final class NativeMlpStep implements AutoCloseable {

    /** File name of the kernel library in the natives folder. */
    static final String LIBRARY_FILE = "liblmw_kernels.so";
    /** How provenance names this step. */
    static final String DESCRIPTION = "fused native step: liblmw_kernels with libtorch's MKL sgemm";
    private static final String BLAS_FILE = "libtorch_cpu.so";
    private static final Logger LOG = Logger.getLogger(NativeMlpStep.class.getName());

    private static String loadFailure;
    private static boolean loaded;

    private static final int MODE_FOLDED = 0;
    private static final int MODE_SGD = 1;
    private static final int MODE_ADAM = 2;

    private final int layers;
    /** SGD: {μ, wd}; Adam: {β1, β2, ε, wd}. */
    private final double[] hyper;
    private final boolean adam;
    private final float[] coefficients = new float[9];
    private final int[] weightParam;
    private final int[] biasParam;
    private final double[] out;
    private final IntBuffer rowIndex;
    // The buffers the native side holds pointers into. Those over tensors alias the tensors' memory (the trainer
    // keeps the tensors); the labels' buffer is this object's own and must stay reachable while the step can run.
    @SuppressWarnings("unused")
    private final Object[] pinned;
    private long handle;
    private long steps;

    private NativeMlpStep(long handle, int layers, int[] weightParam, int[] biasParam, int batch, boolean rowsListed,
            boolean adam, double[] hyper, Object[] pinned) {
        this.handle = handle;
        this.layers = layers;
        this.adam = adam;
        this.hyper = hyper;
        this.weightParam = weightParam;
        this.biasParam = biasParam;
        this.out = new double[2 + 6 * layers];
        this.rowIndex = rowsListed
                ? ByteBuffer.allocateDirect(4 * batch).order(ByteOrder.nativeOrder()).asIntBuffer() : null;
        this.pinned = pinned;
    }

    /**
     * Plans the fused step for a network, or says why it cannot run (then {@code null} is returned and the reason is
     * logged at FINE).
     *
     * @param parameters the network's parameters in network order: per layer a 2-d weight {@code [out, in]}, then its
     *     bias, every multiplier 1
     * @param layerOrder the network's layer names, input to output
     * @param trainX the training inputs {@code [n, in]}, float32, contiguous, on the CPU
     * @param labels the training labels, {@code n} of them, each in {@code [0, classes)}
     * @param batch the largest number of rows one step uses
     * @param shuffled whether batches are lists of rows (a permutation) rather than runs of consecutive rows
     * @param optimizer the optimizer ({@link SgdOptimizer} or {@link AdamOptimizer}): its hyperparameters and state
     *     (per parameter, in parameter order)
     * @return the step, or {@code null}
     */
    static NativeMlpStep plan(List<ParameterTensor> parameters, List<String> layerOrder, NDArray trainX, int[] labels,
            int batch, boolean shuffled, Optimizer optimizer) {
        if (!Boolean.parseBoolean(System.getProperty("lmw.fusedStep", "true"))) {
            return null;
        }
        int layers = layerOrder.size();
        if (layers < 1 || parameters.size() != 2 * layers || !trainX.getDevice().equals(Device.cpu())
                || trainX.getShape().dimension() != 2 || trainX.getDataType() != DataType.FLOAT32) {
            return null;
        }
        int[] dims = new int[layers + 1];
        int[] weightParam = new int[layers];
        int[] biasParam = new int[layers];
        ByteBuffer[] weights = new ByteBuffer[layers];
        ByteBuffer[] biases = new ByteBuffer[layers];
        boolean adam = optimizer instanceof AdamOptimizer;
        double[] hyper;
        if (optimizer instanceof SgdOptimizer sgd) {
            hyper = new double[] {sgd.momentum(), sgd.weightDecay()};
        } else if (optimizer instanceof AdamOptimizer a) {
            hyper = a.hyperparameters();
        } else {
            return null;
        }
        List<NDArray> buffers = optimizer.state();
        int perParameter = buffers.size() / parameters.size();
        int expected = adam ? 2 : buffers.isEmpty() ? 0 : 1;
        if (buffers.size() != perParameter * parameters.size() || perParameter != expected) {
            return null;
        }
        ByteBuffer[] state = perParameter == 0 ? null : new ByteBuffer[buffers.size()];
        for (int i = 0; state != null && i < state.length; i++) {
            state[i] = direct(buffers.get(i));
            if (state[i] == null || buffers.get(i).getShape().size() != parameters.get(i / perParameter).value()
                    .getShape().size() || buffers.get(i).getDataType() != DataType.FLOAT32) {
                return null;
            }
        }
        dims[0] = Math.toIntExact(trainX.getShape().get(1));
        for (int l = 0; l < layers; l++) {
            ParameterTensor w = parameters.get(2 * l);
            ParameterTensor b = parameters.get(2 * l + 1);
            if (!w.layer().equals(layerOrder.get(l)) || !b.layer().equals(layerOrder.get(l)) || w.bias() || !b.bias()
                    || w.multiplier() != 1 || b.multiplier() != 1 || w.learningRateMultiplier() != 1
                    || b.learningRateMultiplier() != 1 || w.value().getShape().dimension() != 2
                    || b.value().getShape().dimension() != 1 || w.value().getShape().get(1) != dims[l]
                    || b.value().getShape().get(0) != w.value().getShape().get(0)
                    || w.value().getDataType() != DataType.FLOAT32 || b.value().getDataType() != DataType.FLOAT32
                    || !w.value().getDevice().equals(Device.cpu())) {
                return null;
            }
            dims[l + 1] = Math.toIntExact(w.value().getShape().get(0));
            weightParam[l] = 2 * l;
            biasParam[l] = 2 * l + 1;
            weights[l] = direct(w.value());
            biases[l] = direct(b.value());
            if (weights[l] == null || biases[l] == null) {
                return null;
            }
        }
        int classes = dims[layers];
        for (int y : labels) {
            if (y < 0 || y >= classes) {
                return null;
            }
        }
        ByteBuffer x = direct(trainX);
        if (x == null || labels.length != trainX.getShape().get(0) || !load()) {
            return null;
        }
        ByteBuffer y = ByteBuffer.allocateDirect(4 * labels.length).order(ByteOrder.nativeOrder());
        y.asIntBuffer().put(labels);
        Path blas = EngineService.nativesFolder().resolve(BLAS_FILE);
        try {
            long handle = create(blas.toString(), dims, batch, weights, biases, state, perParameter, x, y,
                    labels.length);
            Object[] pinned = {weights, biases, state, x, y};
            return new NativeMlpStep(handle, layers, weightParam, biasParam, batch, shuffled, adam, hyper, pinned);
        } catch (IllegalStateException e) {
            LOG.log(Level.FINE, "training takes the libtorch path: {0}", e.getMessage());
            return null;
        }
    }

    // A direct buffer over a contiguous CPU tensor's own memory, or null.
    private static ByteBuffer direct(NDArray a) {
        if (!(a instanceof PtNDArray pt) || !a.getDevice().equals(Device.cpu())) {
            return null;
        }
        ByteBuffer buffer = JniUtils.getByteBuffer(pt, true);
        if (!buffer.isDirect() || buffer.capacity() != a.getShape().size() * 4) {
            return null;
        }
        return buffer;
    }

    private static synchronized boolean load() {
        if (loaded) {
            return true;
        }
        if (loadFailure != null) {
            return false;
        }
        String named = System.getProperty("lmw.kernels");
        Path file = named != null ? Path.of(named) : EngineService.nativesFolder().resolve(LIBRARY_FILE);
        if (!Files.isRegularFile(file)) {
            loadFailure = "no " + file;
        } else {
            try {
                System.load(file.toAbsolutePath().toString());
                loaded = true;
            } catch (UnsatisfiedLinkError e) {
                loadFailure = e.getMessage();
            }
        }
        if (!loaded) {
            LOG.log(Level.FINE, "the fused MLP step is unavailable ({0}); training takes the libtorch path",
                    loadFailure);
        }
        return loaded;
    }

    /**
     * Whether the update has a direction of its own ({@code d ≠ g}: momentum or weight decay), whose norm the step
     * then reports after the gradient norms.
     */
    boolean ownDirection() {
        return adam || hyper[0] > 0 || hyper[1] != 0;
    }

    /**
     * Whether plain SGD can take the learning rate into the backward pass at this rate (then the gradients come out
     * as {@code lr·g} and the update is one subtraction).
     */
    boolean folds(float rate) {
        return !ownDirection() && rate > 0 && Float.isFinite(rate);
    }

    /**
     * Does one update.
     *
     * @param first the first row of the batch (consecutive rows), or its position in {@code listed}
     * @param listed the epoch's order of the rows when batches are shuffled, else {@code null}
     * @param count rows in the batch
     * @param k the update's index (0 = the first; Adam's bias correction uses {@code t = k + 1})
     * @param rate the learning rate (finite)
     * @param metrics whether to sum the norms
     * @param v the step's numbers in the trainer's layout: [signed loss, correct, ‖θ_i‖ (when {@code weightNorms}),
     *     ‖g_i‖, ‖d_i‖ (when {@link #ownDirection()})]
     * @param weightNorms whether {@code v} has the ‖θ_i‖ block
     */
    void step(long first, long[] listed, int count, long k, float rate, boolean metrics, float[] v,
            boolean weightNorms) {
        if (handle == 0) {
            throw new IllegalStateException("fused MLP step used after close");
        }
        if (listed != null) {
            rowIndex.clear();
            for (int i = 0; i < count; i++) {
                rowIndex.put(i, (int) listed[Math.toIntExact(first + i)]);
            }
        }
        boolean folded = folds(rate);
        int mode = folded ? MODE_FOLDED : adam ? MODE_ADAM : MODE_SGD;
        coefficients[0] = rate;
        if (adam) {
            // As AdamOptimizer.update: each factor rounded to float from its double value.
            long t = k + 1;
            coefficients[1] = (float) hyper[0];
            coefficients[2] = (float) (1 - hyper[0]);
            coefficients[3] = (float) hyper[1];
            coefficients[4] = (float) (1 - hyper[1]);
            coefficients[5] = (float) (1 - Math.pow(hyper[0], t));
            coefficients[6] = (float) Math.sqrt(1 - Math.pow(hyper[1], t));
            coefficients[7] = (float) hyper[2];
            coefficients[8] = (float) hyper[3];
        } else {
            coefficients[1] = (float) hyper[0];
            coefficients[2] = (float) hyper[1];
        }
        step(handle, listed == null ? first : 0, listed == null ? null : rowIndex, count,
                folded ? rate / count : 1f / count, mode, coefficients, metrics, out);
        steps++;
        v[0] = (float) out[0];
        v[1] = (float) out[1];
        if (!metrics) {
            return;
        }
        int params = 2 * layers;
        int gradAt = 2 + (weightNorms ? params : 0);
        // With lr folded in, lr·g came out of the kernel: back to ‖g‖.
        double unscale = folded ? rate : 1;
        for (int l = 0; l < layers; l++) {
            int[] at = {weightParam[l], biasParam[l]};
            for (int p = 0; p < 2; p++) {
                if (weightNorms) {
                    v[2 + at[p]] = (float) Math.sqrt(out[2 + 2 * l + p]);
                }
                v[gradAt + at[p]] = (float) (Math.sqrt(out[2 + 2 * layers + 2 * l + p]) / unscale);
                if (ownDirection()) {
                    v[gradAt + params + at[p]] = (float) Math.sqrt(out[2 + 4 * layers + 2 * l + p]);
                }
            }
        }
    }

    @Override
    public void close() {
        if (handle != 0) {
            destroy(handle);
            handle = 0;
        }
    }

    /** Updates done so far (tests check that the trainer takes this step). */
    long steps() {
        return steps;
    }

    private static native long create(String blasLibrary, int[] dims, int batch, ByteBuffer[] weights,
            ByteBuffer[] biases, ByteBuffer[] state, int statePerParameter, ByteBuffer inputs, ByteBuffer labels,
            long examples);

    private static native void step(long handle, long first, IntBuffer rows, int count, float scale, int mode,
            float[] coefficients, boolean metrics, double[] out);

    private static native void destroy(long handle);
}
