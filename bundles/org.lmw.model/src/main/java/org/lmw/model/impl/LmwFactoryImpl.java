/**
 */
package org.lmw.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.lmw.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LmwFactoryImpl extends EFactoryImpl implements LmwFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static LmwFactory init() {
		try {
			LmwFactory theLmwFactory = (LmwFactory)EPackage.Registry.INSTANCE.getEFactory(LmwPackage.eNS_URI);
			if (theLmwFactory != null) {
				return theLmwFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new LmwFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LmwFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case LmwPackage.WORKSPACE: return createWorkspace();
			case LmwPackage.EXPERIMENT: return createExperiment();
			case LmwPackage.DATASET_REF: return createDatasetRef();
			case LmwPackage.MODEL_SPEC: return createModelSpec();
			case LmwPackage.OPTIMIZER_SPEC: return createOptimizerSpec();
			case LmwPackage.SCHEDULE_SPEC: return createScheduleSpec();
			case LmwPackage.TRAINING_SPEC: return createTrainingSpec();
			case LmwPackage.INSTRUMENT_SPEC: return createInstrumentSpec();
			case LmwPackage.PARAMETER: return createParameter();
			case LmwPackage.SWEEP: return createSweep();
			case LmwPackage.SWEEP_AXIS: return createSweepAxis();
			case LmwPackage.RUN: return createRun();
			case LmwPackage.PROVENANCE: return createProvenance();
			case LmwPackage.PROBE: return createProbe();
			case LmwPackage.PROBE_RESULT: return createProbeResult();
			case LmwPackage.NOTEBOOK: return createNotebook();
			case LmwPackage.TEXT_CELL: return createTextCell();
			case LmwPackage.CHART_CELL: return createChartCell();
			case LmwPackage.PREDICTION_CELL: return createPredictionCell();
			case LmwPackage.RUN_QUERY: return createRunQuery();
			case LmwPackage.PREDICTION: return createPrediction();
			case LmwPackage.EVIDENCE: return createEvidence();
			case LmwPackage.CIRCUIT_GRAPH: return createCircuitGraph();
			case LmwPackage.CIRCUIT_NODE: return createCircuitNode();
			case LmwPackage.CIRCUIT_EDGE: return createCircuitEdge();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case LmwPackage.RUN_STATUS:
				return createRunStatusFromString(eDataType, initialValue);
			case LmwPackage.ARCHITECTURE:
				return createArchitectureFromString(eDataType, initialValue);
			case LmwPackage.ACTIVATION:
				return createActivationFromString(eDataType, initialValue);
			case LmwPackage.PARAMETRISATION:
				return createParametrisationFromString(eDataType, initialValue);
			case LmwPackage.OPTIMIZER_KIND:
				return createOptimizerKindFromString(eDataType, initialValue);
			case LmwPackage.SCHEDULE_KIND:
				return createScheduleKindFromString(eDataType, initialValue);
			case LmwPackage.LOSS_KIND:
				return createLossKindFromString(eDataType, initialValue);
			case LmwPackage.TRAINING_MODE:
				return createTrainingModeFromString(eDataType, initialValue);
			case LmwPackage.INSTRUMENT_TRIGGER:
				return createInstrumentTriggerFromString(eDataType, initialValue);
			case LmwPackage.DATA_SCOPE:
				return createDataScopeFromString(eDataType, initialValue);
			case LmwPackage.SWEEP_MODE:
				return createSweepModeFromString(eDataType, initialValue);
			case LmwPackage.PROBE_KIND:
				return createProbeKindFromString(eDataType, initialValue);
			case LmwPackage.AGGREGATION:
				return createAggregationFromString(eDataType, initialValue);
			case LmwPackage.PREDICTION_KIND:
				return createPredictionKindFromString(eDataType, initialValue);
			case LmwPackage.WINDOW:
				return createWindowFromString(eDataType, initialValue);
			case LmwPackage.ORDER_DIRECTION:
				return createOrderDirectionFromString(eDataType, initialValue);
			case LmwPackage.VERDICT:
				return createVerdictFromString(eDataType, initialValue);
			case LmwPackage.CIRCUIT_NODE_KIND:
				return createCircuitNodeKindFromString(eDataType, initialValue);
			case LmwPackage.ATTRIBUTION_METHOD:
				return createAttributionMethodFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case LmwPackage.RUN_STATUS:
				return convertRunStatusToString(eDataType, instanceValue);
			case LmwPackage.ARCHITECTURE:
				return convertArchitectureToString(eDataType, instanceValue);
			case LmwPackage.ACTIVATION:
				return convertActivationToString(eDataType, instanceValue);
			case LmwPackage.PARAMETRISATION:
				return convertParametrisationToString(eDataType, instanceValue);
			case LmwPackage.OPTIMIZER_KIND:
				return convertOptimizerKindToString(eDataType, instanceValue);
			case LmwPackage.SCHEDULE_KIND:
				return convertScheduleKindToString(eDataType, instanceValue);
			case LmwPackage.LOSS_KIND:
				return convertLossKindToString(eDataType, instanceValue);
			case LmwPackage.TRAINING_MODE:
				return convertTrainingModeToString(eDataType, instanceValue);
			case LmwPackage.INSTRUMENT_TRIGGER:
				return convertInstrumentTriggerToString(eDataType, instanceValue);
			case LmwPackage.DATA_SCOPE:
				return convertDataScopeToString(eDataType, instanceValue);
			case LmwPackage.SWEEP_MODE:
				return convertSweepModeToString(eDataType, instanceValue);
			case LmwPackage.PROBE_KIND:
				return convertProbeKindToString(eDataType, instanceValue);
			case LmwPackage.AGGREGATION:
				return convertAggregationToString(eDataType, instanceValue);
			case LmwPackage.PREDICTION_KIND:
				return convertPredictionKindToString(eDataType, instanceValue);
			case LmwPackage.WINDOW:
				return convertWindowToString(eDataType, instanceValue);
			case LmwPackage.ORDER_DIRECTION:
				return convertOrderDirectionToString(eDataType, instanceValue);
			case LmwPackage.VERDICT:
				return convertVerdictToString(eDataType, instanceValue);
			case LmwPackage.CIRCUIT_NODE_KIND:
				return convertCircuitNodeKindToString(eDataType, instanceValue);
			case LmwPackage.ATTRIBUTION_METHOD:
				return convertAttributionMethodToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workspace createWorkspace() {
		WorkspaceImpl workspace = new WorkspaceImpl();
		return workspace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Experiment createExperiment() {
		ExperimentImpl experiment = new ExperimentImpl();
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetRef createDatasetRef() {
		DatasetRefImpl datasetRef = new DatasetRefImpl();
		return datasetRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelSpec createModelSpec() {
		ModelSpecImpl modelSpec = new ModelSpecImpl();
		return modelSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerSpec createOptimizerSpec() {
		OptimizerSpecImpl optimizerSpec = new OptimizerSpecImpl();
		return optimizerSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleSpec createScheduleSpec() {
		ScheduleSpecImpl scheduleSpec = new ScheduleSpecImpl();
		return scheduleSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSpec createTrainingSpec() {
		TrainingSpecImpl trainingSpec = new TrainingSpecImpl();
		return trainingSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentSpec createInstrumentSpec() {
		InstrumentSpecImpl instrumentSpec = new InstrumentSpecImpl();
		return instrumentSpec;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter createParameter() {
		ParameterImpl parameter = new ParameterImpl();
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sweep createSweep() {
		SweepImpl sweep = new SweepImpl();
		return sweep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SweepAxis createSweepAxis() {
		SweepAxisImpl sweepAxis = new SweepAxisImpl();
		return sweepAxis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Run createRun() {
		RunImpl run = new RunImpl();
		return run;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance createProvenance() {
		ProvenanceImpl provenance = new ProvenanceImpl();
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Probe createProbe() {
		ProbeImpl probe = new ProbeImpl();
		return probe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProbeResult createProbeResult() {
		ProbeResultImpl probeResult = new ProbeResultImpl();
		return probeResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Notebook createNotebook() {
		NotebookImpl notebook = new NotebookImpl();
		return notebook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextCell createTextCell() {
		TextCellImpl textCell = new TextCellImpl();
		return textCell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChartCell createChartCell() {
		ChartCellImpl chartCell = new ChartCellImpl();
		return chartCell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PredictionCell createPredictionCell() {
		PredictionCellImpl predictionCell = new PredictionCellImpl();
		return predictionCell;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunQuery createRunQuery() {
		RunQueryImpl runQuery = new RunQueryImpl();
		return runQuery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Prediction createPrediction() {
		PredictionImpl prediction = new PredictionImpl();
		return prediction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evidence createEvidence() {
		EvidenceImpl evidence = new EvidenceImpl();
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CircuitGraph createCircuitGraph() {
		CircuitGraphImpl circuitGraph = new CircuitGraphImpl();
		return circuitGraph;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CircuitNode createCircuitNode() {
		CircuitNodeImpl circuitNode = new CircuitNodeImpl();
		return circuitNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CircuitEdge createCircuitEdge() {
		CircuitEdgeImpl circuitEdge = new CircuitEdgeImpl();
		return circuitEdge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunStatus createRunStatusFromString(EDataType eDataType, String initialValue) {
		RunStatus result = RunStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRunStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Architecture createArchitectureFromString(EDataType eDataType, String initialValue) {
		Architecture result = Architecture.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchitectureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Activation createActivationFromString(EDataType eDataType, String initialValue) {
		Activation result = Activation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Parametrisation createParametrisationFromString(EDataType eDataType, String initialValue) {
		Parametrisation result = Parametrisation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertParametrisationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OptimizerKind createOptimizerKindFromString(EDataType eDataType, String initialValue) {
		OptimizerKind result = OptimizerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOptimizerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScheduleKind createScheduleKindFromString(EDataType eDataType, String initialValue) {
		ScheduleKind result = ScheduleKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScheduleKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LossKind createLossKindFromString(EDataType eDataType, String initialValue) {
		LossKind result = LossKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLossKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingMode createTrainingModeFromString(EDataType eDataType, String initialValue) {
		TrainingMode result = TrainingMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrainingModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InstrumentTrigger createInstrumentTriggerFromString(EDataType eDataType, String initialValue) {
		InstrumentTrigger result = InstrumentTrigger.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstrumentTriggerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataScope createDataScopeFromString(EDataType eDataType, String initialValue) {
		DataScope result = DataScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SweepMode createSweepModeFromString(EDataType eDataType, String initialValue) {
		SweepMode result = SweepMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSweepModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProbeKind createProbeKindFromString(EDataType eDataType, String initialValue) {
		ProbeKind result = ProbeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProbeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Aggregation createAggregationFromString(EDataType eDataType, String initialValue) {
		Aggregation result = Aggregation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAggregationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PredictionKind createPredictionKindFromString(EDataType eDataType, String initialValue) {
		PredictionKind result = PredictionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPredictionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Window createWindowFromString(EDataType eDataType, String initialValue) {
		Window result = Window.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWindowToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OrderDirection createOrderDirectionFromString(EDataType eDataType, String initialValue) {
		OrderDirection result = OrderDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOrderDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Verdict createVerdictFromString(EDataType eDataType, String initialValue) {
		Verdict result = Verdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CircuitNodeKind createCircuitNodeKindFromString(EDataType eDataType, String initialValue) {
		CircuitNodeKind result = CircuitNodeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCircuitNodeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttributionMethod createAttributionMethodFromString(EDataType eDataType, String initialValue) {
		AttributionMethod result = AttributionMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttributionMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LmwPackage getLmwPackage() {
		return (LmwPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static LmwPackage getPackage() {
		return LmwPackage.eINSTANCE;
	}

} //LmwFactoryImpl
