/**
 */
package org.lmw.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Circuit Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.CircuitEdge#getSource <em>Source</em>}</li>
 *   <li>{@link org.lmw.model.CircuitEdge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.lmw.model.CircuitEdge#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getCircuitEdge()
 * @model
 * @generated
 */
public interface CircuitEdge extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(CircuitNode)
	 * @see org.lmw.model.LmwPackage#getCircuitEdge_Source()
	 * @model
	 * @generated
	 */
	CircuitNode getSource();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitEdge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(CircuitNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(CircuitNode)
	 * @see org.lmw.model.LmwPackage#getCircuitEdge_Target()
	 * @model
	 * @generated
	 */
	CircuitNode getTarget();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitEdge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(CircuitNode value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.lmw.model.LmwPackage#getCircuitEdge_Weight()
	 * @model default="0.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitEdge#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // CircuitEdge
