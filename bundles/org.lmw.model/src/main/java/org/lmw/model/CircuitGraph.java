/**
 */
package org.lmw.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Circuit Graph</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.CircuitGraph#getName <em>Name</em>}</li>
 *   <li>{@link org.lmw.model.CircuitGraph#getRunId <em>Run Id</em>}</li>
 *   <li>{@link org.lmw.model.CircuitGraph#getMethod <em>Method</em>}</li>
 *   <li>{@link org.lmw.model.CircuitGraph#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.lmw.model.CircuitGraph#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.lmw.model.CircuitGraph#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.lmw.model.CircuitGraph#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getCircuitGraph()
 * @model
 * @generated
 */
public interface CircuitGraph extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lmw.model.LmwPackage#getCircuitGraph_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitGraph#getName <em>Name</em>}' attribute.
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
	 * @see org.lmw.model.LmwPackage#getCircuitGraph_RunId()
	 * @model
	 * @generated
	 */
	String getRunId();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitGraph#getRunId <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Run Id</em>' attribute.
	 * @see #getRunId()
	 * @generated
	 */
	void setRunId(String value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.AttributionMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.lmw.model.AttributionMethod
	 * @see #setMethod(AttributionMethod)
	 * @see org.lmw.model.LmwPackage#getCircuitGraph_Method()
	 * @model
	 * @generated
	 */
	AttributionMethod getMethod();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitGraph#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.lmw.model.AttributionMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(AttributionMethod value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(String)
	 * @see org.lmw.model.LmwPackage#getCircuitGraph_Baseline()
	 * @model
	 * @generated
	 */
	String getBaseline();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitGraph#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(String value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see org.lmw.model.LmwPackage#getCircuitGraph_Threshold()
	 * @model default="0.0"
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link org.lmw.model.CircuitGraph#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.CircuitNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getCircuitGraph_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<CircuitNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.CircuitEdge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getCircuitGraph_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<CircuitEdge> getEdges();

} // CircuitGraph
