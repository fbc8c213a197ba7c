// Valid model objects for validation tests to break one field at a time.
package org.lmw.model.validation;

import java.util.Date;

import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.ChartCell;
import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;
import org.lmw.model.LmwFactory;
import org.lmw.model.ModelSpec;
import org.lmw.model.Notebook;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.Prediction;
import org.lmw.model.PredictionCell;
import org.lmw.model.PredictionKind;
import org.lmw.model.ScheduleKind;
import org.lmw.model.ScheduleSpec;
import org.lmw.model.TextCell;
import org.lmw.model.TrainingSpec;

final class Fixtures {

    private static final LmwFactory F = LmwFactory.eINSTANCE;

    private Fixtures() {
    }

    /** A Fashion-MNIST MLP experiment with every part present and every value valid. */
    static Experiment experiment(String name) {
        Experiment e = F.createExperiment();
        e.setName(name);
        DatasetRef d = F.createDatasetRef();
        d.setName(DatasetNames.FASHION_MNIST);
        e.setDataset(d);
        ModelSpec m = F.createModelSpec();
        m.setArchitecture(Architecture.MLP);
        m.setWidth(256);
        m.setDepth(2);
        m.setActivation(Activation.RELU);
        e.setModel(m);
        OptimizerSpec o = F.createOptimizerSpec();
        o.setKind(OptimizerKind.SGD);
        o.setLearningRate(0.05);
        ScheduleSpec s = F.createScheduleSpec();
        s.setKind(ScheduleKind.CONSTANT);
        o.setSchedule(s);
        e.setOptimizer(o);
        TrainingSpec t = F.createTrainingSpec();
        t.setBatchSize(128);
        t.setEpochs(1);
        e.setTraining(t);
        return e;
    }

    /** A notebook with one valid cell of each kind. */
    static Notebook notebook(String title) {
        Notebook n = F.createNotebook();
        n.setTitle(title);
        TextCell text = F.createTextCell();
        text.setId("intro");
        text.setMarkdown("# Edge of stability");
        n.getCells().add(text);
        ChartCell chart = F.createChartCell();
        chart.setId("sharpness");
        chart.setMetric("sharpness");
        n.getCells().add(chart);
        PredictionCell cell = F.createPredictionCell();
        cell.setId("eos");
        cell.getPredictions().add(prediction());
        n.getCells().add(cell);
        return n;
    }

    static Prediction prediction() {
        Prediction p = F.createPrediction();
        p.setStatement("Sharpness settles within 10 % of 2/lr");
        p.setKind(PredictionKind.INTERVAL);
        p.setMetric("sharpness");
        p.setLower(36);
        p.setUpper(44);
        p.setVersion(1);
        p.setFrozenAt(new Date(0));
        p.setContentHash("sha256:00");
        return p;
    }
}
