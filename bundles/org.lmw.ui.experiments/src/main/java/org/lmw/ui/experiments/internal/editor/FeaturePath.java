// A field of an experiment reached through its single-valued parts, e.g. optimizer.schedule.warmupSteps.
package org.lmw.ui.experiments.internal.editor;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.lmw.model.Experiment;
import org.lmw.model.LmwPackage;

/**
 * One editable field of an experiment: the containment references from the experiment to the object that holds
 * it, and the attribute itself.
 *
 * <p>A file may lack a part (no {@code optimizer.schedule}, say). Reading such a field gives the attribute's
 * default, and writing it creates the missing parts in the same undoable command, so the form can show every field
 * of every file without adding parts to files that were never edited.
 *
 * @param key the dotted path, also the widget key UI tests find the field by
 * @param containers the containment references from the experiment to the owner of the attribute
 * @param attribute the edited attribute
 */
public record FeaturePath(String key, List<EReference> containers, EAttribute attribute) {

    /** Checks the record's invariants and copies the list. */
    public FeaturePath {
        Objects.requireNonNull(key, "key");
        containers = List.copyOf(containers);
        Objects.requireNonNull(attribute, "attribute");
    }

    /** Returns the path of an attribute of the experiment itself. */
    public static FeaturePath of(EAttribute attribute) {
        return new FeaturePath(attribute.getName(), List.of(), attribute);
    }

    /** Returns the path of an attribute reached through the given references, keyed by their names. */
    public static FeaturePath of(EAttribute attribute, EReference... containers) {
        StringBuilder key = new StringBuilder();
        for (EReference reference : containers) {
            key.append(reference.getName()).append('.');
        }
        key.append(attribute.getName());
        return new FeaturePath(key.toString(), List.of(containers), attribute);
    }

