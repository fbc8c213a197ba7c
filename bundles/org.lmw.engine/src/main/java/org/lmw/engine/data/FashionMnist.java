// Loads Fashion-MNIST from its four IDX files (Debian package dataset-fashion-mnist, LMW_DATA, or a given folder).
package org.lmw.engine.data;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.lmw.engine.Messages;

/**
 * Fashion-MNIST: 60,000 training and 10,000 test images of clothing, 28×28 grey levels, 10 classes.
 *
 * <p>Pixels are scaled to [0, 1] (divided by 255) and kept in file order. The checksum is the SHA-256 over the four
 * files' own SHA-256 digests (of their bytes as stored, in the order of {@link #FILES}): it identifies the exact files
 * a run used, so a compressed and an uncompressed copy of the same data have different checksums.
 */
public final class FashionMnist {

    /** The dataset's name in experiments. */
    public static final String NAME = "fashion-mnist";

    /** Environment variable naming a data folder that overrides the default. */
    public static final String DATA_VARIABLE = "LMW_DATA";

    /** Where Debian's {@code dataset-fashion-mnist} package installs the files. */
    public static final Path DEBIAN_FOLDER = Paths.get("/usr/share/datasets/fashion-mnist");

    /** The four files, in checksum order: training images, training labels, test images, test labels. */
    public static final List<String> FILES = List.of("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
            "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");

    /** Image side in pixels. */
    public static final int SIDE = 28;

    /** Number of classes. */
    public static final int CLASSES = 10;

    // Parsed files stay cached while memory allows: sweeps and tests load the same 55 MB many times.
    private static final Map<String, SoftReference<Raw>> CACHE = new ConcurrentHashMap<>();

    private FashionMnist() {
    }

    /**
     * Finds the folder to read: the experiment's location if given, else {@code LMW_DATA}, else Debian's folder.
     *
     * @param location the experiment's dataset location, or {@code null}/blank for none
     * @return a folder that holds all four files (each plain or with {@code .gz})
     * @throws DatasetNotFoundException if the chosen folder lacks a file; the message names the paths looked at
     */
    public static Path resolveFolder(String location) throws DatasetNotFoundException {
        return resolveFolder(location, System.getenv(DATA_VARIABLE));
    }

    /**
     * Finds the folder to read, with the value of {@code LMW_DATA} given explicitly (for tests and tools).
     *
     * @param location the experiment's dataset location, or {@code null}/blank for none
     * @param dataVariable the value of {@code LMW_DATA}, or {@code null}
     * @return a folder that holds all four files
     * @throws DatasetNotFoundException if no candidate folder holds the files
     */
    public static Path resolveFolder(String location, String dataVariable) throws DatasetNotFoundException {
        Set<Path> candidates = new LinkedHashSet<>();
        if (location != null && !location.isBlank()) {
            // An explicit location is a promise: no silent fall-back to another copy of the data.
            Path folder = Paths.get(location.trim());
            candidates.add(folder);
            candidates.add(folder.resolve(NAME));
        } else if (dataVariable != null && !dataVariable.isBlank()) {
            Path folder = Paths.get(dataVariable.trim());
            candidates.add(folder.resolve(NAME));
            candidates.add(folder);
        } else {
            candidates.add(DEBIAN_FOLDER);
        }
        for (Path candidate : candidates) {
            if (missingFiles(candidate).isEmpty()) {
                return candidate;
            }
        }
        Path first = candidates.iterator().next();
        throw new DatasetNotFoundException(Messages.fashionMnistMissing(new ArrayList<>(candidates),
                missingFiles(first), location != null && !location.isBlank(), dataVariable));
    }

    /**
     * Loads the dataset from a folder.
     *
     * @param folder a folder with the four IDX files
     * @param trainSize the number of training examples to keep (the first ones in file order); 0 keeps all
     * @param testSize the number of test examples to keep; 0 keeps all
     * @return the dataset, pixels in [0, 1]
     * @throws IOException if a file is missing or malformed; the message names it
     */
    public static Dataset load(Path folder, int trainSize, int testSize) throws IOException {
        Raw raw = raw(folder);
        DataSplit train = split(raw.trainImages, raw.trainLabels, trainSize);
        DataSplit test = split(raw.testImages, raw.testLabels, testSize);
        return new Dataset(NAME, new int[] {1, SIDE, SIDE}, CLASSES, train, test, raw.checksum,
                folder.toAbsolutePath().toString());
    }

