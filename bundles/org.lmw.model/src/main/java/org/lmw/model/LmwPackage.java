/**
 */
package org.lmw.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The shared model of the Learning Mechanics Workbench: experiments and their runs, probes, hypothesis notebooks and circuit graphs.
 * <!-- end-model-doc -->
 * @see org.lmw.model.LmwFactory
 * @model kind="package"
 * @generated
 */
public interface LmwPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://lmw.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "lmw";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LmwPackage eINSTANCE = org.lmw.model.impl.LmwPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.WorkspaceImpl <em>Workspace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.WorkspaceImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getWorkspace()
	 * @generated
	 */
	int WORKSPACE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Experiments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__EXPERIMENTS = 2;

	/**
	 * The feature id for the '<em><b>Notebooks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__NOTEBOOKS = 3;

	/**
	 * The feature id for the '<em><b>Runs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__RUNS = 4;

	/**
	 * The number of structural features of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.ExperimentImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SEED = 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TAGS = 3;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DATASET = 4;

	/**
	 * The feature id for the '<em><b>Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__MODEL = 5;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__OPTIMIZER = 6;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TRAINING = 7;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__INSTRUMENTS = 8;

	/**
	 * The feature id for the '<em><b>Sweep</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SWEEP = 9;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.DatasetRefImpl <em>Dataset Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.DatasetRefImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getDatasetRef()
	 * @generated
	 */
	int DATASET_REF = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__NAME = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Train Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__TRAIN_SIZE = 2;

	/**
	 * The feature id for the '<em><b>Test Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__TEST_SIZE = 3;

	/**
	 * The feature id for the '<em><b>Input Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__INPUT_DIMENSION = 4;

	/**
	 * The feature id for the '<em><b>Output Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__OUTPUT_DIMENSION = 5;

	/**
	 * The feature id for the '<em><b>Noise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF__NOISE = 6;

	/**
	 * The number of structural features of the '<em>Dataset Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Dataset Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.ModelSpecImpl <em>Model Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.ModelSpecImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getModelSpec()
	 * @generated
	 */
	int MODEL_SPEC = 3;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__ARCHITECTURE = 0;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__WIDTH = 1;

	/**
	 * The feature id for the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__DEPTH = 2;

	/**
	 * The feature id for the '<em><b>Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__ACTIVATION = 3;

	/**
	 * The feature id for the '<em><b>Parametrisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__PARAMETRISATION = 4;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__CHANNELS = 5;

	/**
	 * The feature id for the '<em><b>Init Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__INIT_SCALE = 6;

	/**
	 * The number of structural features of the '<em>Model Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Model Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.OptimizerSpecImpl <em>Optimizer Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.OptimizerSpecImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getOptimizerSpec()
	 * @generated
	 */
	int OPTIMIZER_SPEC = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__LEARNING_RATE = 1;

	/**
	 * The feature id for the '<em><b>Momentum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__MOMENTUM = 2;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__WEIGHT_DECAY = 3;

	/**
	 * The feature id for the '<em><b>Beta1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__BETA1 = 4;

	/**
	 * The feature id for the '<em><b>Beta2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__BETA2 = 5;

	/**
	 * The feature id for the '<em><b>Epsilon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__EPSILON = 6;

	/**
	 * The feature id for the '<em><b>Schedule</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC__SCHEDULE = 7;

	/**
	 * The number of structural features of the '<em>Optimizer Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Optimizer Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTIMIZER_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.ScheduleSpecImpl <em>Schedule Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.ScheduleSpecImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getScheduleSpec()
	 * @generated
	 */
	int SCHEDULE_SPEC = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Warmup Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC__WARMUP_STEPS = 1;

	/**
	 * The feature id for the '<em><b>Step Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC__STEP_SIZE = 2;

	/**
	 * The feature id for the '<em><b>Gamma</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC__GAMMA = 3;

	/**
	 * The feature id for the '<em><b>Min Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC__MIN_LEARNING_RATE = 4;

	/**
	 * The number of structural features of the '<em>Schedule Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Schedule Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULE_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.TrainingSpecImpl <em>Training Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.TrainingSpecImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getTrainingSpec()
	 * @generated
	 */
	int TRAINING_SPEC = 6;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__MODE = 0;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__BATCH_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EPOCHS = 2;

	/**
	 * The feature id for the '<em><b>Max Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__MAX_STEPS = 3;

	/**
	 * The feature id for the '<em><b>Eval Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EVAL_EVERY = 4;

	/**
	 * The feature id for the '<em><b>Checkpoint Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__CHECKPOINT_EVERY = 5;

	/**
	 * The feature id for the '<em><b>Shuffle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__SHUFFLE = 6;

	/**
	 * The feature id for the '<em><b>Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__LOSS = 7;

	/**
	 * The number of structural features of the '<em>Training Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Training Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.InstrumentSpecImpl <em>Instrument Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.InstrumentSpecImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getInstrumentSpec()
	 * @generated
	 */
	int INSTRUMENT_SPEC = 7;

	/**
	 * The feature id for the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_SPEC__INSTRUMENT_ID = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_SPEC__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_SPEC__TRIGGER = 2;

	/**
	 * The feature id for the '<em><b>Every</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_SPEC__EVERY = 3;

	/**
	 * The feature id for the '<em><b>Data Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_SPEC__DATA_SCOPE = 4;

	/**
	 * The feature id for the '<em><b>Subset Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_SPEC__SUBSET_SIZE = 5;

	/**
	 * The feature id for the '<em><b>Budget Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_SPEC__BUDGET_FRACTION = 6;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_SPEC__PARAMETERS = 7;

	/**
	 * The number of structural features of the '<em>Instrument Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_SPEC_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Instrument Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.ParameterImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 8;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.SweepImpl <em>Sweep</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.SweepImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getSweep()
	 * @generated
	 */
	int SWEEP = 9;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__MODE = 0;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP__AXES = 1;

	/**
	 * The number of structural features of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Sweep</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.SweepAxisImpl <em>Sweep Axis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.SweepAxisImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getSweepAxis()
	 * @generated
	 */
	int SWEEP_AXIS = 10;

	/**
	 * The feature id for the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__PARAMETER = 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS__VALUES = 1;

	/**
	 * The number of structural features of the '<em>Sweep Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Sweep Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWEEP_AXIS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.RunImpl <em>Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.RunImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getRun()
	 * @generated
	 */
	int RUN = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ID = 0;

	/**
	 * The feature id for the '<em><b>Experiment Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__EXPERIMENT_NAME = 1;

	/**
	 * The feature id for the '<em><b>Experiment File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__EXPERIMENT_FILE = 2;

	/**
	 * The feature id for the '<em><b>Sweep Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SWEEP_INDEX = 3;

	/**
	 * The feature id for the '<em><b>Hyperparameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__HYPERPARAMETERS = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__MESSAGE = 6;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__CREATED_AT = 7;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STARTED_AT = 8;

	/**
	 * The feature id for the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__FINISHED_AT = 9;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STEPS = 10;

	/**
	 * The feature id for the '<em><b>Total Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__TOTAL_STEPS = 11;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__DEVICE = 12;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__TAGS = 13;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__PROVENANCE = 14;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SUMMARY = 15;

	/**
	 * The number of structural features of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_FEATURE_COUNT = 16;

	/**
	 * The number of operations of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.ProvenanceImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getProvenance()
	 * @generated
	 */
	int PROVENANCE = 12;

	/**
	 * The feature id for the '<em><b>Product Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__PRODUCT_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Engine Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__ENGINE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__ENGINE_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Data Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__DATA_CHECKSUM = 3;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__SEED = 4;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__DEVICE = 5;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__THREADS = 6;

	/**
	 * The feature id for the '<em><b>Java Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__JAVA_VERSION = 7;

	/**
	 * The feature id for the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__HOST_NAME = 8;

	/**
	 * The feature id for the '<em><b>Experiment Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE__EXPERIMENT_HASH = 9;

	/**
	 * The number of structural features of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.ProbeImpl <em>Probe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.ProbeImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getProbe()
	 * @generated
	 */
	int PROBE = 13;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__RUN_ID = 1;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__LAYER = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__TARGET = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__KIND = 4;

	/**
	 * The feature id for the '<em><b>Train Split</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__TRAIN_SPLIT = 5;

	/**
	 * The feature id for the '<em><b>Test Split</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__TEST_SPLIT = 6;

	/**
	 * The feature id for the '<em><b>Control Task</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__CONTROL_TASK = 7;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE__RESULTS = 8;

	/**
	 * The number of structural features of the '<em>Probe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Probe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.ProbeResultImpl <em>Probe Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.ProbeResultImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getProbeResult()
	 * @generated
	 */
	int PROBE_RESULT = 14;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT__STEP = 0;

	/**
	 * The feature id for the '<em><b>Train Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT__TRAIN_SCORE = 1;

	/**
	 * The feature id for the '<em><b>Test Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT__TEST_SCORE = 2;

	/**
	 * The feature id for the '<em><b>Control Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT__CONTROL_SCORE = 3;

	/**
	 * The number of structural features of the '<em>Probe Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Probe Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROBE_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.NotebookImpl <em>Notebook</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.NotebookImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getNotebook()
	 * @generated
	 */
	int NOTEBOOK = 15;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK__CELLS = 1;

	/**
	 * The number of structural features of the '<em>Notebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Notebook</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTEBOOK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.CellImpl <em>Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.CellImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getCell()
	 * @generated
	 */
	int CELL = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL__ID = 0;

	/**
	 * The number of structural features of the '<em>Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.TextCellImpl <em>Text Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.TextCellImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getTextCell()
	 * @generated
	 */
	int TEXT_CELL = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_CELL__ID = CELL__ID;

	/**
	 * The feature id for the '<em><b>Markdown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_CELL__MARKDOWN = CELL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Text Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_CELL_FEATURE_COUNT = CELL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Text Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_CELL_OPERATION_COUNT = CELL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.ChartCellImpl <em>Chart Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.ChartCellImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getChartCell()
	 * @generated
	 */
	int CHART_CELL = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_CELL__ID = CELL__ID;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_CELL__METRIC = CELL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_CELL__AGGREGATION = CELL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Query</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_CELL__QUERY = CELL_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Chart Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_CELL_FEATURE_COUNT = CELL_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Chart Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHART_CELL_OPERATION_COUNT = CELL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.PredictionCellImpl <em>Prediction Cell</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.PredictionCellImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getPredictionCell()
	 * @generated
	 */
	int PREDICTION_CELL = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION_CELL__ID = CELL__ID;

	/**
	 * The feature id for the '<em><b>Predictions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION_CELL__PREDICTIONS = CELL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Prediction Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION_CELL_FEATURE_COUNT = CELL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Prediction Cell</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION_CELL_OPERATION_COUNT = CELL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.RunQueryImpl <em>Run Query</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.RunQueryImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getRunQuery()
	 * @generated
	 */
	int RUN_QUERY = 20;

	/**
	 * The feature id for the '<em><b>Experiment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_QUERY__EXPERIMENT = 0;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_QUERY__TAGS = 1;

	/**
	 * The feature id for the '<em><b>Sweep Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_QUERY__SWEEP_VALUES = 2;

	/**
	 * The number of structural features of the '<em>Run Query</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_QUERY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Run Query</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_QUERY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.PredictionImpl <em>Prediction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.PredictionImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getPrediction()
	 * @generated
	 */
	int PREDICTION = 21;

	/**
	 * The feature id for the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__STATEMENT = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__METRIC = 2;

	/**
	 * The feature id for the '<em><b>Query</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__QUERY = 3;

	/**
	 * The feature id for the '<em><b>Window</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__WINDOW = 4;

	/**
	 * The feature id for the '<em><b>At Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__AT_STEP = 5;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__LOWER = 6;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__UPPER = 7;

	/**
	 * The feature id for the '<em><b>Theory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__THEORY = 8;

	/**
	 * The feature id for the '<em><b>Against</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__AGAINST = 9;

	/**
	 * The feature id for the '<em><b>Comparison Query</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__COMPARISON_QUERY = 10;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__DIRECTION = 11;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__CONFIDENCE = 12;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__VERSION = 13;

	/**
	 * The feature id for the '<em><b>Frozen At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__FROZEN_AT = 14;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__CONTENT_HASH = 15;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__VERDICT = 16;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION__EVIDENCE = 17;

	/**
	 * The number of structural features of the '<em>Prediction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Prediction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.EvidenceImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 22;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__SUMMARY = 0;

	/**
	 * The feature id for the '<em><b>Evaluated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__EVALUATED_AT = 1;

	/**
	 * The feature id for the '<em><b>Run Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__RUN_IDS = 2;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__VALUES = 3;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.CircuitGraphImpl <em>Circuit Graph</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.CircuitGraphImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getCircuitGraph()
	 * @generated
	 */
	int CIRCUIT_GRAPH = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_GRAPH__NAME = 0;

	/**
	 * The feature id for the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_GRAPH__RUN_ID = 1;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_GRAPH__METHOD = 2;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_GRAPH__BASELINE = 3;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_GRAPH__THRESHOLD = 4;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_GRAPH__NODES = 5;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_GRAPH__EDGES = 6;

	/**
	 * The number of structural features of the '<em>Circuit Graph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_GRAPH_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Circuit Graph</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_GRAPH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.CircuitNodeImpl <em>Circuit Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.CircuitNodeImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getCircuitNode()
	 * @generated
	 */
	int CIRCUIT_NODE = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_NODE__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_NODE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_NODE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_NODE__LAYER = 3;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_NODE__INDEX = 4;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_NODE__EFFECT = 5;

	/**
	 * The number of structural features of the '<em>Circuit Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_NODE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Circuit Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_NODE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.impl.CircuitEdgeImpl <em>Circuit Edge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.impl.CircuitEdgeImpl
	 * @see org.lmw.model.impl.LmwPackageImpl#getCircuitEdge()
	 * @generated
	 */
	int CIRCUIT_EDGE = 25;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_EDGE__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_EDGE__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_EDGE__WEIGHT = 2;

	/**
	 * The number of structural features of the '<em>Circuit Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_EDGE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Circuit Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIRCUIT_EDGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lmw.model.RunStatus <em>Run Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.RunStatus
	 * @see org.lmw.model.impl.LmwPackageImpl#getRunStatus()
	 * @generated
	 */
	int RUN_STATUS = 26;

	/**
	 * The meta object id for the '{@link org.lmw.model.Architecture <em>Architecture</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.Architecture
	 * @see org.lmw.model.impl.LmwPackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 27;

	/**
	 * The meta object id for the '{@link org.lmw.model.Activation <em>Activation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.Activation
	 * @see org.lmw.model.impl.LmwPackageImpl#getActivation()
	 * @generated
	 */
	int ACTIVATION = 28;

	/**
	 * The meta object id for the '{@link org.lmw.model.Parametrisation <em>Parametrisation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.Parametrisation
	 * @see org.lmw.model.impl.LmwPackageImpl#getParametrisation()
	 * @generated
	 */
	int PARAMETRISATION = 29;

	/**
	 * The meta object id for the '{@link org.lmw.model.OptimizerKind <em>Optimizer Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.OptimizerKind
	 * @see org.lmw.model.impl.LmwPackageImpl#getOptimizerKind()
	 * @generated
	 */
	int OPTIMIZER_KIND = 30;

	/**
	 * The meta object id for the '{@link org.lmw.model.ScheduleKind <em>Schedule Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.ScheduleKind
	 * @see org.lmw.model.impl.LmwPackageImpl#getScheduleKind()
	 * @generated
	 */
	int SCHEDULE_KIND = 31;

	/**
	 * The meta object id for the '{@link org.lmw.model.LossKind <em>Loss Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.LossKind
	 * @see org.lmw.model.impl.LmwPackageImpl#getLossKind()
	 * @generated
	 */
	int LOSS_KIND = 32;

	/**
	 * The meta object id for the '{@link org.lmw.model.TrainingMode <em>Training Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.TrainingMode
	 * @see org.lmw.model.impl.LmwPackageImpl#getTrainingMode()
	 * @generated
	 */
	int TRAINING_MODE = 33;

	/**
	 * The meta object id for the '{@link org.lmw.model.InstrumentTrigger <em>Instrument Trigger</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.InstrumentTrigger
	 * @see org.lmw.model.impl.LmwPackageImpl#getInstrumentTrigger()
	 * @generated
	 */
	int INSTRUMENT_TRIGGER = 34;

	/**
	 * The meta object id for the '{@link org.lmw.model.DataScope <em>Data Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.DataScope
	 * @see org.lmw.model.impl.LmwPackageImpl#getDataScope()
	 * @generated
	 */
	int DATA_SCOPE = 35;

	/**
	 * The meta object id for the '{@link org.lmw.model.SweepMode <em>Sweep Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.SweepMode
	 * @see org.lmw.model.impl.LmwPackageImpl#getSweepMode()
	 * @generated
	 */
	int SWEEP_MODE = 36;

	/**
	 * The meta object id for the '{@link org.lmw.model.ProbeKind <em>Probe Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.ProbeKind
	 * @see org.lmw.model.impl.LmwPackageImpl#getProbeKind()
	 * @generated
	 */
	int PROBE_KIND = 37;

	/**
	 * The meta object id for the '{@link org.lmw.model.Aggregation <em>Aggregation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.Aggregation
	 * @see org.lmw.model.impl.LmwPackageImpl#getAggregation()
	 * @generated
	 */
	int AGGREGATION = 38;

	/**
	 * The meta object id for the '{@link org.lmw.model.PredictionKind <em>Prediction Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.PredictionKind
	 * @see org.lmw.model.impl.LmwPackageImpl#getPredictionKind()
	 * @generated
	 */
	int PREDICTION_KIND = 39;

	/**
	 * The meta object id for the '{@link org.lmw.model.Window <em>Window</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.Window
	 * @see org.lmw.model.impl.LmwPackageImpl#getWindow()
	 * @generated
	 */
	int WINDOW = 40;

	/**
	 * The meta object id for the '{@link org.lmw.model.OrderDirection <em>Order Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.OrderDirection
	 * @see org.lmw.model.impl.LmwPackageImpl#getOrderDirection()
	 * @generated
	 */
	int ORDER_DIRECTION = 41;

	/**
	 * The meta object id for the '{@link org.lmw.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.Verdict
	 * @see org.lmw.model.impl.LmwPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 42;

	/**
	 * The meta object id for the '{@link org.lmw.model.CircuitNodeKind <em>Circuit Node Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.CircuitNodeKind
	 * @see org.lmw.model.impl.LmwPackageImpl#getCircuitNodeKind()
	 * @generated
	 */
	int CIRCUIT_NODE_KIND = 43;

	/**
	 * The meta object id for the '{@link org.lmw.model.AttributionMethod <em>Attribution Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lmw.model.AttributionMethod
	 * @see org.lmw.model.impl.LmwPackageImpl#getAttributionMethod()
	 * @generated
	 */
	int ATTRIBUTION_METHOD = 44;


	/**
	 * Returns the meta object for class '{@link org.lmw.model.Workspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workspace</em>'.
	 * @see org.lmw.model.Workspace
	 * @generated
	 */
	EClass getWorkspace();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Workspace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lmw.model.Workspace#getName()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Workspace#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.lmw.model.Workspace#getLocation()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_Location();

	/**
	 * Returns the meta object for the reference list '{@link org.lmw.model.Workspace#getExperiments <em>Experiments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Experiments</em>'.
	 * @see org.lmw.model.Workspace#getExperiments()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Experiments();

	/**
	 * Returns the meta object for the reference list '{@link org.lmw.model.Workspace#getNotebooks <em>Notebooks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Notebooks</em>'.
	 * @see org.lmw.model.Workspace#getNotebooks()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Notebooks();

	/**
	 * Returns the meta object for the reference list '{@link org.lmw.model.Workspace#getRuns <em>Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Runs</em>'.
	 * @see org.lmw.model.Workspace#getRuns()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Runs();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.lmw.model.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lmw.model.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Experiment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.lmw.model.Experiment#getDescription()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Experiment#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.lmw.model.Experiment#getSeed()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Seed();

	/**
	 * Returns the meta object for the attribute list '{@link org.lmw.model.Experiment#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.lmw.model.Experiment#getTags()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Tags();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.Experiment#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dataset</em>'.
	 * @see org.lmw.model.Experiment#getDataset()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Dataset();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.Experiment#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Model</em>'.
	 * @see org.lmw.model.Experiment#getModel()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Model();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.Experiment#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Optimizer</em>'.
	 * @see org.lmw.model.Experiment#getOptimizer()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Optimizer();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.Experiment#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see org.lmw.model.Experiment#getTraining()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Training();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.Experiment#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.lmw.model.Experiment#getInstruments()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Instruments();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.Experiment#getSweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sweep</em>'.
	 * @see org.lmw.model.Experiment#getSweep()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Sweep();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.DatasetRef <em>Dataset Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset Ref</em>'.
	 * @see org.lmw.model.DatasetRef
	 * @generated
	 */
	EClass getDatasetRef();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.DatasetRef#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lmw.model.DatasetRef#getName()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EAttribute getDatasetRef_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.DatasetRef#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.lmw.model.DatasetRef#getLocation()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EAttribute getDatasetRef_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.DatasetRef#getTrainSize <em>Train Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Size</em>'.
	 * @see org.lmw.model.DatasetRef#getTrainSize()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EAttribute getDatasetRef_TrainSize();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.DatasetRef#getTestSize <em>Test Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Size</em>'.
	 * @see org.lmw.model.DatasetRef#getTestSize()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EAttribute getDatasetRef_TestSize();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.DatasetRef#getInputDimension <em>Input Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Dimension</em>'.
	 * @see org.lmw.model.DatasetRef#getInputDimension()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EAttribute getDatasetRef_InputDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.DatasetRef#getOutputDimension <em>Output Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Dimension</em>'.
	 * @see org.lmw.model.DatasetRef#getOutputDimension()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EAttribute getDatasetRef_OutputDimension();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.DatasetRef#getNoise <em>Noise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Noise</em>'.
	 * @see org.lmw.model.DatasetRef#getNoise()
	 * @see #getDatasetRef()
	 * @generated
	 */
	EAttribute getDatasetRef_Noise();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.ModelSpec <em>Model Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Spec</em>'.
	 * @see org.lmw.model.ModelSpec
	 * @generated
	 */
	EClass getModelSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ModelSpec#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.lmw.model.ModelSpec#getArchitecture()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ModelSpec#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.lmw.model.ModelSpec#getWidth()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ModelSpec#getDepth <em>Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth</em>'.
	 * @see org.lmw.model.ModelSpec#getDepth()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_Depth();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ModelSpec#getActivation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation</em>'.
	 * @see org.lmw.model.ModelSpec#getActivation()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_Activation();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ModelSpec#getParametrisation <em>Parametrisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parametrisation</em>'.
	 * @see org.lmw.model.ModelSpec#getParametrisation()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_Parametrisation();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ModelSpec#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channels</em>'.
	 * @see org.lmw.model.ModelSpec#getChannels()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_Channels();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ModelSpec#getInitScale <em>Init Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Init Scale</em>'.
	 * @see org.lmw.model.ModelSpec#getInitScale()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_InitScale();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.OptimizerSpec <em>Optimizer Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Optimizer Spec</em>'.
	 * @see org.lmw.model.OptimizerSpec
	 * @generated
	 */
	EClass getOptimizerSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.OptimizerSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lmw.model.OptimizerSpec#getKind()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.OptimizerSpec#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.lmw.model.OptimizerSpec#getLearningRate()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.OptimizerSpec#getMomentum <em>Momentum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Momentum</em>'.
	 * @see org.lmw.model.OptimizerSpec#getMomentum()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Momentum();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.OptimizerSpec#getWeightDecay <em>Weight Decay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Decay</em>'.
	 * @see org.lmw.model.OptimizerSpec#getWeightDecay()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_WeightDecay();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.OptimizerSpec#getBeta1 <em>Beta1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta1</em>'.
	 * @see org.lmw.model.OptimizerSpec#getBeta1()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Beta1();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.OptimizerSpec#getBeta2 <em>Beta2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Beta2</em>'.
	 * @see org.lmw.model.OptimizerSpec#getBeta2()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Beta2();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.OptimizerSpec#getEpsilon <em>Epsilon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epsilon</em>'.
	 * @see org.lmw.model.OptimizerSpec#getEpsilon()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EAttribute getOptimizerSpec_Epsilon();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.OptimizerSpec#getSchedule <em>Schedule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Schedule</em>'.
	 * @see org.lmw.model.OptimizerSpec#getSchedule()
	 * @see #getOptimizerSpec()
	 * @generated
	 */
	EReference getOptimizerSpec_Schedule();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.ScheduleSpec <em>Schedule Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Schedule Spec</em>'.
	 * @see org.lmw.model.ScheduleSpec
	 * @generated
	 */
	EClass getScheduleSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ScheduleSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lmw.model.ScheduleSpec#getKind()
	 * @see #getScheduleSpec()
	 * @generated
	 */
	EAttribute getScheduleSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ScheduleSpec#getWarmupSteps <em>Warmup Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Warmup Steps</em>'.
	 * @see org.lmw.model.ScheduleSpec#getWarmupSteps()
	 * @see #getScheduleSpec()
	 * @generated
	 */
	EAttribute getScheduleSpec_WarmupSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ScheduleSpec#getStepSize <em>Step Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Size</em>'.
	 * @see org.lmw.model.ScheduleSpec#getStepSize()
	 * @see #getScheduleSpec()
	 * @generated
	 */
	EAttribute getScheduleSpec_StepSize();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ScheduleSpec#getGamma <em>Gamma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gamma</em>'.
	 * @see org.lmw.model.ScheduleSpec#getGamma()
	 * @see #getScheduleSpec()
	 * @generated
	 */
	EAttribute getScheduleSpec_Gamma();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ScheduleSpec#getMinLearningRate <em>Min Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Learning Rate</em>'.
	 * @see org.lmw.model.ScheduleSpec#getMinLearningRate()
	 * @see #getScheduleSpec()
	 * @generated
	 */
	EAttribute getScheduleSpec_MinLearningRate();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.TrainingSpec <em>Training Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Spec</em>'.
	 * @see org.lmw.model.TrainingSpec
	 * @generated
	 */
	EClass getTrainingSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.TrainingSpec#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.lmw.model.TrainingSpec#getMode()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.TrainingSpec#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.lmw.model.TrainingSpec#getBatchSize()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.TrainingSpec#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see org.lmw.model.TrainingSpec#getEpochs()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.TrainingSpec#getMaxSteps <em>Max Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Steps</em>'.
	 * @see org.lmw.model.TrainingSpec#getMaxSteps()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_MaxSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.TrainingSpec#getEvalEvery <em>Eval Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eval Every</em>'.
	 * @see org.lmw.model.TrainingSpec#getEvalEvery()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_EvalEvery();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.TrainingSpec#getCheckpointEvery <em>Checkpoint Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checkpoint Every</em>'.
	 * @see org.lmw.model.TrainingSpec#getCheckpointEvery()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_CheckpointEvery();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.TrainingSpec#isShuffle <em>Shuffle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shuffle</em>'.
	 * @see org.lmw.model.TrainingSpec#isShuffle()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Shuffle();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.TrainingSpec#getLoss <em>Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss</em>'.
	 * @see org.lmw.model.TrainingSpec#getLoss()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Loss();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.InstrumentSpec <em>Instrument Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument Spec</em>'.
	 * @see org.lmw.model.InstrumentSpec
	 * @generated
	 */
	EClass getInstrumentSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.InstrumentSpec#getInstrumentId <em>Instrument Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instrument Id</em>'.
	 * @see org.lmw.model.InstrumentSpec#getInstrumentId()
	 * @see #getInstrumentSpec()
	 * @generated
	 */
	EAttribute getInstrumentSpec_InstrumentId();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.InstrumentSpec#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.lmw.model.InstrumentSpec#isEnabled()
	 * @see #getInstrumentSpec()
	 * @generated
	 */
	EAttribute getInstrumentSpec_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.InstrumentSpec#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.lmw.model.InstrumentSpec#getTrigger()
	 * @see #getInstrumentSpec()
	 * @generated
	 */
	EAttribute getInstrumentSpec_Trigger();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.InstrumentSpec#getEvery <em>Every</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Every</em>'.
	 * @see org.lmw.model.InstrumentSpec#getEvery()
	 * @see #getInstrumentSpec()
	 * @generated
	 */
	EAttribute getInstrumentSpec_Every();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.InstrumentSpec#getDataScope <em>Data Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Scope</em>'.
	 * @see org.lmw.model.InstrumentSpec#getDataScope()
	 * @see #getInstrumentSpec()
	 * @generated
	 */
	EAttribute getInstrumentSpec_DataScope();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.InstrumentSpec#getSubsetSize <em>Subset Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subset Size</em>'.
	 * @see org.lmw.model.InstrumentSpec#getSubsetSize()
	 * @see #getInstrumentSpec()
	 * @generated
	 */
	EAttribute getInstrumentSpec_SubsetSize();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.InstrumentSpec#getBudgetFraction <em>Budget Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Fraction</em>'.
	 * @see org.lmw.model.InstrumentSpec#getBudgetFraction()
	 * @see #getInstrumentSpec()
	 * @generated
	 */
	EAttribute getInstrumentSpec_BudgetFraction();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.InstrumentSpec#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.lmw.model.InstrumentSpec#getParameters()
	 * @see #getInstrumentSpec()
	 * @generated
	 */
	EReference getInstrumentSpec_Parameters();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.lmw.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Parameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.lmw.model.Parameter#getKey()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.lmw.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep</em>'.
	 * @see org.lmw.model.Sweep
	 * @generated
	 */
	EClass getSweep();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Sweep#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.lmw.model.Sweep#getMode()
	 * @see #getSweep()
	 * @generated
	 */
	EAttribute getSweep_Mode();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.Sweep#getAxes <em>Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Axes</em>'.
	 * @see org.lmw.model.Sweep#getAxes()
	 * @see #getSweep()
	 * @generated
	 */
	EReference getSweep_Axes();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.SweepAxis <em>Sweep Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sweep Axis</em>'.
	 * @see org.lmw.model.SweepAxis
	 * @generated
	 */
	EClass getSweepAxis();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.SweepAxis#getParameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameter</em>'.
	 * @see org.lmw.model.SweepAxis#getParameter()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_Parameter();

	/**
	 * Returns the meta object for the attribute list '{@link org.lmw.model.SweepAxis#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Values</em>'.
	 * @see org.lmw.model.SweepAxis#getValues()
	 * @see #getSweepAxis()
	 * @generated
	 */
	EAttribute getSweepAxis_Values();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run</em>'.
	 * @see org.lmw.model.Run
	 * @generated
	 */
	EClass getRun();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.lmw.model.Run#getId()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getExperimentName <em>Experiment Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Experiment Name</em>'.
	 * @see org.lmw.model.Run#getExperimentName()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_ExperimentName();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getExperimentFile <em>Experiment File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Experiment File</em>'.
	 * @see org.lmw.model.Run#getExperimentFile()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_ExperimentFile();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getSweepIndex <em>Sweep Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sweep Index</em>'.
	 * @see org.lmw.model.Run#getSweepIndex()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_SweepIndex();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.Run#getHyperparameters <em>Hyperparameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hyperparameters</em>'.
	 * @see org.lmw.model.Run#getHyperparameters()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Hyperparameters();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.lmw.model.Run#getStatus()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.lmw.model.Run#getMessage()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.lmw.model.Run#getCreatedAt()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.lmw.model.Run#getStartedAt()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getFinishedAt <em>Finished At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finished At</em>'.
	 * @see org.lmw.model.Run#getFinishedAt()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_FinishedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.lmw.model.Run#getSteps()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getTotalSteps <em>Total Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Steps</em>'.
	 * @see org.lmw.model.Run#getTotalSteps()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_TotalSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Run#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.lmw.model.Run#getDevice()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Device();

	/**
	 * Returns the meta object for the attribute list '{@link org.lmw.model.Run#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.lmw.model.Run#getTags()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Tags();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.Run#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provenance</em>'.
	 * @see org.lmw.model.Run#getProvenance()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Provenance();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.Run#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Summary</em>'.
	 * @see org.lmw.model.Run#getSummary()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Summary();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance</em>'.
	 * @see org.lmw.model.Provenance
	 * @generated
	 */
	EClass getProvenance();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Provenance#getProductVersion <em>Product Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Version</em>'.
	 * @see org.lmw.model.Provenance#getProductVersion()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_ProductVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Provenance#getEngineName <em>Engine Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Name</em>'.
	 * @see org.lmw.model.Provenance#getEngineName()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_EngineName();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Provenance#getEngineVersion <em>Engine Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Version</em>'.
	 * @see org.lmw.model.Provenance#getEngineVersion()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_EngineVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Provenance#getDataChecksum <em>Data Checksum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Checksum</em>'.
	 * @see org.lmw.model.Provenance#getDataChecksum()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_DataChecksum();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Provenance#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.lmw.model.Provenance#getSeed()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Provenance#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.lmw.model.Provenance#getDevice()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Provenance#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threads</em>'.
	 * @see org.lmw.model.Provenance#getThreads()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_Threads();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Provenance#getJavaVersion <em>Java Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Java Version</em>'.
	 * @see org.lmw.model.Provenance#getJavaVersion()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_JavaVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Provenance#getHostName <em>Host Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Name</em>'.
	 * @see org.lmw.model.Provenance#getHostName()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_HostName();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Provenance#getExperimentHash <em>Experiment Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Experiment Hash</em>'.
	 * @see org.lmw.model.Provenance#getExperimentHash()
	 * @see #getProvenance()
	 * @generated
	 */
	EAttribute getProvenance_ExperimentHash();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.Probe <em>Probe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Probe</em>'.
	 * @see org.lmw.model.Probe
	 * @generated
	 */
	EClass getProbe();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Probe#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lmw.model.Probe#getName()
	 * @see #getProbe()
	 * @generated
	 */
	EAttribute getProbe_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Probe#getRunId <em>Run Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Id</em>'.
	 * @see org.lmw.model.Probe#getRunId()
	 * @see #getProbe()
	 * @generated
	 */
	EAttribute getProbe_RunId();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Probe#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.lmw.model.Probe#getLayer()
	 * @see #getProbe()
	 * @generated
	 */
	EAttribute getProbe_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Probe#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.lmw.model.Probe#getTarget()
	 * @see #getProbe()
	 * @generated
	 */
	EAttribute getProbe_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Probe#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lmw.model.Probe#getKind()
	 * @see #getProbe()
	 * @generated
	 */
	EAttribute getProbe_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Probe#getTrainSplit <em>Train Split</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Split</em>'.
	 * @see org.lmw.model.Probe#getTrainSplit()
	 * @see #getProbe()
	 * @generated
	 */
	EAttribute getProbe_TrainSplit();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Probe#getTestSplit <em>Test Split</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Split</em>'.
	 * @see org.lmw.model.Probe#getTestSplit()
	 * @see #getProbe()
	 * @generated
	 */
	EAttribute getProbe_TestSplit();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Probe#isControlTask <em>Control Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Task</em>'.
	 * @see org.lmw.model.Probe#isControlTask()
	 * @see #getProbe()
	 * @generated
	 */
	EAttribute getProbe_ControlTask();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.Probe#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.lmw.model.Probe#getResults()
	 * @see #getProbe()
	 * @generated
	 */
	EReference getProbe_Results();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.ProbeResult <em>Probe Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Probe Result</em>'.
	 * @see org.lmw.model.ProbeResult
	 * @generated
	 */
	EClass getProbeResult();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ProbeResult#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.lmw.model.ProbeResult#getStep()
	 * @see #getProbeResult()
	 * @generated
	 */
	EAttribute getProbeResult_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ProbeResult#getTrainScore <em>Train Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Score</em>'.
	 * @see org.lmw.model.ProbeResult#getTrainScore()
	 * @see #getProbeResult()
	 * @generated
	 */
	EAttribute getProbeResult_TrainScore();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ProbeResult#getTestScore <em>Test Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Score</em>'.
	 * @see org.lmw.model.ProbeResult#getTestScore()
	 * @see #getProbeResult()
	 * @generated
	 */
	EAttribute getProbeResult_TestScore();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ProbeResult#getControlScore <em>Control Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Control Score</em>'.
	 * @see org.lmw.model.ProbeResult#getControlScore()
	 * @see #getProbeResult()
	 * @generated
	 */
	EAttribute getProbeResult_ControlScore();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.Notebook <em>Notebook</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Notebook</em>'.
	 * @see org.lmw.model.Notebook
	 * @generated
	 */
	EClass getNotebook();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Notebook#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.lmw.model.Notebook#getTitle()
	 * @see #getNotebook()
	 * @generated
	 */
	EAttribute getNotebook_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.Notebook#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cells</em>'.
	 * @see org.lmw.model.Notebook#getCells()
	 * @see #getNotebook()
	 * @generated
	 */
	EReference getNotebook_Cells();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.Cell <em>Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell</em>'.
	 * @see org.lmw.model.Cell
	 * @generated
	 */
	EClass getCell();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Cell#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.lmw.model.Cell#getId()
	 * @see #getCell()
	 * @generated
	 */
	EAttribute getCell_Id();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.TextCell <em>Text Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Cell</em>'.
	 * @see org.lmw.model.TextCell
	 * @generated
	 */
	EClass getTextCell();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.TextCell#getMarkdown <em>Markdown</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Markdown</em>'.
	 * @see org.lmw.model.TextCell#getMarkdown()
	 * @see #getTextCell()
	 * @generated
	 */
	EAttribute getTextCell_Markdown();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.ChartCell <em>Chart Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chart Cell</em>'.
	 * @see org.lmw.model.ChartCell
	 * @generated
	 */
	EClass getChartCell();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ChartCell#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.lmw.model.ChartCell#getMetric()
	 * @see #getChartCell()
	 * @generated
	 */
	EAttribute getChartCell_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.ChartCell#getAggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation</em>'.
	 * @see org.lmw.model.ChartCell#getAggregation()
	 * @see #getChartCell()
	 * @generated
	 */
	EAttribute getChartCell_Aggregation();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.ChartCell#getQuery <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Query</em>'.
	 * @see org.lmw.model.ChartCell#getQuery()
	 * @see #getChartCell()
	 * @generated
	 */
	EReference getChartCell_Query();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.PredictionCell <em>Prediction Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prediction Cell</em>'.
	 * @see org.lmw.model.PredictionCell
	 * @generated
	 */
	EClass getPredictionCell();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.PredictionCell#getPredictions <em>Predictions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Predictions</em>'.
	 * @see org.lmw.model.PredictionCell#getPredictions()
	 * @see #getPredictionCell()
	 * @generated
	 */
	EReference getPredictionCell_Predictions();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.RunQuery <em>Run Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run Query</em>'.
	 * @see org.lmw.model.RunQuery
	 * @generated
	 */
	EClass getRunQuery();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.RunQuery#getExperiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Experiment</em>'.
	 * @see org.lmw.model.RunQuery#getExperiment()
	 * @see #getRunQuery()
	 * @generated
	 */
	EAttribute getRunQuery_Experiment();

	/**
	 * Returns the meta object for the attribute list '{@link org.lmw.model.RunQuery#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.lmw.model.RunQuery#getTags()
	 * @see #getRunQuery()
	 * @generated
	 */
	EAttribute getRunQuery_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.RunQuery#getSweepValues <em>Sweep Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sweep Values</em>'.
	 * @see org.lmw.model.RunQuery#getSweepValues()
	 * @see #getRunQuery()
	 * @generated
	 */
	EReference getRunQuery_SweepValues();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.Prediction <em>Prediction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prediction</em>'.
	 * @see org.lmw.model.Prediction
	 * @generated
	 */
	EClass getPrediction();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getStatement <em>Statement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statement</em>'.
	 * @see org.lmw.model.Prediction#getStatement()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Statement();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lmw.model.Prediction#getKind()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.lmw.model.Prediction#getMetric()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Metric();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.Prediction#getQuery <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Query</em>'.
	 * @see org.lmw.model.Prediction#getQuery()
	 * @see #getPrediction()
	 * @generated
	 */
	EReference getPrediction_Query();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getWindow <em>Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window</em>'.
	 * @see org.lmw.model.Prediction#getWindow()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Window();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getAtStep <em>At Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At Step</em>'.
	 * @see org.lmw.model.Prediction#getAtStep()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_AtStep();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower</em>'.
	 * @see org.lmw.model.Prediction#getLower()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Lower();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper</em>'.
	 * @see org.lmw.model.Prediction#getUpper()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Upper();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getTheory <em>Theory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theory</em>'.
	 * @see org.lmw.model.Prediction#getTheory()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Theory();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getAgainst <em>Against</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Against</em>'.
	 * @see org.lmw.model.Prediction#getAgainst()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Against();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.Prediction#getComparisonQuery <em>Comparison Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Comparison Query</em>'.
	 * @see org.lmw.model.Prediction#getComparisonQuery()
	 * @see #getPrediction()
	 * @generated
	 */
	EReference getPrediction_ComparisonQuery();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.lmw.model.Prediction#getDirection()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see org.lmw.model.Prediction#getConfidence()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.lmw.model.Prediction#getVersion()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getFrozenAt <em>Frozen At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frozen At</em>'.
	 * @see org.lmw.model.Prediction#getFrozenAt()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_FrozenAt();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.lmw.model.Prediction#getContentHash()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Prediction#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.lmw.model.Prediction#getVerdict()
	 * @see #getPrediction()
	 * @generated
	 */
	EAttribute getPrediction_Verdict();

	/**
	 * Returns the meta object for the containment reference '{@link org.lmw.model.Prediction#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Evidence</em>'.
	 * @see org.lmw.model.Prediction#getEvidence()
	 * @see #getPrediction()
	 * @generated
	 */
	EReference getPrediction_Evidence();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see org.lmw.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Evidence#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.lmw.model.Evidence#getSummary()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.Evidence#getEvaluatedAt <em>Evaluated At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evaluated At</em>'.
	 * @see org.lmw.model.Evidence#getEvaluatedAt()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_EvaluatedAt();

	/**
	 * Returns the meta object for the attribute list '{@link org.lmw.model.Evidence#getRunIds <em>Run Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Run Ids</em>'.
	 * @see org.lmw.model.Evidence#getRunIds()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_RunIds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.Evidence#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.lmw.model.Evidence#getValues()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Values();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.CircuitGraph <em>Circuit Graph</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Circuit Graph</em>'.
	 * @see org.lmw.model.CircuitGraph
	 * @generated
	 */
	EClass getCircuitGraph();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitGraph#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lmw.model.CircuitGraph#getName()
	 * @see #getCircuitGraph()
	 * @generated
	 */
	EAttribute getCircuitGraph_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitGraph#getRunId <em>Run Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Id</em>'.
	 * @see org.lmw.model.CircuitGraph#getRunId()
	 * @see #getCircuitGraph()
	 * @generated
	 */
	EAttribute getCircuitGraph_RunId();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitGraph#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.lmw.model.CircuitGraph#getMethod()
	 * @see #getCircuitGraph()
	 * @generated
	 */
	EAttribute getCircuitGraph_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitGraph#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.lmw.model.CircuitGraph#getBaseline()
	 * @see #getCircuitGraph()
	 * @generated
	 */
	EAttribute getCircuitGraph_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitGraph#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.lmw.model.CircuitGraph#getThreshold()
	 * @see #getCircuitGraph()
	 * @generated
	 */
	EAttribute getCircuitGraph_Threshold();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.CircuitGraph#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.lmw.model.CircuitGraph#getNodes()
	 * @see #getCircuitGraph()
	 * @generated
	 */
	EReference getCircuitGraph_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lmw.model.CircuitGraph#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.lmw.model.CircuitGraph#getEdges()
	 * @see #getCircuitGraph()
	 * @generated
	 */
	EReference getCircuitGraph_Edges();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.CircuitNode <em>Circuit Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Circuit Node</em>'.
	 * @see org.lmw.model.CircuitNode
	 * @generated
	 */
	EClass getCircuitNode();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitNode#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.lmw.model.CircuitNode#getId()
	 * @see #getCircuitNode()
	 * @generated
	 */
	EAttribute getCircuitNode_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitNode#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.lmw.model.CircuitNode#getLabel()
	 * @see #getCircuitNode()
	 * @generated
	 */
	EAttribute getCircuitNode_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitNode#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lmw.model.CircuitNode#getKind()
	 * @see #getCircuitNode()
	 * @generated
	 */
	EAttribute getCircuitNode_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitNode#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.lmw.model.CircuitNode#getLayer()
	 * @see #getCircuitNode()
	 * @generated
	 */
	EAttribute getCircuitNode_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitNode#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.lmw.model.CircuitNode#getIndex()
	 * @see #getCircuitNode()
	 * @generated
	 */
	EAttribute getCircuitNode_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitNode#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see org.lmw.model.CircuitNode#getEffect()
	 * @see #getCircuitNode()
	 * @generated
	 */
	EAttribute getCircuitNode_Effect();

	/**
	 * Returns the meta object for class '{@link org.lmw.model.CircuitEdge <em>Circuit Edge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Circuit Edge</em>'.
	 * @see org.lmw.model.CircuitEdge
	 * @generated
	 */
	EClass getCircuitEdge();

	/**
	 * Returns the meta object for the reference '{@link org.lmw.model.CircuitEdge#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.lmw.model.CircuitEdge#getSource()
	 * @see #getCircuitEdge()
	 * @generated
	 */
	EReference getCircuitEdge_Source();

	/**
	 * Returns the meta object for the reference '{@link org.lmw.model.CircuitEdge#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.lmw.model.CircuitEdge#getTarget()
	 * @see #getCircuitEdge()
	 * @generated
	 */
	EReference getCircuitEdge_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.lmw.model.CircuitEdge#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.lmw.model.CircuitEdge#getWeight()
	 * @see #getCircuitEdge()
	 * @generated
	 */
	EAttribute getCircuitEdge_Weight();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.RunStatus <em>Run Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Run Status</em>'.
	 * @see org.lmw.model.RunStatus
	 * @generated
	 */
	EEnum getRunStatus();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Architecture</em>'.
	 * @see org.lmw.model.Architecture
	 * @generated
	 */
	EEnum getArchitecture();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.Activation <em>Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activation</em>'.
	 * @see org.lmw.model.Activation
	 * @generated
	 */
	EEnum getActivation();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.Parametrisation <em>Parametrisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Parametrisation</em>'.
	 * @see org.lmw.model.Parametrisation
	 * @generated
	 */
	EEnum getParametrisation();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.OptimizerKind <em>Optimizer Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Optimizer Kind</em>'.
	 * @see org.lmw.model.OptimizerKind
	 * @generated
	 */
	EEnum getOptimizerKind();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.ScheduleKind <em>Schedule Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Schedule Kind</em>'.
	 * @see org.lmw.model.ScheduleKind
	 * @generated
	 */
	EEnum getScheduleKind();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.LossKind <em>Loss Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Loss Kind</em>'.
	 * @see org.lmw.model.LossKind
	 * @generated
	 */
	EEnum getLossKind();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.TrainingMode <em>Training Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Training Mode</em>'.
	 * @see org.lmw.model.TrainingMode
	 * @generated
	 */
	EEnum getTrainingMode();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.InstrumentTrigger <em>Instrument Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Instrument Trigger</em>'.
	 * @see org.lmw.model.InstrumentTrigger
	 * @generated
	 */
	EEnum getInstrumentTrigger();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.DataScope <em>Data Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Scope</em>'.
	 * @see org.lmw.model.DataScope
	 * @generated
	 */
	EEnum getDataScope();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.SweepMode <em>Sweep Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sweep Mode</em>'.
	 * @see org.lmw.model.SweepMode
	 * @generated
	 */
	EEnum getSweepMode();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.ProbeKind <em>Probe Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Probe Kind</em>'.
	 * @see org.lmw.model.ProbeKind
	 * @generated
	 */
	EEnum getProbeKind();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.Aggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Aggregation</em>'.
	 * @see org.lmw.model.Aggregation
	 * @generated
	 */
	EEnum getAggregation();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.PredictionKind <em>Prediction Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Prediction Kind</em>'.
	 * @see org.lmw.model.PredictionKind
	 * @generated
	 */
	EEnum getPredictionKind();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.Window <em>Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Window</em>'.
	 * @see org.lmw.model.Window
	 * @generated
	 */
	EEnum getWindow();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.OrderDirection <em>Order Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Order Direction</em>'.
	 * @see org.lmw.model.OrderDirection
	 * @generated
	 */
	EEnum getOrderDirection();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.lmw.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.CircuitNodeKind <em>Circuit Node Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Circuit Node Kind</em>'.
	 * @see org.lmw.model.CircuitNodeKind
	 * @generated
	 */
	EEnum getCircuitNodeKind();

	/**
	 * Returns the meta object for enum '{@link org.lmw.model.AttributionMethod <em>Attribution Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attribution Method</em>'.
	 * @see org.lmw.model.AttributionMethod
	 * @generated
	 */
	EEnum getAttributionMethod();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LmwFactory getLmwFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.WorkspaceImpl <em>Workspace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.WorkspaceImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getWorkspace()
		 * @generated
		 */
		EClass WORKSPACE = eINSTANCE.getWorkspace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__NAME = eINSTANCE.getWorkspace_Name();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__LOCATION = eINSTANCE.getWorkspace_Location();

		/**
		 * The meta object literal for the '<em><b>Experiments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__EXPERIMENTS = eINSTANCE.getWorkspace_Experiments();

		/**
		 * The meta object literal for the '<em><b>Notebooks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__NOTEBOOKS = eINSTANCE.getWorkspace_Notebooks();

		/**
		 * The meta object literal for the '<em><b>Runs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__RUNS = eINSTANCE.getWorkspace_Runs();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.ExperimentImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DESCRIPTION = eINSTANCE.getExperiment_Description();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__SEED = eINSTANCE.getExperiment_Seed();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__TAGS = eINSTANCE.getExperiment_Tags();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__DATASET = eINSTANCE.getExperiment_Dataset();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__MODEL = eINSTANCE.getExperiment_Model();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__OPTIMIZER = eINSTANCE.getExperiment_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__TRAINING = eINSTANCE.getExperiment_Training();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__INSTRUMENTS = eINSTANCE.getExperiment_Instruments();

		/**
		 * The meta object literal for the '<em><b>Sweep</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__SWEEP = eINSTANCE.getExperiment_Sweep();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.DatasetRefImpl <em>Dataset Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.DatasetRefImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getDatasetRef()
		 * @generated
		 */
		EClass DATASET_REF = eINSTANCE.getDatasetRef();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REF__NAME = eINSTANCE.getDatasetRef_Name();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REF__LOCATION = eINSTANCE.getDatasetRef_Location();

		/**
		 * The meta object literal for the '<em><b>Train Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REF__TRAIN_SIZE = eINSTANCE.getDatasetRef_TrainSize();

		/**
		 * The meta object literal for the '<em><b>Test Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REF__TEST_SIZE = eINSTANCE.getDatasetRef_TestSize();

		/**
		 * The meta object literal for the '<em><b>Input Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REF__INPUT_DIMENSION = eINSTANCE.getDatasetRef_InputDimension();

		/**
		 * The meta object literal for the '<em><b>Output Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REF__OUTPUT_DIMENSION = eINSTANCE.getDatasetRef_OutputDimension();

		/**
		 * The meta object literal for the '<em><b>Noise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REF__NOISE = eINSTANCE.getDatasetRef_Noise();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.ModelSpecImpl <em>Model Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.ModelSpecImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getModelSpec()
		 * @generated
		 */
		EClass MODEL_SPEC = eINSTANCE.getModelSpec();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__ARCHITECTURE = eINSTANCE.getModelSpec_Architecture();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__WIDTH = eINSTANCE.getModelSpec_Width();

		/**
		 * The meta object literal for the '<em><b>Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__DEPTH = eINSTANCE.getModelSpec_Depth();

		/**
		 * The meta object literal for the '<em><b>Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__ACTIVATION = eINSTANCE.getModelSpec_Activation();

		/**
		 * The meta object literal for the '<em><b>Parametrisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__PARAMETRISATION = eINSTANCE.getModelSpec_Parametrisation();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__CHANNELS = eINSTANCE.getModelSpec_Channels();

		/**
		 * The meta object literal for the '<em><b>Init Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__INIT_SCALE = eINSTANCE.getModelSpec_InitScale();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.OptimizerSpecImpl <em>Optimizer Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.OptimizerSpecImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getOptimizerSpec()
		 * @generated
		 */
		EClass OPTIMIZER_SPEC = eINSTANCE.getOptimizerSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__KIND = eINSTANCE.getOptimizerSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__LEARNING_RATE = eINSTANCE.getOptimizerSpec_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Momentum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__MOMENTUM = eINSTANCE.getOptimizerSpec_Momentum();

		/**
		 * The meta object literal for the '<em><b>Weight Decay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__WEIGHT_DECAY = eINSTANCE.getOptimizerSpec_WeightDecay();

		/**
		 * The meta object literal for the '<em><b>Beta1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__BETA1 = eINSTANCE.getOptimizerSpec_Beta1();

		/**
		 * The meta object literal for the '<em><b>Beta2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__BETA2 = eINSTANCE.getOptimizerSpec_Beta2();

		/**
		 * The meta object literal for the '<em><b>Epsilon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTIMIZER_SPEC__EPSILON = eINSTANCE.getOptimizerSpec_Epsilon();

		/**
		 * The meta object literal for the '<em><b>Schedule</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTIMIZER_SPEC__SCHEDULE = eINSTANCE.getOptimizerSpec_Schedule();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.ScheduleSpecImpl <em>Schedule Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.ScheduleSpecImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getScheduleSpec()
		 * @generated
		 */
		EClass SCHEDULE_SPEC = eINSTANCE.getScheduleSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_SPEC__KIND = eINSTANCE.getScheduleSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Warmup Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_SPEC__WARMUP_STEPS = eINSTANCE.getScheduleSpec_WarmupSteps();

		/**
		 * The meta object literal for the '<em><b>Step Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_SPEC__STEP_SIZE = eINSTANCE.getScheduleSpec_StepSize();

		/**
		 * The meta object literal for the '<em><b>Gamma</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_SPEC__GAMMA = eINSTANCE.getScheduleSpec_Gamma();

		/**
		 * The meta object literal for the '<em><b>Min Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULE_SPEC__MIN_LEARNING_RATE = eINSTANCE.getScheduleSpec_MinLearningRate();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.TrainingSpecImpl <em>Training Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.TrainingSpecImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getTrainingSpec()
		 * @generated
		 */
		EClass TRAINING_SPEC = eINSTANCE.getTrainingSpec();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__MODE = eINSTANCE.getTrainingSpec_Mode();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__BATCH_SIZE = eINSTANCE.getTrainingSpec_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EPOCHS = eINSTANCE.getTrainingSpec_Epochs();

		/**
		 * The meta object literal for the '<em><b>Max Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__MAX_STEPS = eINSTANCE.getTrainingSpec_MaxSteps();

		/**
		 * The meta object literal for the '<em><b>Eval Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EVAL_EVERY = eINSTANCE.getTrainingSpec_EvalEvery();

		/**
		 * The meta object literal for the '<em><b>Checkpoint Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__CHECKPOINT_EVERY = eINSTANCE.getTrainingSpec_CheckpointEvery();

		/**
		 * The meta object literal for the '<em><b>Shuffle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__SHUFFLE = eINSTANCE.getTrainingSpec_Shuffle();

		/**
		 * The meta object literal for the '<em><b>Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__LOSS = eINSTANCE.getTrainingSpec_Loss();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.InstrumentSpecImpl <em>Instrument Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.InstrumentSpecImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getInstrumentSpec()
		 * @generated
		 */
		EClass INSTRUMENT_SPEC = eINSTANCE.getInstrumentSpec();

		/**
		 * The meta object literal for the '<em><b>Instrument Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_SPEC__INSTRUMENT_ID = eINSTANCE.getInstrumentSpec_InstrumentId();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_SPEC__ENABLED = eINSTANCE.getInstrumentSpec_Enabled();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_SPEC__TRIGGER = eINSTANCE.getInstrumentSpec_Trigger();

		/**
		 * The meta object literal for the '<em><b>Every</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_SPEC__EVERY = eINSTANCE.getInstrumentSpec_Every();

		/**
		 * The meta object literal for the '<em><b>Data Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_SPEC__DATA_SCOPE = eINSTANCE.getInstrumentSpec_DataScope();

		/**
		 * The meta object literal for the '<em><b>Subset Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_SPEC__SUBSET_SIZE = eINSTANCE.getInstrumentSpec_SubsetSize();

		/**
		 * The meta object literal for the '<em><b>Budget Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_SPEC__BUDGET_FRACTION = eINSTANCE.getInstrumentSpec_BudgetFraction();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_SPEC__PARAMETERS = eINSTANCE.getInstrumentSpec_Parameters();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.ParameterImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__KEY = eINSTANCE.getParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.SweepImpl <em>Sweep</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.SweepImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getSweep()
		 * @generated
		 */
		EClass SWEEP = eINSTANCE.getSweep();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP__MODE = eINSTANCE.getSweep_Mode();

		/**
		 * The meta object literal for the '<em><b>Axes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWEEP__AXES = eINSTANCE.getSweep_Axes();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.SweepAxisImpl <em>Sweep Axis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.SweepAxisImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getSweepAxis()
		 * @generated
		 */
		EClass SWEEP_AXIS = eINSTANCE.getSweepAxis();

		/**
		 * The meta object literal for the '<em><b>Parameter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__PARAMETER = eINSTANCE.getSweepAxis_Parameter();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWEEP_AXIS__VALUES = eINSTANCE.getSweepAxis_Values();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.RunImpl <em>Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.RunImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getRun()
		 * @generated
		 */
		EClass RUN = eINSTANCE.getRun();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__ID = eINSTANCE.getRun_Id();

		/**
		 * The meta object literal for the '<em><b>Experiment Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__EXPERIMENT_NAME = eINSTANCE.getRun_ExperimentName();

		/**
		 * The meta object literal for the '<em><b>Experiment File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__EXPERIMENT_FILE = eINSTANCE.getRun_ExperimentFile();

		/**
		 * The meta object literal for the '<em><b>Sweep Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__SWEEP_INDEX = eINSTANCE.getRun_SweepIndex();

		/**
		 * The meta object literal for the '<em><b>Hyperparameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__HYPERPARAMETERS = eINSTANCE.getRun_Hyperparameters();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STATUS = eINSTANCE.getRun_Status();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__MESSAGE = eINSTANCE.getRun_Message();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__CREATED_AT = eINSTANCE.getRun_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STARTED_AT = eINSTANCE.getRun_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Finished At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__FINISHED_AT = eINSTANCE.getRun_FinishedAt();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STEPS = eINSTANCE.getRun_Steps();

		/**
		 * The meta object literal for the '<em><b>Total Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__TOTAL_STEPS = eINSTANCE.getRun_TotalSteps();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__DEVICE = eINSTANCE.getRun_Device();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__TAGS = eINSTANCE.getRun_Tags();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__PROVENANCE = eINSTANCE.getRun_Provenance();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__SUMMARY = eINSTANCE.getRun_Summary();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.ProvenanceImpl <em>Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.ProvenanceImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getProvenance()
		 * @generated
		 */
		EClass PROVENANCE = eINSTANCE.getProvenance();

		/**
		 * The meta object literal for the '<em><b>Product Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__PRODUCT_VERSION = eINSTANCE.getProvenance_ProductVersion();

		/**
		 * The meta object literal for the '<em><b>Engine Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__ENGINE_NAME = eINSTANCE.getProvenance_EngineName();

		/**
		 * The meta object literal for the '<em><b>Engine Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__ENGINE_VERSION = eINSTANCE.getProvenance_EngineVersion();

		/**
		 * The meta object literal for the '<em><b>Data Checksum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__DATA_CHECKSUM = eINSTANCE.getProvenance_DataChecksum();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__SEED = eINSTANCE.getProvenance_Seed();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__DEVICE = eINSTANCE.getProvenance_Device();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__THREADS = eINSTANCE.getProvenance_Threads();

		/**
		 * The meta object literal for the '<em><b>Java Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__JAVA_VERSION = eINSTANCE.getProvenance_JavaVersion();

		/**
		 * The meta object literal for the '<em><b>Host Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__HOST_NAME = eINSTANCE.getProvenance_HostName();

		/**
		 * The meta object literal for the '<em><b>Experiment Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE__EXPERIMENT_HASH = eINSTANCE.getProvenance_ExperimentHash();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.ProbeImpl <em>Probe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.ProbeImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getProbe()
		 * @generated
		 */
		EClass PROBE = eINSTANCE.getProbe();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE__NAME = eINSTANCE.getProbe_Name();

		/**
		 * The meta object literal for the '<em><b>Run Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE__RUN_ID = eINSTANCE.getProbe_RunId();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE__LAYER = eINSTANCE.getProbe_Layer();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE__TARGET = eINSTANCE.getProbe_Target();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE__KIND = eINSTANCE.getProbe_Kind();

		/**
		 * The meta object literal for the '<em><b>Train Split</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE__TRAIN_SPLIT = eINSTANCE.getProbe_TrainSplit();

		/**
		 * The meta object literal for the '<em><b>Test Split</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE__TEST_SPLIT = eINSTANCE.getProbe_TestSplit();

		/**
		 * The meta object literal for the '<em><b>Control Task</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE__CONTROL_TASK = eINSTANCE.getProbe_ControlTask();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROBE__RESULTS = eINSTANCE.getProbe_Results();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.ProbeResultImpl <em>Probe Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.ProbeResultImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getProbeResult()
		 * @generated
		 */
		EClass PROBE_RESULT = eINSTANCE.getProbeResult();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RESULT__STEP = eINSTANCE.getProbeResult_Step();

		/**
		 * The meta object literal for the '<em><b>Train Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RESULT__TRAIN_SCORE = eINSTANCE.getProbeResult_TrainScore();

		/**
		 * The meta object literal for the '<em><b>Test Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RESULT__TEST_SCORE = eINSTANCE.getProbeResult_TestScore();

		/**
		 * The meta object literal for the '<em><b>Control Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROBE_RESULT__CONTROL_SCORE = eINSTANCE.getProbeResult_ControlScore();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.NotebookImpl <em>Notebook</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.NotebookImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getNotebook()
		 * @generated
		 */
		EClass NOTEBOOK = eINSTANCE.getNotebook();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTEBOOK__TITLE = eINSTANCE.getNotebook_Title();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTEBOOK__CELLS = eINSTANCE.getNotebook_Cells();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.CellImpl <em>Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.CellImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getCell()
		 * @generated
		 */
		EClass CELL = eINSTANCE.getCell();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL__ID = eINSTANCE.getCell_Id();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.TextCellImpl <em>Text Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.TextCellImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getTextCell()
		 * @generated
		 */
		EClass TEXT_CELL = eINSTANCE.getTextCell();

		/**
		 * The meta object literal for the '<em><b>Markdown</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_CELL__MARKDOWN = eINSTANCE.getTextCell_Markdown();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.ChartCellImpl <em>Chart Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.ChartCellImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getChartCell()
		 * @generated
		 */
		EClass CHART_CELL = eINSTANCE.getChartCell();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_CELL__METRIC = eINSTANCE.getChartCell_Metric();

		/**
		 * The meta object literal for the '<em><b>Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHART_CELL__AGGREGATION = eINSTANCE.getChartCell_Aggregation();

		/**
		 * The meta object literal for the '<em><b>Query</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHART_CELL__QUERY = eINSTANCE.getChartCell_Query();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.PredictionCellImpl <em>Prediction Cell</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.PredictionCellImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getPredictionCell()
		 * @generated
		 */
		EClass PREDICTION_CELL = eINSTANCE.getPredictionCell();

		/**
		 * The meta object literal for the '<em><b>Predictions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PREDICTION_CELL__PREDICTIONS = eINSTANCE.getPredictionCell_Predictions();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.RunQueryImpl <em>Run Query</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.RunQueryImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getRunQuery()
		 * @generated
		 */
		EClass RUN_QUERY = eINSTANCE.getRunQuery();

		/**
		 * The meta object literal for the '<em><b>Experiment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_QUERY__EXPERIMENT = eINSTANCE.getRunQuery_Experiment();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN_QUERY__TAGS = eINSTANCE.getRunQuery_Tags();

		/**
		 * The meta object literal for the '<em><b>Sweep Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN_QUERY__SWEEP_VALUES = eINSTANCE.getRunQuery_SweepValues();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.PredictionImpl <em>Prediction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.PredictionImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getPrediction()
		 * @generated
		 */
		EClass PREDICTION = eINSTANCE.getPrediction();

		/**
		 * The meta object literal for the '<em><b>Statement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__STATEMENT = eINSTANCE.getPrediction_Statement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__KIND = eINSTANCE.getPrediction_Kind();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__METRIC = eINSTANCE.getPrediction_Metric();

		/**
		 * The meta object literal for the '<em><b>Query</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PREDICTION__QUERY = eINSTANCE.getPrediction_Query();

		/**
		 * The meta object literal for the '<em><b>Window</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__WINDOW = eINSTANCE.getPrediction_Window();

		/**
		 * The meta object literal for the '<em><b>At Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__AT_STEP = eINSTANCE.getPrediction_AtStep();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__LOWER = eINSTANCE.getPrediction_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__UPPER = eINSTANCE.getPrediction_Upper();

		/**
		 * The meta object literal for the '<em><b>Theory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__THEORY = eINSTANCE.getPrediction_Theory();

		/**
		 * The meta object literal for the '<em><b>Against</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__AGAINST = eINSTANCE.getPrediction_Against();

		/**
		 * The meta object literal for the '<em><b>Comparison Query</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PREDICTION__COMPARISON_QUERY = eINSTANCE.getPrediction_ComparisonQuery();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__DIRECTION = eINSTANCE.getPrediction_Direction();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__CONFIDENCE = eINSTANCE.getPrediction_Confidence();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__VERSION = eINSTANCE.getPrediction_Version();

		/**
		 * The meta object literal for the '<em><b>Frozen At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__FROZEN_AT = eINSTANCE.getPrediction_FrozenAt();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__CONTENT_HASH = eINSTANCE.getPrediction_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTION__VERDICT = eINSTANCE.getPrediction_Verdict();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PREDICTION__EVIDENCE = eINSTANCE.getPrediction_Evidence();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.EvidenceImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__SUMMARY = eINSTANCE.getEvidence_Summary();

		/**
		 * The meta object literal for the '<em><b>Evaluated At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__EVALUATED_AT = eINSTANCE.getEvidence_EvaluatedAt();

		/**
		 * The meta object literal for the '<em><b>Run Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__RUN_IDS = eINSTANCE.getEvidence_RunIds();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__VALUES = eINSTANCE.getEvidence_Values();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.CircuitGraphImpl <em>Circuit Graph</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.CircuitGraphImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getCircuitGraph()
		 * @generated
		 */
		EClass CIRCUIT_GRAPH = eINSTANCE.getCircuitGraph();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_GRAPH__NAME = eINSTANCE.getCircuitGraph_Name();

		/**
		 * The meta object literal for the '<em><b>Run Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_GRAPH__RUN_ID = eINSTANCE.getCircuitGraph_RunId();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_GRAPH__METHOD = eINSTANCE.getCircuitGraph_Method();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_GRAPH__BASELINE = eINSTANCE.getCircuitGraph_Baseline();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_GRAPH__THRESHOLD = eINSTANCE.getCircuitGraph_Threshold();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT_GRAPH__NODES = eINSTANCE.getCircuitGraph_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT_GRAPH__EDGES = eINSTANCE.getCircuitGraph_Edges();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.CircuitNodeImpl <em>Circuit Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.CircuitNodeImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getCircuitNode()
		 * @generated
		 */
		EClass CIRCUIT_NODE = eINSTANCE.getCircuitNode();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_NODE__ID = eINSTANCE.getCircuitNode_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_NODE__LABEL = eINSTANCE.getCircuitNode_Label();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_NODE__KIND = eINSTANCE.getCircuitNode_Kind();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_NODE__LAYER = eINSTANCE.getCircuitNode_Layer();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_NODE__INDEX = eINSTANCE.getCircuitNode_Index();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_NODE__EFFECT = eINSTANCE.getCircuitNode_Effect();

		/**
		 * The meta object literal for the '{@link org.lmw.model.impl.CircuitEdgeImpl <em>Circuit Edge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.impl.CircuitEdgeImpl
		 * @see org.lmw.model.impl.LmwPackageImpl#getCircuitEdge()
		 * @generated
		 */
		EClass CIRCUIT_EDGE = eINSTANCE.getCircuitEdge();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT_EDGE__SOURCE = eINSTANCE.getCircuitEdge_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIRCUIT_EDGE__TARGET = eINSTANCE.getCircuitEdge_Target();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIRCUIT_EDGE__WEIGHT = eINSTANCE.getCircuitEdge_Weight();

		/**
		 * The meta object literal for the '{@link org.lmw.model.RunStatus <em>Run Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.RunStatus
		 * @see org.lmw.model.impl.LmwPackageImpl#getRunStatus()
		 * @generated
		 */
		EEnum RUN_STATUS = eINSTANCE.getRunStatus();

		/**
		 * The meta object literal for the '{@link org.lmw.model.Architecture <em>Architecture</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.Architecture
		 * @see org.lmw.model.impl.LmwPackageImpl#getArchitecture()
		 * @generated
		 */
		EEnum ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '{@link org.lmw.model.Activation <em>Activation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.Activation
		 * @see org.lmw.model.impl.LmwPackageImpl#getActivation()
		 * @generated
		 */
		EEnum ACTIVATION = eINSTANCE.getActivation();

		/**
		 * The meta object literal for the '{@link org.lmw.model.Parametrisation <em>Parametrisation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.Parametrisation
		 * @see org.lmw.model.impl.LmwPackageImpl#getParametrisation()
		 * @generated
		 */
		EEnum PARAMETRISATION = eINSTANCE.getParametrisation();

		/**
		 * The meta object literal for the '{@link org.lmw.model.OptimizerKind <em>Optimizer Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.OptimizerKind
		 * @see org.lmw.model.impl.LmwPackageImpl#getOptimizerKind()
		 * @generated
		 */
		EEnum OPTIMIZER_KIND = eINSTANCE.getOptimizerKind();

		/**
		 * The meta object literal for the '{@link org.lmw.model.ScheduleKind <em>Schedule Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.ScheduleKind
		 * @see org.lmw.model.impl.LmwPackageImpl#getScheduleKind()
		 * @generated
		 */
		EEnum SCHEDULE_KIND = eINSTANCE.getScheduleKind();

		/**
		 * The meta object literal for the '{@link org.lmw.model.LossKind <em>Loss Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.LossKind
		 * @see org.lmw.model.impl.LmwPackageImpl#getLossKind()
		 * @generated
		 */
		EEnum LOSS_KIND = eINSTANCE.getLossKind();

		/**
		 * The meta object literal for the '{@link org.lmw.model.TrainingMode <em>Training Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.TrainingMode
		 * @see org.lmw.model.impl.LmwPackageImpl#getTrainingMode()
		 * @generated
		 */
		EEnum TRAINING_MODE = eINSTANCE.getTrainingMode();

		/**
		 * The meta object literal for the '{@link org.lmw.model.InstrumentTrigger <em>Instrument Trigger</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.InstrumentTrigger
		 * @see org.lmw.model.impl.LmwPackageImpl#getInstrumentTrigger()
		 * @generated
		 */
		EEnum INSTRUMENT_TRIGGER = eINSTANCE.getInstrumentTrigger();

		/**
		 * The meta object literal for the '{@link org.lmw.model.DataScope <em>Data Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.DataScope
		 * @see org.lmw.model.impl.LmwPackageImpl#getDataScope()
		 * @generated
		 */
		EEnum DATA_SCOPE = eINSTANCE.getDataScope();

		/**
		 * The meta object literal for the '{@link org.lmw.model.SweepMode <em>Sweep Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.SweepMode
		 * @see org.lmw.model.impl.LmwPackageImpl#getSweepMode()
		 * @generated
		 */
		EEnum SWEEP_MODE = eINSTANCE.getSweepMode();

		/**
		 * The meta object literal for the '{@link org.lmw.model.ProbeKind <em>Probe Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.ProbeKind
		 * @see org.lmw.model.impl.LmwPackageImpl#getProbeKind()
		 * @generated
		 */
		EEnum PROBE_KIND = eINSTANCE.getProbeKind();

		/**
		 * The meta object literal for the '{@link org.lmw.model.Aggregation <em>Aggregation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.Aggregation
		 * @see org.lmw.model.impl.LmwPackageImpl#getAggregation()
		 * @generated
		 */
		EEnum AGGREGATION = eINSTANCE.getAggregation();

		/**
		 * The meta object literal for the '{@link org.lmw.model.PredictionKind <em>Prediction Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.PredictionKind
		 * @see org.lmw.model.impl.LmwPackageImpl#getPredictionKind()
		 * @generated
		 */
		EEnum PREDICTION_KIND = eINSTANCE.getPredictionKind();

		/**
		 * The meta object literal for the '{@link org.lmw.model.Window <em>Window</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.Window
		 * @see org.lmw.model.impl.LmwPackageImpl#getWindow()
		 * @generated
		 */
		EEnum WINDOW = eINSTANCE.getWindow();

		/**
		 * The meta object literal for the '{@link org.lmw.model.OrderDirection <em>Order Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.OrderDirection
		 * @see org.lmw.model.impl.LmwPackageImpl#getOrderDirection()
		 * @generated
		 */
		EEnum ORDER_DIRECTION = eINSTANCE.getOrderDirection();

		/**
		 * The meta object literal for the '{@link org.lmw.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.Verdict
		 * @see org.lmw.model.impl.LmwPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.lmw.model.CircuitNodeKind <em>Circuit Node Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.CircuitNodeKind
		 * @see org.lmw.model.impl.LmwPackageImpl#getCircuitNodeKind()
		 * @generated
		 */
		EEnum CIRCUIT_NODE_KIND = eINSTANCE.getCircuitNodeKind();

		/**
		 * The meta object literal for the '{@link org.lmw.model.AttributionMethod <em>Attribution Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lmw.model.AttributionMethod
		 * @see org.lmw.model.impl.LmwPackageImpl#getAttributionMethod()
		 * @generated
		 */
		EEnum ATTRIBUTION_METHOD = eINSTANCE.getAttributionMethod();

	}

} //LmwPackage
