// Tests the IDX reader and the Fashion-MNIST loader against the real Debian dataset and damaged files.
package org.lmw.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FashionMnistTest {

    private static Dataset data;

    @BeforeAll
    static void load() throws IOException {
        data = FashionMnist.load(FashionMnist.DEBIAN_FOLDER, 0, 0);
    }

    @Test
    void trainingSetHas6000ImagesOfEachClass() {
        int[] counts = new int[10];
        for (int label : data.train().labels()) {
            counts[label]++;
        }
        for (int c = 0; c < 10; c++) {
            assertEquals(6000, counts[c], "class " + c);
        }
        int[] test = new int[10];
        for (int label : data.test().labels()) {
            test[label]++;
        }
        for (int c = 0; c < 10; c++) {
            assertEquals(1000, test[c], "test class " + c);
        }
    }

    @Test
    void splitsHaveTheDocumentedSizesAndShape() {
        assertEquals(60000, data.train().size());
        assertEquals(10000, data.test().size());
        assertArrayEquals(new int[] {1, 28, 28}, data.sampleShape());
        assertEquals(784, data.inputSize());
        assertEquals(10, data.outputSize());
    }

    @Test
    void pixelStatisticsMatchTheKnownFashionMnistValues() {
        // The widely used normalisation constants of Fashion-MNIST's training set: mean 0.2860, std 0.3530.
        float[] x = data.train().inputs();
        double sum = 0;
        double sq = 0;
        for (float v : x) {
            sum += v;
            sq += v * v;
        }
        double mean = sum / x.length;
        double std = Math.sqrt(sq / x.length - mean * mean);
        assertEquals(0.2860, mean, 5e-4);
        assertEquals(0.3530, std, 5e-4);
        // File order: the first training image is an ankle boot (class 9), the first test image too.
        assertEquals(9, data.train().labels()[0]);
        assertEquals(9, data.test().labels()[0]);
    }

    @Test
    void checksumIsStableSha256() throws IOException {
        assertTrue(data.checksum().matches("sha256:[0-9a-f]{64}"), data.checksum());
        assertEquals(data.checksum(), FashionMnist.load(FashionMnist.DEBIAN_FOLDER, 100, 10).checksum());
    }

    @Test
    void subsetsKeepTheFirstExamplesInFileOrder() throws IOException {
        Dataset small = FashionMnist.load(FashionMnist.DEBIAN_FOLDER, 100, 10);
        assertEquals(100, small.train().size());
        assertEquals(10, small.test().size());
        assertEquals(data.train().labels()[99], small.train().labels()[99]);
        assertEquals(data.train().inputs()[99 * 784 + 400], small.train().inputs()[99 * 784 + 400]);
    }

    @Test
    void missingExplicitFolderNamesThePathAndTheInstallCommand(@TempDir Path empty) {
        DatasetNotFoundException e = assertThrows(DatasetNotFoundException.class,
                () -> FashionMnist.resolveFolder(empty.toString(), null));
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
        assertTrue(e.getMessage().contains("LMW_DATA"), e.getMessage());
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte.gz"), e.getMessage());
    }

    @Test
    void missingLmwDataFolderIsNamedInTheMessage(@TempDir Path empty) {
        DatasetNotFoundException e = assertThrows(DatasetNotFoundException.class,
                () -> FashionMnist.resolveFolder(null, empty.toString()));
        assertTrue(e.getMessage().contains("LMW_DATA=" + empty), e.getMessage());
        assertTrue(e.getMessage().contains(empty.resolve("fashion-mnist").toString()), e.getMessage());
    }

    @Test
    void lmwDataMayHoldAFashionMnistSubfolder(@TempDir Path root) throws IOException {
        Path folder = Files.createDirectory(root.resolve("fashion-mnist"));
        for (String name : FashionMnist.FILES) {
            Files.createSymbolicLink(folder.resolve(name + ".gz"), FashionMnist.DEBIAN_FOLDER.resolve(name + ".gz"));
        }
        assertEquals(folder, FashionMnist.resolveFolder(null, root.toString()));
    }

    @Test
    void readsPlainAndCompressedIdxAlike(@TempDir Path dir) throws IOException {
        byte[] idx = idx(new int[] {2, 2, 3}, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) 255});
        Path plain = dir.resolve("a-idx3-ubyte");
        Files.write(plain, idx);
        Path gz = dir.resolve("b-idx3-ubyte.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(idx);
        }
        IdxArray a = IdxReader.read(plain);
        IdxArray b = IdxReader.read(gz);
        assertArrayEquals(new int[] {2, 2, 3}, a.dimensions());
        assertArrayEquals(a.data(), b.data());
        assertEquals(2, a.count());
        assertEquals(6, a.itemSize());
        assertEquals(255, a.data()[11] & 0xFF);
    }

    @Test
    void truncatedIdxFileIsRejectedWithItsName(@TempDir Path dir) throws IOException {
        byte[] idx = idx(new int[] {10, 28, 28}, new byte[100]);
        Path file = dir.resolve("short-idx3-ubyte");
        Files.write(file, idx);
        IOException e = assertThrows(IOException.class, () -> IdxReader.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void nonIdxFileIsRejectedWithItsName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello, this is not an IDX file");
        IOException e = assertThrows(IOException.class, () -> IdxReader.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("not an IDX file"),
                e.getMessage());
    }

    private static byte[] idx(int[] dims, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0x0800 | dims.length);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
