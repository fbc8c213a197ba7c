/**
 */
package org.lmw.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measurement taken during training, by the id of a registered instrument, with when and on which data it runs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.InstrumentSpec#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.lmw.model.InstrumentSpec#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.lmw.model.InstrumentSpec#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.lmw.model.InstrumentSpec#getEvery <em>Every</em>}</li>
 *   <li>{@link org.lmw.model.InstrumentSpec#getDataScope <em>Data Scope</em>}</li>
 *   <li>{@link org.lmw.model.InstrumentSpec#getSubsetSize <em>Subset Size</em>}</li>
 *   <li>{@link org.lmw.model.InstrumentSpec#getBudgetFraction <em>Budget Fraction</em>}</li>
 *   <li>{@link org.lmw.model.InstrumentSpec#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getInstrumentSpec()
 * @model
 * @generated
 */
public interface InstrumentSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Id</em>' attribute.
	 * @see #setInstrumentId(String)
	 * @see org.lmw.model.LmwPackage#getInstrumentSpec_InstrumentId()
	 * @model
	 * @generated
	 */
	String getInstrumentId();

	/**
	 * Sets the value of the '{@link org.lmw.model.InstrumentSpec#getInstrumentId <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Id</em>' attribute.
	 * @see #getInstrumentId()
	 * @generated
	 */
	void setInstrumentId(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.lmw.model.LmwPackage#getInstrumentSpec_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.lmw.model.InstrumentSpec#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.InstrumentTrigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see org.lmw.model.InstrumentTrigger
	 * @see #setTrigger(InstrumentTrigger)
	 * @see org.lmw.model.LmwPackage#getInstrumentSpec_Trigger()
	 * @model
	 * @generated
	 */
	InstrumentTrigger getTrigger();

	/**
	 * Sets the value of the '{@link org.lmw.model.InstrumentSpec#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see org.lmw.model.InstrumentTrigger
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(InstrumentTrigger value);

	/**
	 * Returns the value of the '<em><b>Every</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Every</em>' attribute.
	 * @see #setEvery(int)
	 * @see org.lmw.model.LmwPackage#getInstrumentSpec_Every()
	 * @model default="100"
	 * @generated
	 */
	int getEvery();

	/**
	 * Sets the value of the '{@link org.lmw.model.InstrumentSpec#getEvery <em>Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Every</em>' attribute.
	 * @see #getEvery()
	 * @generated
	 */
	void setEvery(int value);

	/**
	 * Returns the value of the '<em><b>Data Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.DataScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Scope</em>' attribute.
	 * @see org.lmw.model.DataScope
	 * @see #setDataScope(DataScope)
	 * @see org.lmw.model.LmwPackage#getInstrumentSpec_DataScope()
	 * @model
	 * @generated
	 */
	DataScope getDataScope();

	/**
	 * Sets the value of the '{@link org.lmw.model.InstrumentSpec#getDataScope <em>Data Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Scope</em>' attribute.
	 * @see org.lmw.model.DataScope
	 * @see #getDataScope()
	 * @generated
	 */
	void setDataScope(DataScope value);

	/**
	 * Returns the value of the '<em><b>Subset Size</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subset Size</em>' attribute.
	 * @see #setSubsetSize(int)
	 * @see org.lmw.model.LmwPackage#getInstrumentSpec_SubsetSize()
	 * @model default="1024"
	 * @generated
	 */
	int getSubsetSize();

	/**
	 * Sets the value of the '{@link org.lmw.model.InstrumentSpec#getSubsetSize <em>Subset Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subset Size</em>' attribute.
	 * @see #getSubsetSize()
	 * @generated
	 */
	void setSubsetSize(int value);

	/**
	 * Returns the value of the '<em><b>Budget Fraction</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Fraction</em>' attribute.
	 * @see #setBudgetFraction(double)
	 * @see org.lmw.model.LmwPackage#getInstrumentSpec_BudgetFraction()
	 * @model default="0.0"
	 * @generated
	 */
	double getBudgetFraction();

	/**
	 * Sets the value of the '{@link org.lmw.model.InstrumentSpec#getBudgetFraction <em>Budget Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Fraction</em>' attribute.
	 * @see #getBudgetFraction()
	 * @generated
	 */
	void setBudgetFraction(double value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getInstrumentSpec_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

} // InstrumentSpec
