/**
 */
package org.lmw.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Circuit Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.CircuitNode#getId <em>Id</em>}</li>
 *   <li>{@link org.lmw.model.CircuitNode#getLabel <em>Label</em>}</li>
 *   <li>{@link org.lmw.model.CircuitNode#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lmw.model.CircuitNode#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.lmw.model.CircuitNode#getIndex <em>Index</em>}</li>
 *   <li>{@link org.lmw.model.CircuitNode#getEffect <em>Effect</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getCircuitNode()
 * @model
 * @generated
 */
public interface CircuitNode extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.lmw.model.LmwPackage#getCircuitNode_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitNode#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.lmw.model.LmwPackage#getCircuitNode_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitNode#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.CircuitNodeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lmw.model.CircuitNodeKind
	 * @see #setKind(CircuitNodeKind)
	 * @see org.lmw.model.LmwPackage#getCircuitNode_Kind()
	 * @model
	 * @generated
	 */
	CircuitNodeKind getKind();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitNode#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lmw.model.CircuitNodeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CircuitNodeKind value);

	/**
	 * Returns the value of the '<em><b>Layer</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see #setLayer(int)
	 * @see org.lmw.model.LmwPackage#getCircuitNode_Layer()
	 * @model default="0"
	 * @generated
	 */
	int getLayer();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitNode#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(int value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.lmw.model.LmwPackage#getCircuitNode_Index()
	 * @model default="0"
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitNode#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Effect</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effect</em>' attribute.
	 * @see #setEffect(double)
	 * @see org.lmw.model.LmwPackage#getCircuitNode_Effect()
	 * @model default="0.0"
	 * @generated
	 */
	double getEffect();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitNode#getEffect <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' attribute.
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(double value);

} // CircuitNode
