/**
 */
package org.lmw.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Runs to launch from one experiment: the grid (every combination) or list (i-th values together) of its axes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.Sweep#getMode <em>Mode</em>}</li>
 *   <li>{@link org.lmw.model.Sweep#getAxes <em>Axes</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getSweep()
 * @model
 * @generated
 */
public interface Sweep extends EObject {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.SweepMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.lmw.model.SweepMode
	 * @see #setMode(SweepMode)
	 * @see org.lmw.model.LmwPackage#getSweep_Mode()
	 * @model
	 * @generated
	 */
	SweepMode getMode();

	/**
	 * Sets the value of the '{@link org.lmw.model.Sweep#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.lmw.model.SweepMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(SweepMode value);

	/**
	 * Returns the value of the '<em><b>Axes</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.SweepAxis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axes</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getSweep_Axes()
	 * @model containment="true"
	 * @generated
	 */
	EList<SweepAxis> getAxes();

} // Sweep
