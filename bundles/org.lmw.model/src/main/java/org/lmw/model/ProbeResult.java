/**
 */
package org.lmw.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Probe Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.ProbeResult#getStep <em>Step</em>}</li>
 *   <li>{@link org.lmw.model.ProbeResult#getTrainScore <em>Train Score</em>}</li>
 *   <li>{@link org.lmw.model.ProbeResult#getTestScore <em>Test Score</em>}</li>
 *   <li>{@link org.lmw.model.ProbeResult#getControlScore <em>Control Score</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getProbeResult()
 * @model
 * @generated
 */
public interface ProbeResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Step</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step</em>' attribute.
	 * @see #setStep(long)
	 * @see org.lmw.model.LmwPackage#getProbeResult_Step()
	 * @model default="0"
	 * @generated
	 */
	long getStep();

	/**
	 * Sets the value of the '{@link org.lmw.model.ProbeResult#getStep <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' attribute.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(long value);

	/**
	 * Returns the value of the '<em><b>Train Score</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Score</em>' attribute.
	 * @see #setTrainScore(double)
	 * @see org.lmw.model.LmwPackage#getProbeResult_TrainScore()
	 * @model default="0.0"
	 * @generated
	 */
	double getTrainScore();

	/**
	 * Sets the value of the '{@link org.lmw.model.ProbeResult#getTrainScore <em>Train Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Score</em>' attribute.
	 * @see #getTrainScore()
	 * @generated
	 */
	void setTrainScore(double value);

	/**
	 * Returns the value of the '<em><b>Test Score</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Test Score</em>' attribute.
	 * @see #setTestScore(double)
	 * @see org.lmw.model.LmwPackage#getProbeResult_TestScore()
	 * @model default="0.0"
	 * @generated
	 */
	double getTestScore();

	/**
	 * Sets the value of the '{@link org.lmw.model.ProbeResult#getTestScore <em>Test Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Score</em>' attribute.
	 * @see #getTestScore()
	 * @generated
	 */
	void setTestScore(double value);

	/**
	 * Returns the value of the '<em><b>Control Score</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Control Score</em>' attribute.
	 * @see #setControlScore(double)
	 * @see org.lmw.model.LmwPackage#getProbeResult_ControlScore()
	 * @model default="0.0"
	 * @generated
	 */
	double getControlScore();

	/**
	 * Sets the value of the '{@link org.lmw.model.ProbeResult#getControlScore <em>Control Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Control Score</em>' attribute.
	 * @see #getControlScore()
	 * @generated
	 */
	void setControlScore(double value);

} // ProbeResult