    /**
     * Loads the dataset named by an experiment's location (or {@code LMW_DATA}, or Debian's folder).
     *
     * @param location the experiment's dataset location, or {@code null}
     * @param trainSize training examples to keep, 0 for all
     * @param testSize test examples to keep, 0 for all
     * @return the dataset
     * @throws IOException if the files are missing or malformed
     */
    public static Dataset load(String location, int trainSize, int testSize) throws IOException {
        return load(resolveFolder(location), trainSize, testSize);
    }

    private static DataSplit split(IdxArray images, IdxArray labels, int keep) throws IOException {
        int n = images.count();
        int size = keep > 0 ? Math.min(keep, n) : n;
        int pixels = images.itemSize();
        byte[] src = images.data();
        float[] inputs = new float[size * pixels];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = (src[i] & 0xFF) / 255f;
        }
        byte[] lab = labels.data();
        int[] classes = new int[size];
        for (int i = 0; i < size; i++) {
            classes[i] = lab[i] & 0xFF;
        }
        return new DataSplit(inputs, classes, null, size, pixels, CLASSES);
    }

    private static Raw raw(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        StringBuilder key = new StringBuilder(folder.toAbsolutePath().normalize().toString());
        for (String name : FILES) {
            Path file = find(folder, name);
            if (file == null) {
                throw new DatasetNotFoundException(Messages.fashionMnistMissing(List.of(folder),
                        missingFiles(folder), false, null));
            }
            files.add(file);
            key.append('|').append(file.getFileName()).append(':').append(Files.size(file)).append(':')
                    .append(Files.getLastModifiedTime(file).toMillis());
        }
        SoftReference<Raw> ref = CACHE.get(key.toString());
        Raw cached = ref == null ? null : ref.get();
        if (cached != null) {
            return cached;
        }
        IdxArray trainImages = IdxReader.read(files.get(0));
        IdxArray trainLabels = IdxReader.read(files.get(1));
        IdxArray testImages = IdxReader.read(files.get(2));
        IdxArray testLabels = IdxReader.read(files.get(3));
        checkImages(files.get(0), trainImages);
        checkImages(files.get(2), testImages);
        checkLabels(files.get(1), trainLabels, trainImages.count());
        checkLabels(files.get(3), testLabels, testImages.count());
        MessageDigest digest = IdxReader.sha256();
        for (IdxArray a : List.of(trainImages, trainLabels, testImages, testLabels)) {
            digest.update(HexFormat.of().parseHex(a.sha256()));
        }
        Raw raw = new Raw(trainImages, trainLabels, testImages, testLabels,
                "sha256:" + HexFormat.of().formatHex(digest.digest()));
        CACHE.put(key.toString(), new SoftReference<>(raw));
        return raw;
    }

    private static void checkImages(Path file, IdxArray images) throws IOException {
        int[] d = images.dimensions();
        if (d.length != 3 || d[1] != SIDE || d[2] != SIDE) {
            throw new IOException(file + " does not hold 28x28 images (dimensions "
                    + java.util.Arrays.toString(d) + ").");
        }
    }

    private static void checkLabels(Path file, IdxArray labels, int images) throws IOException {
        if (labels.dimensions().length != 1 || labels.count() != images) {
            throw new IOException(file + " holds " + labels.count() + " labels for " + images + " images.");
        }
        for (byte b : labels.data()) {
            if ((b & 0xFF) >= CLASSES) {
                throw new IOException(file + " holds label " + (b & 0xFF) + "; Fashion-MNIST has classes 0-9.");
            }
        }
    }

    private static Path find(Path folder, String name) {
        Path gz = folder.resolve(name + ".gz");
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        Path plain = folder.resolve(name);
        return Files.isRegularFile(plain) ? plain : null;
    }

    private static List<String> missingFiles(Path folder) {
        List<String> missing = new ArrayList<>();
        for (String name : FILES) {
            if (find(folder, name) == null) {
                missing.add(name + ".gz");
            }
        }
        return missing;
    }

    private record Raw(IdxArray trainImages, IdxArray trainLabels, IdxArray testImages, IdxArray testLabels,
            String checksum) {
    }
}
