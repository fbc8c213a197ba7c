/**
 */
package org.lmw.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.Evidence#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.lmw.model.Evidence#getEvaluatedAt <em>Evaluated At</em>}</li>
 *   <li>{@link org.lmw.model.Evidence#getRunIds <em>Run Ids</em>}</li>
 *   <li>{@link org.lmw.model.Evidence#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.lmw.model.LmwPackage#getEvidence_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.lmw.model.Evidence#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Evaluated At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluated At</em>' attribute.
	 * @see #setEvaluatedAt(Date)
	 * @see org.lmw.model.LmwPackage#getEvidence_EvaluatedAt()
	 * @model
	 * @generated
	 */
	Date getEvaluatedAt();

	/**
	 * Sets the value of the '{@link org.lmw.model.Evidence#getEvaluatedAt <em>Evaluated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluated At</em>' attribute.
	 * @see #getEvaluatedAt()
	 * @generated
	 */
	void setEvaluatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Run Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Run Ids</em>' attribute list.
	 * @see org.lmw.model.LmwPackage#getEvidence_RunIds()
	 * @model
	 * @generated
	 */
	EList<String> getRunIds();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getEvidence_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getValues();

} // Evidence
