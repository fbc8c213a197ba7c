// Tests the teacher-student and deep-linear generators: seeded, and with the properties the theory relies on.
package org.lmw.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.lmw.model.Activation;

class SyntheticDataTest {

    @Test
    void teacherStudentIsDeterministicPerSeed() {
        Dataset a = TeacherStudent.generate(7, 256, 64, 20, 2, 8, Activation.TANH, 0.1);
        Dataset b = TeacherStudent.generate(7, 256, 64, 20, 2, 8, Activation.TANH, 0.1);
        Dataset c = TeacherStudent.generate(8, 256, 64, 20, 2, 8, Activation.TANH, 0.1);
        assertArrayEquals(a.train().inputs(), b.train().inputs());
        assertArrayEquals(a.train().targets(), b.train().targets());
        assertEquals(a.checksum(), b.checksum());
        assertNotEquals(a.checksum(), c.checksum());
        assertFalse(Arrays.equals(a.train().targets(), c.train().targets()));
        assertFalse(a.isClassification());
        assertEquals(2, a.outputSize());
    }

    @Test
    void teacherStudentTargetsAreTheTeachersFunctionWithoutNoise() {
        Dataset noiseless = TeacherStudent.generate(3, 128, 16, 10, 1, 4, Activation.RELU, 0);
        TeacherStudent teacher = new TeacherStudent(3, 10, 4, 1, Activation.RELU);
        DataSplit again = teacher.sample(org.lmw.engine.Seeds.stream(3, "teacher-student/train", 0), 128, 0);
        assertArrayEquals(noiseless.train().targets(), again.targets());
        // Gaussian inputs: mean about 0, variance about 1.
        double sum = 0;
        double sq = 0;
        for (float v : noiseless.train().inputs()) {
            sum += v;
            sq += v * v;
        }
        int n = noiseless.train().inputs().length;
        assertEquals(0, sum / n, 0.1);
        assertEquals(1, sq / n, 0.1);
    }

    @Test
    void deepLinearInputsAreWhiteAndCorrelationHasTheChosenSpectrum() {
        double[] s = {3, 2, 0.5};
        DeepLinearTask task = DeepLinearTask.generate(11, 512, 64, 6, 4, s, 0);
        DataSplit train = task.dataset().train();
        int n = train.size();
        int d = 6;
        int k = 4;
        float[] x = train.inputs();
        float[] y = train.targets();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double c = 0;
                for (int r = 0; r < n; r++) {
                    c += (double) x[r * d + i] * x[r * d + j];
                }
                assertEquals(i == j ? 1 : 0, c / n, 1e-5, "X^T X / n at " + i + "," + j);
            }
        }
        // u_a^T (Y^T X / n) v_b = s_a if a == b, else 0.
        double[][] u = task.outputModes();
        double[][] v = task.inputModes();
        for (int a = 0; a < s.length; a++) {
            for (int b = 0; b < s.length; b++) {
                double m = 0;
                for (int r = 0; r < n; r++) {
                    double uy = 0;
                    double vx = 0;
                    for (int c = 0; c < k; c++) {
                        uy += u[c][a] * y[r * k + c];
                    }
                    for (int j = 0; j < d; j++) {
                        vx += v[j][b] * x[r * d + j];
                    }
                    m += uy * vx;
                }
                assertEquals(a == b ? s[a] : 0, m / n, 1e-4, "mode " + a + "," + b);
            }
        }
    }

    @Test
    void saxeModeStrengthRisesFromItsStartToTheSingularValue() {
        assertEquals(0.01, DeepLinearTask.modeStrength(2, 0.01, 0, 10), 1e-12);
        assertEquals(2, DeepLinearTask.modeStrength(2, 0.01, 1000, 10), 1e-9);
        assertTrue(DeepLinearTask.modeStrength(2, 0.01, 10, 10) > DeepLinearTask.modeStrength(1, 0.01, 10, 10));
    }

    @Test
    void deepLinearRefusesTooFewExamplesForWhiteInputs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeepLinearTask.generate(1, 4, 4, 8, 8, new double[] {1}, 0));
        assertTrue(e.getMessage().contains("trainSize 4"), e.getMessage());
    }
}
