/**
 */
package org.lmw.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep Axis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One swept hyperparameter by its path (optimizer.learningRate, model.width, seed, ...) and its values.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.SweepAxis#getParameter <em>Parameter</em>}</li>
 *   <li>{@link org.lmw.model.SweepAxis#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getSweepAxis()
 * @model
 * @generated
 */
public interface SweepAxis extends EObject {
	/**
	 * Returns the value of the '<em><b>Parameter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameter</em>' attribute.
	 * @see #setParameter(String)
	 * @see org.lmw.model.LmwPackage#getSweepAxis_Parameter()
	 * @model
	 * @generated
	 */
	String getParameter();

	/**
	 * Sets the value of the '{@link org.lmw.model.SweepAxis#getParameter <em>Parameter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parameter</em>' attribute.
	 * @see #getParameter()
	 * @generated
	 */
	void setParameter(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.lmw.model.LmwPackage#getSweepAxis_Values()
	 * @model
	 * @generated
	 */
	EList<String> getValues();

} // SweepAxis
