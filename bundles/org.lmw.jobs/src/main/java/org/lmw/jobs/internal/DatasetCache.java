// Keeps the last few loaded datasets, so the runs of a sweep share one copy of Fashion-MNIST instead of one each.
package org.lmw.jobs.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.lmw.engine.data.Dataset;
import org.lmw.engine.data.Datasets;
import org.lmw.engine.data.FashionMnist;
import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;

/**
 * A small cache of datasets by what determines their content: the dataset reference, plus the seed for synthetic
 * data (which is generated from the run seed). Datasets are read-only once loaded, so runs can share them.
 */
public final class DatasetCache {

    private static final int CAPACITY = 2;

    private static final Map<String, Dataset> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Dataset> eldest) {
            return size() > CAPACITY;
        }
    };

    private DatasetCache() {
    }

    /**
     * Returns the dataset an experiment trains on, loading or generating it if it is not cached.
     *
     * @param experiment the resolved experiment
     * @return the dataset
     * @throws IOException if the files are missing or damaged
     */
    public static Dataset get(Experiment experiment) throws IOException {
        String key = key(experiment);
        synchronized (CACHE) {
            Dataset cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        // Loading takes a second or more: outside the lock, so a second sweep's run is not held up behind it.
        Dataset loaded = Datasets.load(experiment.getDataset(), experiment.getSeed());
        synchronized (CACHE) {
            CACHE.putIfAbsent(key, loaded);
            return CACHE.get(key);
        }
    }

    /** Forgets every cached dataset (tests and memory pressure). */
    public static void clear() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }

    /**
     * Tells whether two experiments train on the same data.
     *
     * @param a one experiment
     * @param b another
     * @return {@code true} if the cache would hand both the same dataset
     */
    public static boolean sameData(Experiment a, Experiment b) {
        return key(a).equals(key(b));
    }

    static String key(Experiment experiment) {
        DatasetRef ref = experiment.getDataset();
        if (ref == null) {
            return FashionMnist.NAME;
        }
        String name = ref.getName() == null ? FashionMnist.NAME : ref.getName().trim().toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(name).append('|').append(ref.getLocation()).append('|')
                .append(ref.getTrainSize()).append('|').append(ref.getTestSize()).append('|')
                .append(ref.getInputDimension()).append('|').append(ref.getOutputDimension()).append('|')
                .append(ref.getNoise());
        if (!FashionMnist.NAME.equals(name)) {
            // Synthetic data is generated from the run seed.
            key.append("|seed=").append(experiment.getSeed());
        }
        return key.toString();
    }
}
