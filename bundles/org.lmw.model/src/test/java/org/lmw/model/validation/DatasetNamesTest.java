// The dataset name registry: built-ins are fixed, contributions come and go.
package org.lmw.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DatasetNamesTest {

    @Test
    void builtInsAreKnownWithTheirKind() {
        assertEquals(List.of("fashion-mnist", "teacher-student", "deep-linear"),
                DatasetNames.known().subList(0, 3));
        assertTrue(DatasetNames.isImage(DatasetNames.FASHION_MNIST));
        assertFalse(DatasetNames.isImage(DatasetNames.TEACHER_STUDENT));
        assertFalse(DatasetNames.isKnown("cifar-99"));
        assertFalse(DatasetNames.isKnown(null));
    }

    @Test
    void contributionsAreAddedAndRemovedButBuiltInsStay() {
        DatasetNames.register("sst2-test", DatasetNames.Kind.VECTOR);
        try {
            assertTrue(DatasetNames.isKnown("sst2-test"));
            assertEquals("sst2-test", DatasetNames.known().get(DatasetNames.known().size() - 1));
        } finally {
            assertTrue(DatasetNames.unregister("sst2-test"));
        }
        assertFalse(DatasetNames.isKnown("sst2-test"));
        assertFalse(DatasetNames.unregister(DatasetNames.FASHION_MNIST));
        assertTrue(DatasetNames.isKnown(DatasetNames.FASHION_MNIST));
        assertThrows(IllegalArgumentException.class,
                () -> DatasetNames.register(DatasetNames.FASHION_MNIST, DatasetNames.Kind.VECTOR));
        assertThrows(IllegalArgumentException.class, () -> DatasetNames.register(" ", DatasetNames.Kind.VECTOR));
    }
}
