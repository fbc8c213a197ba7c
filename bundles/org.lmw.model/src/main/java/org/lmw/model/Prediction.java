/**
 */
package org.lmw.model;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prediction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.Prediction#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getQuery <em>Query</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getWindow <em>Window</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getAtStep <em>At Step</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getLower <em>Lower</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getTheory <em>Theory</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getAgainst <em>Against</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getComparisonQuery <em>Comparison Query</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getVersion <em>Version</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getFrozenAt <em>Frozen At</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.lmw.model.Prediction#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getPrediction()
 * @model
 * @generated
 */
public interface Prediction extends EObject {
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.lmw.model.LmwPackage#getPrediction_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.PredictionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lmw.model.PredictionKind
	 * @see #setKind(PredictionKind)
	 * @see org.lmw.model.LmwPackage#getPrediction_Kind()
	 * @model
	 * @generated
	 */
	PredictionKind getKind();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lmw.model.PredictionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PredictionKind value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.lmw.model.LmwPackage#getPrediction_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Query</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Query</em>' containment reference.
	 * @see #setQuery(RunQuery)
	 * @see org.lmw.model.LmwPackage#getPrediction_Query()
	 * @model containment="true"
	 * @generated
	 */
	RunQuery getQuery();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getQuery <em>Query</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Query</em>' containment reference.
	 * @see #getQuery()
	 * @generated
	 */
	void setQuery(RunQuery value);

	/**
	 * Returns the value of the '<em><b>Window</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.Window}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Window</em>' attribute.
	 * @see org.lmw.model.Window
	 * @see #setWindow(Window)
	 * @see org.lmw.model.LmwPackage#getPrediction_Window()
	 * @model
	 * @generated
	 */
	Window getWindow();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getWindow <em>Window</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window</em>' attribute.
	 * @see org.lmw.model.Window
	 * @see #getWindow()
	 * @generated
	 */
	void setWindow(Window value);

	/**
	 * Returns the value of the '<em><b>At Step</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At Step</em>' attribute.
	 * @see #setAtStep(long)
	 * @see org.lmw.model.LmwPackage#getPrediction_AtStep()
	 * @model default="0"
	 * @generated
	 */
	long getAtStep();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getAtStep <em>At Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At Step</em>' attribute.
	 * @see #getAtStep()
	 * @generated
	 */
	void setAtStep(long value);

	/**
	 * Returns the value of the '<em><b>Lower</b></em>' attribute.
	 * The default value is <code>"-Infinity"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower</em>' attribute.
	 * @see #setLower(double)
	 * @see org.lmw.model.LmwPackage#getPrediction_Lower()
	 * @model default="-Infinity"
	 * @generated
	 */
	double getLower();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getLower <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower</em>' attribute.
	 * @see #getLower()
	 * @generated
	 */
	void setLower(double value);

	/**
	 * Returns the value of the '<em><b>Upper</b></em>' attribute.
	 * The default value is <code>"Infinity"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Upper</em>' attribute.
	 * @see #setUpper(double)
	 * @see org.lmw.model.LmwPackage#getPrediction_Upper()
	 * @model default="Infinity"
	 * @generated
	 */
	double getUpper();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getUpper <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper</em>' attribute.
	 * @see #getUpper()
	 * @generated
	 */
	void setUpper(double value);

	/**
	 * Returns the value of the '<em><b>Theory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RATIO: the theory value the metric is divided by, an arithmetic expression over the run's hyperparameters, e.g. 2/learning_rate (learning_rate, lr and eta name optimizer.learningRate; any other name is a hyperparameter path or its last segment).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theory</em>' attribute.
	 * @see #setTheory(String)
	 * @see org.lmw.model.LmwPackage#getPrediction_Theory()
	 * @model
	 * @generated
	 */
	String getTheory();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getTheory <em>Theory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theory</em>' attribute.
	 * @see #getTheory()
	 * @generated
	 */
	void setTheory(String value);

	/**
	 * Returns the value of the '<em><b>Against</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * POWER_LAW: the x axis, step (default) or a swept hyperparameter path such as model.width; ORDERING: the hyperparameter the curves are ordered by.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Against</em>' attribute.
	 * @see #setAgainst(String)
	 * @see org.lmw.model.LmwPackage#getPrediction_Against()
	 * @model
	 * @generated
	 */
	String getAgainst();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getAgainst <em>Against</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Against</em>' attribute.
	 * @see #getAgainst()
	 * @generated
	 */
	void setAgainst(String value);

	/**
	 * Returns the value of the '<em><b>Comparison Query</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * COMPARISON: the second group of runs (B); the prediction bounds mean(A) - mean(B) of the metric's window value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparison Query</em>' containment reference.
	 * @see #setComparisonQuery(RunQuery)
	 * @see org.lmw.model.LmwPackage#getPrediction_ComparisonQuery()
	 * @model containment="true"
	 * @generated
	 */
	RunQuery getComparisonQuery();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getComparisonQuery <em>Comparison Query</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparison Query</em>' containment reference.
	 * @see #getComparisonQuery()
	 * @generated
	 */
	void setComparisonQuery(RunQuery value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.OrderDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ORDERING: whether the metric's window value increases or decreases with the hyperparameter named by against.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.lmw.model.OrderDirection
	 * @see #setDirection(OrderDirection)
	 * @see org.lmw.model.LmwPackage#getPrediction_Direction()
	 * @model
	 * @generated
	 */
	OrderDirection getDirection();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.lmw.model.OrderDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(OrderDirection value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * The default value is <code>"0.95"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * POWER_LAW and COMPARISON: the level of the bootstrap confidence interval judged against [lower, upper].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see org.lmw.model.LmwPackage#getPrediction_Confidence()
	 * @model default="0.95"
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.lmw.model.LmwPackage#getPrediction_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Frozen At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frozen At</em>' attribute.
	 * @see #setFrozenAt(Date)
	 * @see org.lmw.model.LmwPackage#getPrediction_FrozenAt()
	 * @model
	 * @generated
	 */
	Date getFrozenAt();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getFrozenAt <em>Frozen At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frozen At</em>' attribute.
	 * @see #getFrozenAt()
	 * @generated
	 */
	void setFrozenAt(Date value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.lmw.model.LmwPackage#getPrediction_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.lmw.model.Verdict
	 * @see #setVerdict(Verdict)
	 * @see org.lmw.model.LmwPackage#getPrediction_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.lmw.model.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference.
	 * @see #setEvidence(Evidence)
	 * @see org.lmw.model.LmwPackage#getPrediction_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	Evidence getEvidence();

	/**
	 * Sets the value of the '{@link org.lmw.model.Prediction#getEvidence <em>Evidence</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' containment reference.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(Evidence value);

} // Prediction
