/**
 */
package org.lmw.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What to train, on which data, how, what to measure while it trains, and which hyperparameters to sweep.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link org.lmw.model.Experiment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.lmw.model.Experiment#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.lmw.model.Experiment#getTags <em>Tags</em>}</li>
 *   <li>{@link org.lmw.model.Experiment#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.lmw.model.Experiment#getModel <em>Model</em>}</li>
 *   <li>{@link org.lmw.model.Experiment#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.lmw.model.Experiment#getTraining <em>Training</em>}</li>
 *   <li>{@link org.lmw.model.Experiment#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.lmw.model.Experiment#getSweep <em>Sweep</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lmw.model.LmwPackage#getExperiment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lmw.model.Experiment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.lmw.model.LmwPackage#getExperiment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.lmw.model.Experiment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.lmw.model.LmwPackage#getExperiment_Seed()
	 * @model default="0"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.lmw.model.Experiment#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.lmw.model.LmwPackage#getExperiment_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' containment reference.
	 * @see #setDataset(DatasetRef)
	 * @see org.lmw.model.LmwPackage#getExperiment_Dataset()
	 * @model containment="true"
	 * @generated
	 */
	DatasetRef getDataset();

	/**
	 * Sets the value of the '{@link org.lmw.model.Experiment#getDataset <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' containment reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(DatasetRef value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' containment reference.
	 * @see #setModel(ModelSpec)
	 * @see org.lmw.model.LmwPackage#getExperiment_Model()
	 * @model containment="true"
	 * @generated
	 */
	ModelSpec getModel();

	/**
	 * Sets the value of the '{@link org.lmw.model.Experiment#getModel <em>Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' containment reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(ModelSpec value);

	/**
	 * Returns the value of the '<em><b>Optimizer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optimizer</em>' containment reference.
	 * @see #setOptimizer(OptimizerSpec)
	 * @see org.lmw.model.LmwPackage#getExperiment_Optimizer()
	 * @model containment="true"
	 * @generated
	 */
	OptimizerSpec getOptimizer();

	/**
	 * Sets the value of the '{@link org.lmw.model.Experiment#getOptimizer <em>Optimizer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optimizer</em>' containment reference.
	 * @see #getOptimizer()
	 * @generated
	 */
	void setOptimizer(OptimizerSpec value);

	/**
	 * Returns the value of the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training</em>' containment reference.
	 * @see #setTraining(TrainingSpec)
	 * @see org.lmw.model.LmwPackage#getExperiment_Training()
	 * @model containment="true"
	 * @generated
	 */
	TrainingSpec getTraining();

	/**
	 * Sets the value of the '{@link org.lmw.model.Experiment#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(TrainingSpec value);

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.InstrumentSpec}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getExperiment_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<InstrumentSpec> getInstruments();

	/**
	 * Returns the value of the '<em><b>Sweep</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sweep</em>' containment reference.
	 * @see #setSweep(Sweep)
	 * @see org.lmw.model.LmwPackage#getExperiment_Sweep()
	 * @model containment="true"
	 * @generated
	 */
	Sweep getSweep();

	/**
	 * Sets the value of the '{@link org.lmw.model.Experiment#getSweep <em>Sweep</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sweep</em>' containment reference.
	 * @see #getSweep()
	 * @generated
	 */
	void setSweep(Sweep value);

} // Experiment
