// Sweep expansion: grid and list points, their order and index, limits, and resolving points to experiments.
package org.lmw.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lmw.model.Experiment;
import org.lmw.model.SweepMode;
import org.lmw.model.validation.SweepExpander.SweepPoint;

import static org.lmw.model.validation.SweepValidationTest.axis;
import static org.lmw.model.validation.SweepValidationTest.withSweep;

class SweepExpanderTest {

    @Test
    void noSweepIsOnePointWithoutValues() {
        Experiment e = Fixtures.experiment("x");
        assertEquals(List.of(new SweepPoint(0, Map.of())), SweepExpander.expand(e));
        assertEquals(1, SweepExpander.size(e.getSweep()));
        assertEquals(List.of(new SweepPoint(0, Map.of())), SweepExpander.expand(withSweep(SweepMode.GRID)));
    }

    @Test
    void gridIsEveryCombinationFirstAxisSlowest() {
        Experiment e = withSweep(SweepMode.GRID, axis("model.width", "64", "128"),
                axis("optimizer.learningRate", "0.1", "0.01", "0.001"));
        List<SweepPoint> points = SweepExpander.expand(e);
        assertEquals(6, points.size());
        assertEquals(6, SweepExpander.size(e.getSweep()));
        assertEquals(Map.of("model.width", "64", "optimizer.learningRate", "0.1"), points.get(0).values());
        assertEquals(Map.of("model.width", "64", "optimizer.learningRate", "0.001"), points.get(2).values());
        assertEquals(Map.of("model.width", "128", "optimizer.learningRate", "0.1"), points.get(3).values());
        assertEquals(Map.of("model.width", "128", "optimizer.learningRate", "0.001"), points.get(5).values());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(i, points.get(i).index());
        }
        assertEquals(List.of("model.width", "optimizer.learningRate"),
                List.copyOf(points.get(0).values().keySet()));
    }

    @Test
    void listTakesTheIthValuesTogether() {
        Experiment e = withSweep(SweepMode.LIST, axis("model.width", "64", "128", "256"),
                axis("optimizer.learningRate", "0.4", "0.2", "0.1"));
        List<SweepPoint> points = SweepExpander.expand(e);
        assertEquals(3, points.size());
        assertEquals(Map.of("model.width", "128", "optimizer.learningRate", "0.2"), points.get(1).values());
    }

    @Test
    void invalidSweepsAreRefusedWithTheValidationWording() {
        assertEquals("sweep in list mode needs axes of equal length, but axis 'model.width' has 2 values and axis "
                + "'seed' has 1", assertThrows(IllegalArgumentException.class, () -> SweepExpander.expand(
                        withSweep(SweepMode.LIST, axis("model.width", "1", "2"), axis("seed", "1")))).getMessage());
        assertEquals("sweep axis 'seed' has no values", assertThrows(IllegalArgumentException.class,
                () -> SweepExpander.expand(withSweep(SweepMode.GRID, axis("seed")))).getMessage());
        assertEquals("sweep axis 'seed' appears more than once", assertThrows(IllegalArgumentException.class,
                () -> SweepExpander.expand(withSweep(SweepMode.GRID, axis("seed", "1"), axis("seed", "2"))))
                .getMessage());
        String[] many = new String[1000];
        java.util.Arrays.setAll(many, Integer::toString);
        assertEquals("sweep expands to 1000000000 runs; at most 100000 are allowed",
                assertThrows(IllegalArgumentException.class, () -> SweepExpander.expand(withSweep(SweepMode.GRID,
                        axis("seed", many), axis("model.width", many), axis("model.depth", many)))).getMessage());
    }

    @Test
    void pointsResolveToConcreteExperiments() {
        Experiment e = withSweep(SweepMode.GRID, axis("model.width", "64", "128"), axis("seed", "1", "2"));
        List<Experiment> runs = SweepExpander.expand(e).stream().map(p -> SweepExpander.resolve(e, p)).toList();
        assertEquals(List.of(64, 64, 128, 128), runs.stream().map(r -> r.getModel().getWidth()).toList());
        assertEquals(List.of(1L, 2L, 1L, 2L), runs.stream().map(Experiment::getSeed).toList());
        runs.forEach(r -> assertEquals(List.of(), ModelValidation.validate(r)));
    }
}
