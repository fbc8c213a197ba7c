// A complete checkpoint of a run on disk: where resuming a run starts from.
package org.lmw.core.runstore;

import java.nio.file.Path;

/**
 * A committed checkpoint: a folder under the run's {@code checkpoints/} whose files the engine wrote (in DJL's format)
 * for the state after a step. Only checkpoints committed with {@link RunFolder#commitCheckpoint(long)} are listed, so
 * one cut short by a crash is never resumed from.
 *
 * @param step the training step the checkpoint holds the state after
 * @param folder the checkpoint's folder
 */
public record Checkpoint(long step, Path folder) {
}
