/**
 */
package org.lmw.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.lmw.model.LmwPackage
 * @generated
 */
public interface LmwFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LmwFactory eINSTANCE = org.lmw.model.impl.LmwFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Workspace</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Workspace</em>'.
	 * @generated
	 */
	Workspace createWorkspace();

	/**
	 * Returns a new object of class '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Experiment</em>'.
	 * @generated
	 */
	Experiment createExperiment();

	/**
	 * Returns a new object of class '<em>Dataset Ref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dataset Ref</em>'.
	 * @generated
	 */
	DatasetRef createDatasetRef();

	/**
	 * Returns a new object of class '<em>Model Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Model Spec</em>'.
	 * @generated
	 */
	ModelSpec createModelSpec();

	/**
	 * Returns a new object of class '<em>Optimizer Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Optimizer Spec</em>'.
	 * @generated
	 */
	OptimizerSpec createOptimizerSpec();

	/**
	 * Returns a new object of class '<em>Schedule Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Schedule Spec</em>'.
	 * @generated
	 */
	ScheduleSpec createScheduleSpec();

	/**
	 * Returns a new object of class '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Spec</em>'.
	 * @generated
	 */
	TrainingSpec createTrainingSpec();

	/**
	 * Returns a new object of class '<em>Instrument Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Instrument Spec</em>'.
	 * @generated
	 */
	InstrumentSpec createInstrumentSpec();

	/**
	 * Returns a new object of class '<em>Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parameter</em>'.
	 * @generated
	 */
	Parameter createParameter();

	/**
	 * Returns a new object of class '<em>Sweep</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sweep</em>'.
	 * @generated
	 */
	Sweep createSweep();

	/**
	 * Returns a new object of class '<em>Sweep Axis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sweep Axis</em>'.
	 * @generated
	 */
	SweepAxis createSweepAxis();

	/**
	 * Returns a new object of class '<em>Run</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run</em>'.
	 * @generated
	 */
	Run createRun();

	/**
	 * Returns a new object of class '<em>Provenance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Provenance</em>'.
	 * @generated
	 */
	Provenance createProvenance();

	/**
	 * Returns a new object of class '<em>Probe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Probe</em>'.
	 * @generated
	 */
	Probe createProbe();

	/**
	 * Returns a new object of class '<em>Probe Result</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Probe Result</em>'.
	 * @generated
	 */
	ProbeResult createProbeResult();

	/**
	 * Returns a new object of class '<em>Notebook</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Notebook</em>'.
	 * @generated
	 */
	Notebook createNotebook();

	/**
	 * Returns a new object of class '<em>Text Cell</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Text Cell</em>'.
	 * @generated
	 */
	TextCell createTextCell();

	/**
	 * Returns a new object of class '<em>Chart Cell</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Chart Cell</em>'.
	 * @generated
	 */
	ChartCell createChartCell();

	/**
	 * Returns a new object of class '<em>Prediction Cell</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Prediction Cell</em>'.
	 * @generated
	 */
	PredictionCell createPredictionCell();

	/**
	 * Returns a new object of class '<em>Run Query</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run Query</em>'.
	 * @generated
	 */
	RunQuery createRunQuery();

	/**
	 * Returns a new object of class '<em>Prediction</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Prediction</em>'.
	 * @generated
	 */
	Prediction createPrediction();

	/**
	 * Returns a new object of class '<em>Evidence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evidence</em>'.
	 * @generated
	 */
	Evidence createEvidence();

	/**
	 * Returns a new object of class '<em>Circuit Graph</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Circuit Graph</em>'.
	 * @generated
	 */
	CircuitGraph createCircuitGraph();

	/**
	 * Returns a new object of class '<em>Circuit Node</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Circuit Node</em>'.
	 * @generated
	 */
	CircuitNode createCircuitNode();

	/**
	 * Returns a new object of class '<em>Circuit Edge</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Circuit Edge</em>'.
	 * @generated
	 */
	CircuitEdge createCircuitEdge();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	LmwPackage getLmwPackage();

} //LmwFactory
