/**
 */
package org.lmw.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Probe</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A probe trained on one layer's activations of a run's checkpoints, scored on another split.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.Probe#getName <em>Name</em>}</li>
 *   <li>{@link org.lmw.model.Probe#getRunId <em>Run Id</em>}</li>
 *   <li>{@link org.lmw.model.Probe#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.lmw.model.Probe#getTarget <em>Target</em>}</li>
 *   <li>{@link org.lmw.model.Probe#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lmw.model.Probe#getTrainSplit <em>Train Split</em>}</li>
 *   <li>{@link org.lmw.model.Probe#getTestSplit <em>Test Split</em>}</li>
 *   <li>{@link org.lmw.model.Probe#isControlTask <em>Control Task</em>}</li>
 *   <li>{@link org.lmw.model.Probe#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getProbe()
 * @model
 * @generated
 */
public interface Probe extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lmw.model.LmwPackage#getProbe_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lmw.model.Probe#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run Id</em>' attribute.
	 * @see #setRunId(String)
	 * @see org.lmw.model.LmwPackage#getProbe_RunId()
	 * @model
	 * @generated
	 */
	String getRunId();

	/**
	 * Sets the value of the '{@link org.lmw.model.Probe#getRunId <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Id</em>' attribute.
	 * @see #getRunId()
	 * @generated
	 */
	void setRunId(String value);

	/**
	 * Returns the value of the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see #setLayer(String)
	 * @see org.lmw.model.LmwPackage#getProbe_Layer()
	 * @model
	 * @generated
	 */
	String getLayer();

	/**
	 * Sets the value of the '{@link org.lmw.model.Probe#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.lmw.model.LmwPackage#getProbe_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.lmw.model.Probe#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.ProbeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lmw.model.ProbeKind
	 * @see #setKind(ProbeKind)
	 * @see org.lmw.model.LmwPackage#getProbe_Kind()
	 * @model
	 * @generated
	 */
	ProbeKind getKind();

	/**
	 * Sets the value of the '{@link org.lmw.model.Probe#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lmw.model.ProbeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProbeKind value);

	/**
	 * Returns the value of the '<em><b>Train Split</b></em>' attribute.
	 * The default value is <code>"train"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Split</em>' attribute.
	 * @see #setTrainSplit(String)
	 * @see org.lmw.model.LmwPackage#getProbe_TrainSplit()
	 * @model default="train"
	 * @generated
	 */
	String getTrainSplit();

	/**
	 * Sets the value of the '{@link org.lmw.model.Probe#getTrainSplit <em>Train Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Split</em>' attribute.
	 * @see #getTrainSplit()
	 * @generated
	 */
	void setTrainSplit(String value);

	/**
	 * Returns the value of the '<em><b>Test Split</b></em>' attribute.
	 * The default value is <code>"test"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Test Split</em>' attribute.
	 * @see #setTestSplit(String)
	 * @see org.lmw.model.LmwPackage#getProbe_TestSplit()
	 * @model default="test"
	 * @generated
	 */
	String getTestSplit();

	/**
	 * Sets the value of the '{@link org.lmw.model.Probe#getTestSplit <em>Test Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Split</em>' attribute.
	 * @see #getTestSplit()
	 * @generated
	 */
	void setTestSplit(String value);

	/**
	 * Returns the value of the '<em><b>Control Task</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Task</em>' attribute.
	 * @see #setControlTask(boolean)
	 * @see org.lmw.model.LmwPackage#getProbe_ControlTask()
	 * @model default="false"
	 * @generated
	 */
	boolean isControlTask();

	/**
	 * Sets the value of the '{@link org.lmw.model.Probe#isControlTask <em>Control Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Task</em>' attribute.
	 * @see #isControlTask()
	 * @generated
	 */
	void setControlTask(boolean value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.ProbeResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getProbe_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProbeResult> getResults();

} // Probe
