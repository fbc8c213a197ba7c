/**
 */
package org.lmw.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.lmw.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.lmw.model.LmwPackage
 * @generated
 */
public class LmwAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static LmwPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LmwAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = LmwPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LmwSwitch<Adapter> modelSwitch =
		new LmwSwitch<Adapter>() {
			@Override
			public Adapter caseWorkspace(Workspace object) {
				return createWorkspaceAdapter();
			}
			@Override
			public Adapter caseExperiment(Experiment object) {
				return createExperimentAdapter();
			}
			@Override
			public Adapter caseDatasetRef(DatasetRef object) {
				return createDatasetRefAdapter();
			}
			@Override
			public Adapter caseModelSpec(ModelSpec object) {
				return createModelSpecAdapter();
			}
			@Override
			public Adapter caseOptimizerSpec(OptimizerSpec object) {
				return createOptimizerSpecAdapter();
			}
			@Override
			public Adapter caseScheduleSpec(ScheduleSpec object) {
				return createScheduleSpecAdapter();
			}
			@Override
			public Adapter caseTrainingSpec(TrainingSpec object) {
				return createTrainingSpecAdapter();
			}
			@Override
			public Adapter caseInstrumentSpec(InstrumentSpec object) {
				return createInstrumentSpecAdapter();
			}
			@Override
			public Adapter caseParameter(Parameter object) {
				return createParameterAdapter();
			}
			@Override
			public Adapter caseSweep(Sweep object) {
				return createSweepAdapter();
			}
			@Override
			public Adapter caseSweepAxis(SweepAxis object) {
				return createSweepAxisAdapter();
			}
			@Override
			public Adapter caseRun(Run object) {
				return createRunAdapter();
			}
			@Override
			public Adapter caseProvenance(Provenance object) {
				return createProvenanceAdapter();
			}
			@Override
			public Adapter caseProbe(Probe object) {
				return createProbeAdapter();
			}
			@Override
			public Adapter caseProbeResult(ProbeResult object) {
				return createProbeResultAdapter();
			}
			@Override
			public Adapter caseNotebook(Notebook object) {
				return createNotebookAdapter();
			}
			@Override
			public Adapter caseCell(Cell object) {
				return createCellAdapter();
			}
			@Override
			public Adapter caseTextCell(TextCell object) {
				return createTextCellAdapter();
			}
			@Override
			public Adapter caseChartCell(ChartCell object) {
				return createChartCellAdapter();
			}
			@Override
			public Adapter casePredictionCell(PredictionCell object) {
				return createPredictionCellAdapter();
			}
			@Override
			public Adapter caseRunQuery(RunQuery object) {
				return createRunQueryAdapter();
			}
			@Override
			public Adapter casePrediction(Prediction object) {
				return createPredictionAdapter();
			}
			@Override
			public Adapter caseEvidence(Evidence object) {
				return createEvidenceAdapter();
			}
			@Override
			public Adapter caseCircuitGraph(CircuitGraph object) {
				return createCircuitGraphAdapter();
			}
			@Override
			public Adapter caseCircuitNode(CircuitNode object) {
				return createCircuitNodeAdapter();
			}
			@Override
			public Adapter caseCircuitEdge(CircuitEdge object) {
				return createCircuitEdgeAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Workspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Workspace
	 * @generated
	 */
	public Adapter createWorkspaceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Experiment
	 * @generated
	 */
	public Adapter createExperimentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.DatasetRef <em>Dataset Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.DatasetRef
	 * @generated
	 */
	public Adapter createDatasetRefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.ModelSpec <em>Model Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.ModelSpec
	 * @generated
	 */
	public Adapter createModelSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.OptimizerSpec <em>Optimizer Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.OptimizerSpec
	 * @generated
	 */
	public Adapter createOptimizerSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.ScheduleSpec <em>Schedule Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.ScheduleSpec
	 * @generated
	 */
	public Adapter createScheduleSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.TrainingSpec <em>Training Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.TrainingSpec
	 * @generated
	 */
	public Adapter createTrainingSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.InstrumentSpec <em>Instrument Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.InstrumentSpec
	 * @generated
	 */
	public Adapter createInstrumentSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Parameter
	 * @generated
	 */
	public Adapter createParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Sweep <em>Sweep</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Sweep
	 * @generated
	 */
	public Adapter createSweepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.SweepAxis <em>Sweep Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.SweepAxis
	 * @generated
	 */
	public Adapter createSweepAxisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Run
	 * @generated
	 */
	public Adapter createRunAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Provenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Provenance
	 * @generated
	 */
	public Adapter createProvenanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Probe <em>Probe</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Probe
	 * @generated
	 */
	public Adapter createProbeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.ProbeResult <em>Probe Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.ProbeResult
	 * @generated
	 */
	public Adapter createProbeResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Notebook <em>Notebook</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Notebook
	 * @generated
	 */
	public Adapter createNotebookAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Cell <em>Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Cell
	 * @generated
	 */
	public Adapter createCellAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.TextCell <em>Text Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.TextCell
	 * @generated
	 */
	public Adapter createTextCellAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.ChartCell <em>Chart Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.ChartCell
	 * @generated
	 */
	public Adapter createChartCellAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.PredictionCell <em>Prediction Cell</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.PredictionCell
	 * @generated
	 */
	public Adapter createPredictionCellAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.RunQuery <em>Run Query</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.RunQuery
	 * @generated
	 */
	public Adapter createRunQueryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Prediction <em>Prediction</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Prediction
	 * @generated
	 */
	public Adapter createPredictionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.Evidence
	 * @generated
	 */
	public Adapter createEvidenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.CircuitGraph <em>Circuit Graph</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.CircuitGraph
	 * @generated
	 */
	public Adapter createCircuitGraphAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.CircuitNode <em>Circuit Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.CircuitNode
	 * @generated
	 */
	public Adapter createCircuitNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.lmw.model.CircuitEdge <em>Circuit Edge</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.lmw.model.CircuitEdge
	 * @generated
	 */
	public Adapter createCircuitEdgeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //LmwAdapterFactory