    /** Returns the object holding the attribute, or {@code null} while one of its parts is missing. */
    public EObject owner(Experiment experiment) {
        EObject current = experiment;
        for (EReference reference : containers) {
            current = (EObject) current.eGet(reference);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** Returns the field's value, or the attribute's default while its owner is missing. */
    public Object get(Experiment experiment) {
        EObject owner = owner(experiment);
        return owner == null ? attribute.getDefaultValue() : owner.eGet(attribute);
    }

    /**
     * Returns the command that sets the field, creating missing parts on the way.
     *
     * @param domain the editing domain whose command stack will run it
     * @param experiment the edited experiment
     * @param value the new value; for a many-valued attribute a list
     */
    public Command setCommand(EditingDomain domain, Experiment experiment, Object value) {
        EObject current = experiment;
        for (int i = 0; i < containers.size(); i++) {
            EReference reference = containers.get(i);
            EObject next = (EObject) current.eGet(reference);
            if (next == null) {
                // Build the missing branch detached, then attach it with one command: undo removes it whole.
                EObject branch = EcoreUtil.create(reference.getEReferenceType());
                EObject leaf = branch;
                for (EReference deeper : containers.subList(i + 1, containers.size())) {
                    EObject child = EcoreUtil.create(deeper.getEReferenceType());
                    leaf.eSet(deeper, child);
                    leaf = child;
                }
                leaf.eSet(attribute, value);
                return SetCommand.create(domain, current, reference, branch);
            }
            current = next;
        }
        return SetCommand.create(domain, current, attribute, value);
    }

    /** Tells whether a validation problem on {@code object}'s {@code feature} belongs to this field. */
    public boolean matches(Experiment experiment, EObject object, EStructuralFeature feature) {
        return feature == attribute && object != null && object == owner(experiment);
    }

    // The fields of the form, by section. Keys are the dotted paths the sweep editor also uses.

    /** {@code name}. */
    public static final FeaturePath NAME = of(LmwPackage.Literals.EXPERIMENT__NAME);
    /** {@code description}. */
    public static final FeaturePath DESCRIPTION = of(LmwPackage.Literals.EXPERIMENT__DESCRIPTION);
    /** {@code seed}. */
    public static final FeaturePath SEED = of(LmwPackage.Literals.EXPERIMENT__SEED);
    /** {@code tags}. */
    public static final FeaturePath TAGS = of(LmwPackage.Literals.EXPERIMENT__TAGS);

    /** {@code dataset.name}. */
    public static final FeaturePath DATASET_NAME = dataset(LmwPackage.Literals.DATASET_REF__NAME);
    /** {@code dataset.location}. */
    public static final FeaturePath DATASET_LOCATION = dataset(LmwPackage.Literals.DATASET_REF__LOCATION);
    /** {@code dataset.trainSize}. */
    public static final FeaturePath DATASET_TRAIN_SIZE = dataset(LmwPackage.Literals.DATASET_REF__TRAIN_SIZE);
    /** {@code dataset.testSize}. */
    public static final FeaturePath DATASET_TEST_SIZE = dataset(LmwPackage.Literals.DATASET_REF__TEST_SIZE);
    /** {@code dataset.inputDimension}. */
    public static final FeaturePath DATASET_INPUT_DIMENSION = dataset(
            LmwPackage.Literals.DATASET_REF__INPUT_DIMENSION);
    /** {@code dataset.outputDimension}. */
    public static final FeaturePath DATASET_OUTPUT_DIMENSION = dataset(
            LmwPackage.Literals.DATASET_REF__OUTPUT_DIMENSION);
    /** {@code dataset.noise}. */
    public static final FeaturePath DATASET_NOISE = dataset(LmwPackage.Literals.DATASET_REF__NOISE);

    /** {@code model.architecture}. */
    public static final FeaturePath MODEL_ARCHITECTURE = model(LmwPackage.Literals.MODEL_SPEC__ARCHITECTURE);
    /** {@code model.width}. */
    public static final FeaturePath MODEL_WIDTH = model(LmwPackage.Literals.MODEL_SPEC__WIDTH);
    /** {@code model.depth}. */
    public static final FeaturePath MODEL_DEPTH = model(LmwPackage.Literals.MODEL_SPEC__DEPTH);
    /** {@code model.activation}. */
    public static final FeaturePath MODEL_ACTIVATION = model(LmwPackage.Literals.MODEL_SPEC__ACTIVATION);
    /** {@code model.parametrisation}. */
    public static final FeaturePath MODEL_PARAMETRISATION = model(LmwPackage.Literals.MODEL_SPEC__PARAMETRISATION);
    /** {@code model.channels}. */
    public static final FeaturePath MODEL_CHANNELS = model(LmwPackage.Literals.MODEL_SPEC__CHANNELS);
    /** {@code model.initScale}. */
    public static final FeaturePath MODEL_INIT_SCALE = model(LmwPackage.Literals.MODEL_SPEC__INIT_SCALE);

    /** {@code optimizer.kind}. */
    public static final FeaturePath OPTIMIZER_KIND = optimizer(LmwPackage.Literals.OPTIMIZER_SPEC__KIND);
    /** {@code optimizer.learningRate}. */
    public static final FeaturePath OPTIMIZER_LEARNING_RATE = optimizer(
            LmwPackage.Literals.OPTIMIZER_SPEC__LEARNING_RATE);
    /** {@code optimizer.momentum}. */
    public static final FeaturePath OPTIMIZER_MOMENTUM = optimizer(LmwPackage.Literals.OPTIMIZER_SPEC__MOMENTUM);
    /** {@code optimizer.weightDecay}. */
    public static final FeaturePath OPTIMIZER_WEIGHT_DECAY = optimizer(
            LmwPackage.Literals.OPTIMIZER_SPEC__WEIGHT_DECAY);
    /** {@code optimizer.beta1}. */
    public static final FeaturePath OPTIMIZER_BETA1 = optimizer(LmwPackage.Literals.OPTIMIZER_SPEC__BETA1);
    /** {@code optimizer.beta2}. */
    public static final FeaturePath OPTIMIZER_BETA2 = optimizer(LmwPackage.Literals.OPTIMIZER_SPEC__BETA2);
    /** {@code optimizer.epsilon}. */
    public static final FeaturePath OPTIMIZER_EPSILON = optimizer(LmwPackage.Literals.OPTIMIZER_SPEC__EPSILON);
    /** {@code optimizer.schedule.kind}. */
    public static final FeaturePath SCHEDULE_KIND = schedule(LmwPackage.Literals.SCHEDULE_SPEC__KIND);
    /** {@code optimizer.schedule.warmupSteps}. */
    public static final FeaturePath SCHEDULE_WARMUP = schedule(LmwPackage.Literals.SCHEDULE_SPEC__WARMUP_STEPS);
    /** {@code optimizer.schedule.stepSize}. */
    public static final FeaturePath SCHEDULE_STEP_SIZE = schedule(LmwPackage.Literals.SCHEDULE_SPEC__STEP_SIZE);
    /** {@code optimizer.schedule.gamma}. */
    public static final FeaturePath SCHEDULE_GAMMA = schedule(LmwPackage.Literals.SCHEDULE_SPEC__GAMMA);
    /** {@code optimizer.schedule.minLearningRate}. */
    public static final FeaturePath SCHEDULE_MIN_LR = schedule(LmwPackage.Literals.SCHEDULE_SPEC__MIN_LEARNING_RATE);

    /** {@code training.mode}. */
    public static final FeaturePath TRAINING_MODE = training(LmwPackage.Literals.TRAINING_SPEC__MODE);
    /** {@code training.batchSize}. */
    public static final FeaturePath TRAINING_BATCH_SIZE = training(LmwPackage.Literals.TRAINING_SPEC__BATCH_SIZE);
    /** {@code training.epochs}. */
    public static final FeaturePath TRAINING_EPOCHS = training(LmwPackage.Literals.TRAINING_SPEC__EPOCHS);
    /** {@code training.maxSteps}. */
    public static final FeaturePath TRAINING_MAX_STEPS = training(LmwPackage.Literals.TRAINING_SPEC__MAX_STEPS);
    /** {@code training.evalEvery}. */
    public static final FeaturePath TRAINING_EVAL_EVERY = training(LmwPackage.Literals.TRAINING_SPEC__EVAL_EVERY);
    /** {@code training.checkpointEvery}. */
    public static final FeaturePath TRAINING_CHECKPOINT_EVERY = training(
            LmwPackage.Literals.TRAINING_SPEC__CHECKPOINT_EVERY);
    /** {@code training.shuffle}. */
    public static final FeaturePath TRAINING_SHUFFLE = training(LmwPackage.Literals.TRAINING_SPEC__SHUFFLE);

    /** {@code sweep.mode}. */
    public static final FeaturePath SWEEP_MODE = of(LmwPackage.Literals.SWEEP__MODE,
            LmwPackage.Literals.EXPERIMENT__SWEEP);

    private static FeaturePath dataset(EAttribute attribute) {
        return of(attribute, LmwPackage.Literals.EXPERIMENT__DATASET);
    }

    private static FeaturePath model(EAttribute attribute) {
        return of(attribute, LmwPackage.Literals.EXPERIMENT__MODEL);
    }

    private static FeaturePath optimizer(EAttribute attribute) {
        return of(attribute, LmwPackage.Literals.EXPERIMENT__OPTIMIZER);
    }

    private static FeaturePath schedule(EAttribute attribute) {
        return of(attribute, LmwPackage.Literals.EXPERIMENT__OPTIMIZER, LmwPackage.Literals.OPTIMIZER_SPEC__SCHEDULE);
    }

    private static FeaturePath training(EAttribute attribute) {
        return of(attribute, LmwPackage.Literals.EXPERIMENT__TRAINING);
    }
}
