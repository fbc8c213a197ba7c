/**
 */
package org.lmw.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Query</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Selects runs of the workspace by experiment, tags and sweep values.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.RunQuery#getExperiment <em>Experiment</em>}</li>
 *   <li>{@link org.lmw.model.RunQuery#getTags <em>Tags</em>}</li>
 *   <li>{@link org.lmw.model.RunQuery#getSweepValues <em>Sweep Values</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getRunQuery()
 * @model
 * @generated
 */
public interface RunQuery extends EObject {
	/**
	 * Returns the value of the '<em><b>Experiment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiment</em>' attribute.
	 * @see #setExperiment(String)
	 * @see org.lmw.model.LmwPackage#getRunQuery_Experiment()
	 * @model
	 * @generated
	 */
	String getExperiment();

	/**
	 * Sets the value of the '{@link org.lmw.model.RunQuery#getExperiment <em>Experiment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment</em>' attribute.
	 * @see #getExperiment()
	 * @generated
	 */
	void setExperiment(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.lmw.model.LmwPackage#getRunQuery_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Sweep Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sweep Values</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getRunQuery_SweepValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getSweepValues();

} // RunQuery
