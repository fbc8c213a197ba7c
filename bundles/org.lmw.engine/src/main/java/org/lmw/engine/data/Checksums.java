// Provenance checksums of generated data: SHA-256 over the exact float values of the splits.
package org.lmw.engine.data;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Checksums of generated datasets, so two runs can tell whether they trained on the same numbers.
 */
final class Checksums {

    private Checksums() {
    }

    static String of(String description, DataSplit... splits) {
        MessageDigest digest = IdxReader.sha256();
        digest.update(description.getBytes(StandardCharsets.UTF_8));
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (DataSplit split : splits) {
            update(digest, buffer, split.inputs());
            if (split.targets() != null) {
                update(digest, buffer, split.targets());
            }
            if (split.labels() != null) {
                for (int label : split.labels()) {
                    if (buffer.remaining() < 4) {
                        flush(digest, buffer);
                    }
                    buffer.putInt(label);
                }
            }
        }
        flush(digest, buffer);
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, ByteBuffer buffer, float[] values) {
        for (float v : values) {
            if (buffer.remaining() < 4) {
                flush(digest, buffer);
            }
            buffer.putFloat(v);
        }
    }

    private static void flush(MessageDigest digest, ByteBuffer buffer) {
        buffer.flip();
        digest.update(buffer);
        buffer.clear();
    }
}
