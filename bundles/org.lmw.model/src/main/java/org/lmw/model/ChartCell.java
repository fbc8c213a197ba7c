/**
 */
package org.lmw.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chart Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.ChartCell#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.lmw.model.ChartCell#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link org.lmw.model.ChartCell#getQuery <em>Query</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getChartCell()
 * @model
 * @generated
 */
public interface ChartCell extends Cell {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.lmw.model.LmwPackage#getChartCell_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.lmw.model.ChartCell#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Aggregation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.Aggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggregation</em>' attribute.
	 * @see org.lmw.model.Aggregation
	 * @see #setAggregation(Aggregation)
	 * @see org.lmw.model.LmwPackage#getChartCell_Aggregation()
	 * @model
	 * @generated
	 */
	Aggregation getAggregation();

	/**
	 * Sets the value of the '{@link org.lmw.model.ChartCell#getAggregation <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregation</em>' attribute.
	 * @see org.lmw.model.Aggregation
	 * @see #getAggregation()
	 * @generated
	 */
	void setAggregation(Aggregation value);

	/**
	 * Returns the value of the '<em><b>Query</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Query</em>' containment reference.
	 * @see #setQuery(RunQuery)
	 * @see org.lmw.model.LmwPackage#getChartCell_Query()
	 * @model containment="true"
	 * @generated
	 */
	RunQuery getQuery();

	/**
	 * Sets the value of the '{@link org.lmw.model.ChartCell#getQuery <em>Query</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Query</em>' containment reference.
	 * @see #getQuery()
	 * @generated
	 */
	void setQuery(RunQuery value);

} // ChartCell
