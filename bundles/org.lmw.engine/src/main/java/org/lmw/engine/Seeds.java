// Derives independent, reproducible random streams from one experiment seed.
package org.lmw.engine;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Derives one seed per purpose (weights of a layer, data order of an epoch, teacher network, ...) from the run seed.
 *
 * <p>Each purpose gets its own stream so that changing one thing (the width of one layer, the number of epochs) does
 * not shift the random numbers of another. Streams use {@link Random}, whose algorithm the JDK specifies, so a seed
 * gives the same numbers on every JVM and machine, independent of libtorch's generator and thread count.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * Derives a seed for a named purpose and index.
     *
     * @param seed the run seed
     * @param purpose a stable name such as {@code "init/fc1.weight"} or {@code "shuffle"}
     * @param index an index within the purpose, such as the epoch
     * @return the derived seed
     */
    public static long derive(long seed, String purpose, long index) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xFF));
        }
        return mix(h ^ mix(index + 0x632BE59BD9B4E019L));
    }

    /**
     * Creates a random stream for a named purpose and index.
     *
     * @param seed the run seed
     * @param purpose a stable name of the purpose
     * @param index an index within the purpose
     * @return a new generator
     */
    public static Random stream(long seed, String purpose, long index) {
        return new Random(derive(seed, purpose, index));
    }

    // SplitMix64's finaliser: a bijection with good avalanche, so nearby inputs give unrelated seeds.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
