// Typed text becomes a value or a message that names the field; values show the way researchers write them.
package org.lmw.ui.experiments.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void textThatIsNoNumberNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueText.parseNumber(double.class, "learning rate", "abc"));
        assertEquals("learning rate: 'abc' is not a number", e.getMessage());
    }

    @Test
    void aFractionIsNoWidth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ValueText.parseNumber(int.class, "width", "1.5"));
        assertEquals("width: '1.5' is not a whole number", e.getMessage());
    }

    @Test
    void numbersMayUseAnExponentButNotJavaSuffixes() {
        assertEquals(0.001, ValueText.parseNumber(double.class, "learning rate", " 1e-3 "));
        assertEquals(1000, ValueText.parseNumber(int.class, "steps", "1e3"));
        assertEquals(7L, ValueText.parseNumber(long.class, "seed", "7"));
        assertThrows(IllegalArgumentException.class, () -> ValueText.parseNumber(double.class, "x", "1d"));
        assertThrows(IllegalArgumentException.class, () -> ValueText.parseNumber(double.class, "x", "Infinity"));
    }

    @Test
    void doublesShowInShortNotation() {
        assertEquals("0.05", ValueText.formatDouble(0.05));
        assertEquals("1e-8", ValueText.formatDouble(1e-8));
        assertEquals("1.5e-5", ValueText.formatDouble(1.5e-5));
        assertEquals("1.0", ValueText.formatDouble(1.0));
        assertEquals("0.0", ValueText.formatDouble(0.0));
    }

    @Test
    void listsAreCommaSeparated() {
        assertEquals(List.of("0.01", "0.1"), ValueText.split(" 0.01, ,0.1 "));
        assertEquals("a, b", ValueText.join(List.of("a", "b")));
    }
}
