// Tests that networks built from the ModelSpec have the right shapes, seeded weights and reachable activations.
package org.lmw.engine.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lmw.engine.ComputeDevice;
import org.lmw.engine.EngineService;
import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.LmwFactory;
import org.lmw.model.ModelSpec;
import org.lmw.model.OptimizerKind;
import org.lmw.model.Parametrisation;

class NetworksTest {

    private static NDManager manager;

    @BeforeAll
    static void start() {
        EngineService.ensureStarted(1, ComputeDevice.CPU);
        manager = EngineService.newManager(ComputeDevice.CPU);
    }

    @AfterAll
    static void stop() {
        manager.close();
    }

    private static ModelSpec spec(Architecture architecture, int width, int depth) {
        ModelSpec m = LmwFactory.eINSTANCE.createModelSpec();
        m.setArchitecture(architecture);
        m.setWidth(width);
        m.setDepth(depth);
        m.setActivation(Activation.RELU);
        return m;
    }

    @Test
    void benchMlpHasTheSameParameterCountAsThePyTorchPeer() {
        try (Network net = Networks.create(spec(Architecture.MLP, 256, 2), new int[] {1, 28, 28}, 10,
                OptimizerKind.SGD, 0, manager)) {
            // 784*256+256 + 256*256+256 + 256*10+10
            assertEquals(269_322, net.parameterCount());
            assertEquals(List.of("fc1", "fc2", "out"), net.layers());
            assertTrue(net.describe().startsWith("mlp 784-256-256-10 relu standard"), net.describe());
        }
    }

    @Test
    void writtenOutBackwardPassEqualsAutograd() {
        // Mlp.backpropagate (the trainer's libtorch path for cross-entropy + plain SGD) against autograd on one batch:
        // output gradient (softmax - one-hot)/B, the gradients of the mean cross-entropy.
        try (NDManager step = manager.newSubManager();
                Network net = Networks.create(spec(Architecture.MLP, 32, 2), new int[] {12}, 5, OptimizerKind.SGD, 3,
                        manager)) {
            assertTrue(net.backpropagatesByHand());
            int b = 16;
            NDArray x = step.randomNormal(new Shape(b, 12));
            float[] hot = new float[b * 5];
            long[] labels = new long[b];
            for (int i = 0; i < b; i++) {
                labels[i] = (i * 7) % 5;
                hot[i * 5 + (int) labels[i]] = 1;
            }
            NDArray oneHot = step.create(hot, new Shape(b, 5));
            Network.Backprop bp = net.backpropagate(x, z -> z.logSoftmax(1).exp().sub(oneHot).div(b));
            assertTrue(bp != null);
            List<ParameterTensor> ps = net.parameters();
            NDArray[] leaves = new NDArray[ps.size()];
            for (int i = 0; i < leaves.length; i++) {
                leaves[i] = ps.get(i).value().duplicate();
                leaves[i].setRequiresGradient(true);
            }
            NDArray loss;
            try (ai.djl.training.GradientCollector gc = ai.djl.engine.Engine.getInstance().newGradientCollector()) {
                NDArray logp = net.forwardWith(x, leaves, null).logSoftmax(1);
                loss = logp.mul(oneHot).sum().neg().div(b);
                gc.backward(loss);
            }
            int compared = 0;
            for (int i = 0; i < leaves.length; i++) {
                float[] expected = leaves[i].getGradient().toFloatArray();
                float[] actual = bp.gradients()[i].toFloatArray();
                assertEquals(expected.length, actual.length);
                double scale = 0;
                for (float v : expected) {
                    scale = Math.max(scale, Math.abs(v));
                }
                assertTrue(scale > 0, "parameter " + i + " has a zero gradient");
                for (int j = 0; j < expected.length; j++) {
                    assertEquals(expected[j], actual[j], 1e-5 * scale, ps.get(i).name() + "[" + j + "]");
                }
                compared++;
            }
            assertEquals(6, compared);
        }
    }

    @Test
    void sameSeedGivesIdenticalWeightsAndAnotherSeedDifferentOnes() {
        try (Network a = Networks.create(spec(Architecture.MLP, 64, 2), new int[] {20}, 3, OptimizerKind.SGD, 5,
                manager);
                Network b = Networks.create(spec(Architecture.MLP, 64, 2), new int[] {20}, 3, OptimizerKind.SGD, 5,
                        manager);
                Network c = Networks.create(spec(Architecture.MLP, 64, 2), new int[] {20}, 3, OptimizerKind.SGD, 6,
                        manager)) {
            for (int i = 0; i < a.parameters().size(); i++) {
                float[] wa = a.parameters().get(i).value().toFloatArray();
                assertArrayEquals(wa, b.parameters().get(i).value().toFloatArray());
                if (!a.parameters().get(i).bias()) {
                    assertFalse(Arrays.equals(wa, c.parameters().get(i).value().toFloatArray()));
                }
            }
        }
    }

    @Test
    void standardInitialisationHasHeVariance() {
        try (Network net = Networks.create(spec(Architecture.MLP, 512, 1), new int[] {1000}, 10, OptimizerKind.SGD,
                1, manager)) {
            float[] w = net.parameters().get(0).value().toFloatArray();
            double sq = 0;
            for (float v : w) {
                sq += v * v;
            }
            assertEquals(2.0 / 1000, sq / w.length, 2e-4);
        }
    }

