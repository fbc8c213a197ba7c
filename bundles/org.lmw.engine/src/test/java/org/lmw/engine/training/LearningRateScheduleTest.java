// Tests the learning-rate schedules: warm-up, step decay, cosine and linear decay.
package org.lmw.engine.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lmw.model.LmwFactory;
import org.lmw.model.ScheduleKind;
import org.lmw.model.ScheduleSpec;

class LearningRateScheduleTest {

    private static ScheduleSpec spec(ScheduleKind kind, int warmup) {
        ScheduleSpec s = LmwFactory.eINSTANCE.createScheduleSpec();
        s.setKind(kind);
        s.setWarmupSteps(warmup);
        s.setStepSize(10);
        s.setGamma(0.5);
        s.setMinLearningRate(0.01);
        return s;
    }

    @Test
    void warmUpRisesLinearlyToTheBaseRate() {
        LearningRateSchedule s = new LearningRateSchedule(0.1, spec(ScheduleKind.CONSTANT, 4), 100);
        assertEquals(0.025, s.at(0), 1e-12);
        assertEquals(0.1, s.at(3), 1e-12);
        assertEquals(0.1, s.at(50), 1e-12);
    }

    @Test
    void stepDecayMultipliesByGammaEveryStepSize() {
        LearningRateSchedule s = new LearningRateSchedule(0.1, spec(ScheduleKind.STEP, 0), 100);
        assertEquals(0.1, s.at(9), 1e-12);
        assertEquals(0.05, s.at(10), 1e-12);
        assertEquals(0.025, s.at(25), 1e-12);
    }

    @Test
    void cosineGoesFromBaseToMinimumOverTheRunAfterWarmUp() {
        LearningRateSchedule s = new LearningRateSchedule(0.1, spec(ScheduleKind.COSINE, 10), 110);
        assertEquals(0.1, s.at(10), 1e-12);
        assertEquals((0.1 + 0.01) / 2, s.at(60), 1e-12);
        assertEquals(0.01, s.at(110), 1e-12);
    }

    @Test
    void linearDecayReachesTheMinimumAtTheEnd() {
        LearningRateSchedule s = new LearningRateSchedule(0.1, spec(ScheduleKind.LINEAR, 0), 100);
        assertEquals(0.1, s.at(0), 1e-12);
        assertEquals(0.055, s.at(50), 1e-12);
        assertEquals(0.01, s.at(100), 1e-12);
    }

    @Test
    void missingScheduleMeansConstant() {
        LearningRateSchedule s = new LearningRateSchedule(0.3, null, 10);
        assertEquals(0.3, s.at(0), 0);
        assertEquals(0.3, s.at(9), 0);
    }
}
