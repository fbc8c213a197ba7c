// Called by the training loop every M steps so the caller can save a checkpoint where it keeps run data.
package org.lmw.engine.training;

import java.io.IOException;

/**
 * Receives checkpoint opportunities; typically calls {@link Trainer#saveCheckpoint} with a path in the run's folder.
 */
@FunctionalInterface
public interface CheckpointHook {

    /**
     * Called after update {@code step} when {@code step} is a multiple of the experiment's {@code checkpointEvery}.
     *
     * @param step the number of updates done
     * @param trainer the trainer, whose state is consistent at this point
     * @throws IOException if saving fails; the run then fails with this message
     */
    void checkpointDue(long step, Trainer trainer) throws IOException;
}
