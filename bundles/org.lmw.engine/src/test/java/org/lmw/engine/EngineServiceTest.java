// Tests that the embedded engine starts offline from the flat natives folder and reports its versions.
package org.lmw.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineServiceTest {

    @Test
    void startsPyTorch271OnCpuAndComputes() {
        EngineInfo info = EngineService.ensureStarted(1, ComputeDevice.CPU);
        assertEquals("PyTorch", info.engineName());
        assertEquals("2.7.1", info.engineVersion());
        assertEquals("0.35.1", info.djlVersion());
        assertEquals(1, EngineService.threads());
        try (NDManager manager = EngineService.newManager(ComputeDevice.CPU)) {
            NDArray a = manager.create(new float[] {1, 2, 3, 4}, new ai.djl.ndarray.types.Shape(2, 2));
            assertEquals(52f, a.matMul(a.transpose()).sum().getFloat(), 0f);
        }
        assertTrue(info.describe().contains("PyTorch 2.7.1"), info.describe());
    }

    @Test
    void mklDispatchIsReadFromThePreloadTheLauncherSets() {
        assertEquals("by instruction set", EngineInfo.mklDispatch("/opt/lmw/natives/mkl/libmkl_vendor.so"));
        assertEquals("by instruction set", EngineInfo.mklDispatch("/usr/lib/libfoo.so:/opt/lmw/natives/mkl/libmkl_vendor.so"));
        assertEquals("default", EngineInfo.mklDispatch(null));
        assertEquals("default", EngineInfo.mklDispatch(""));
        assertEquals("default", EngineInfo.mklDispatch("/opt/x/libmkl_vendor.so.orig:/opt/x/not_libmkl_vendor.so"));
        EngineInfo info = EngineService.ensureStarted(1, ComputeDevice.CPU);
        assertEquals(EngineInfo.mklDispatch(System.getenv("LD_PRELOAD")), info.mklDispatch());
        assertTrue(info.describe().endsWith("MKL " + info.mklDispatch() + ")"), info.describe());
    }

    @Test
    void offlineFlagsAreSet() {
        EngineService.ensureStarted(1, ComputeDevice.CPU);
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
    }

    @Test
    void unknownDeviceNameIsRejectedWithTheName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComputeDevice.parse("tpu"));
        assertTrue(e.getMessage().contains("'tpu'"), e.getMessage());
    }

    @Test
    void gpuWithoutCudaNamesTheLibraryFolder() {
        EngineService.ensureStarted(1, ComputeDevice.CPU);
        if (EngineService.ensureStarted(1, ComputeDevice.CPU).gpuCount() == 0) {
            EngineStartException e = assertThrows(EngineStartException.class,
                    () -> EngineService.ensureStarted(1, ComputeDevice.GPU));
            assertTrue(e.getMessage().contains(EngineService.nativesFolder().toString()), e.getMessage());
        }
    }

    @Test
    void missingNativesNameEveryFolderLookedAtAndHowToGetThem(@TempDir Path dir) {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        EngineStartException e = assertThrows(EngineStartException.class,
                () -> EngineService.locateNatives(null, null, null, List.of(a, b)));
        assertTrue(e.getMessage().contains(a.toString()) && e.getMessage().contains(b.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("pytorch-native-cpu:2.7.1:linux-x86_64"), e.getMessage());
        assertTrue(e.getMessage().contains("PYTORCH_LIBRARY_PATH"), e.getMessage());
    }

    @Test
    void configuredFolderWithoutLibtorchIsNamedWithTheSettingThatNamedIt(@TempDir Path empty) {
        EngineStartException e = assertThrows(EngineStartException.class,
                () -> EngineService.locateNatives(null, null, empty.toString(), List.of()));
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("system property lmw.natives"), e.getMessage());
        assertTrue(e.getMessage().contains("flat"), e.getMessage());
    }

    @Test
    void bundleNativesFolderIsFoundWithoutSettings() {
        Path natives = EngineService.nativesFolder();
        assertEquals(natives, EngineService.locateNatives(null, null, natives.toString(), List.of()));
        assertTrue(natives.resolve("libdjl_torch.so").toFile().isFile(), "JNI glue next to libtorch in " + natives);
    }
}