    @Test
    void everyLayersActivationIsReachable() {
        try (NDManager step = manager.newSubManager();
                Network net = Networks.create(spec(Architecture.MLP, 32, 3), new int[] {12}, 4, OptimizerKind.SGD, 0,
                        manager)) {
            NDArray x = step.randomNormal(new Shape(5, 12));
            Map<String, NDArray> acts = net.activations(x);
            assertEquals(List.of("fc1", "fc2", "fc3", "out"), List.copyOf(acts.keySet()));
            assertEquals(new Shape(5, 32), acts.get("fc2").getShape());
            assertTrue(acts.get("fc1").min().getFloat() >= 0, "ReLU outputs are non-negative");
            assertArrayEquals(net.forward(x).toFloatArray(), acts.get("out").toFloatArray());
        }
    }

    @Test
    void cnnMapsImagesToClassScoresAndReportsPooledFeatureMaps() {
        ModelSpec m = spec(Architecture.CNN, 64, 2);
        m.setChannels(8);
        try (NDManager step = manager.newSubManager();
                Network net = Networks.create(m, new int[] {1, 28, 28}, 10, OptimizerKind.SGD, 0, manager)) {
            Map<String, NDArray> acts = net.activations(step.randomUniform(0, 1, new Shape(3, 784)));
            assertEquals(new Shape(3, 8, 14, 14), acts.get("conv1").getShape());
            assertEquals(new Shape(3, 16, 7, 7), acts.get("conv2").getShape());
            assertEquals(new Shape(3, 64), acts.get("fc1").getShape());
            assertEquals(new Shape(3, 10), acts.get("out").getShape());
        }
    }

    @Test
    void deepLinearNetworkHasNoBiasesAndIsLinear() {
        ModelSpec m = spec(Architecture.DEEP_LINEAR, 16, 2);
        m.setInitScale(0.1);
        try (NDManager step = manager.newSubManager();
                Network net = Networks.create(m, new int[] {8}, 8, OptimizerKind.SGD, 0, manager)) {
            assertTrue(net.parameters().stream().noneMatch(ParameterTensor::bias));
            NDArray x = step.randomNormal(new Shape(4, 8));
            float[] twice = net.forward(x.mul(2)).toFloatArray();
            float[] once = net.forward(x).toFloatArray();
            for (int i = 0; i < once.length; i++) {
                assertEquals(2 * once[i], twice[i], 1e-5);
            }
        }
    }

    @Test
    void ntkGivesTheSameFunctionAtInitialisationAsStandard() {
        ModelSpec sp = spec(Architecture.MLP, 32, 2);
        ModelSpec ntk = spec(Architecture.MLP, 32, 2);
        ntk.setParametrisation(Parametrisation.NTK);
        try (NDManager step = manager.newSubManager();
                Network a = Networks.create(sp, new int[] {10}, 3, OptimizerKind.SGD, 4, manager);
                Network b = Networks.create(ntk, new int[] {10}, 3, OptimizerKind.SGD, 4, manager)) {
            NDArray x = step.randomNormal(new Shape(6, 10));
            float[] ya = a.forward(x).toFloatArray();
            float[] yb = b.forward(x).toFloatArray();
            for (int i = 0; i < ya.length; i++) {
                assertEquals(ya[i], yb[i], 1e-4);
            }
            assertEquals(1 / Math.sqrt(10), b.parameters().get(0).multiplier(), 1e-12);
        }
    }

    @Test
    void mupScalesLearningRatesRelativeToTheBaseWidth() {
        Scaling mup = new Scaling(Parametrisation.MUP, OptimizerKind.SGD, 4 * Scaling.MUP_BASE_WIDTH, 1);
        assertEquals(4, mup.weightLearningRate(Scaling.Role.INPUT), 1e-12);
        assertEquals(1, mup.weightLearningRate(Scaling.Role.HIDDEN), 1e-12);
        assertEquals(0.25, mup.weightLearningRate(Scaling.Role.OUTPUT), 1e-12);
        assertEquals(0.5 * mup.weightStd(Scaling.Role.HIDDEN, 100, 1), mup.weightStd(Scaling.Role.OUTPUT, 100, 1),
                1e-12);
        Scaling atBase = new Scaling(Parametrisation.MUP, OptimizerKind.ADAM, Scaling.MUP_BASE_WIDTH, 1);
        Scaling standard = new Scaling(Parametrisation.STANDARD, OptimizerKind.ADAM, Scaling.MUP_BASE_WIDTH, 1);
        for (Scaling.Role role : Scaling.Role.values()) {
            assertEquals(standard.weightStd(role, 50, 1.4), atBase.weightStd(role, 50, 1.4), 1e-12);
            assertEquals(1, atBase.weightLearningRate(role), 1e-12);
        }
    }

    @Test
    void impossibleShapesAreRejectedWithTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Networks.create(spec(Architecture.CNN, 16, 1), new int[] {30}, 10, OptimizerKind.SGD, 0,
                        manager));
        assertTrue(e.getMessage().contains("[30]"), e.getMessage());
        ModelSpec bad = spec(Architecture.MLP, 0, 2);
        e = assertThrows(IllegalArgumentException.class,
                () -> Networks.create(bad, new int[] {5}, 2, OptimizerKind.SGD, 0, manager));
        assertTrue(e.getMessage().contains("width 0"), e.getMessage());
    }
}
