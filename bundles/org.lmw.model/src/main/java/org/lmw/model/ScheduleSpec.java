/**
 */
package org.lmw.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schedule Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Learning-rate schedule: constant, step decay (gamma every stepSize steps), cosine to minLearningRate, each after optional linear warm-up.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.ScheduleSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lmw.model.ScheduleSpec#getWarmupSteps <em>Warmup Steps</em>}</li>
 *   <li>{@link org.lmw.model.ScheduleSpec#getStepSize <em>Step Size</em>}</li>
 *   <li>{@link org.lmw.model.ScheduleSpec#getGamma <em>Gamma</em>}</li>
 *   <li>{@link org.lmw.model.ScheduleSpec#getMinLearningRate <em>Min Learning Rate</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getScheduleSpec()
 * @model
 * @generated
 */
public interface ScheduleSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.ScheduleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.lmw.model.ScheduleKind
	 * @see #setKind(ScheduleKind)
	 * @see org.lmw.model.LmwPackage#getScheduleSpec_Kind()
	 * @model
	 * @generated
	 */
	ScheduleKind getKind();

	/**
	 * Sets the value of the '{@link org.lmw.model.ScheduleSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.lmw.model.ScheduleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ScheduleKind value);

	/**
	 * Returns the value of the '<em><b>Warmup Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warmup Steps</em>' attribute.
	 * @see #setWarmupSteps(int)
	 * @see org.lmw.model.LmwPackage#getScheduleSpec_WarmupSteps()
	 * @model default="0"
	 * @generated
	 */
	int getWarmupSteps();

	/**
	 * Sets the value of the '{@link org.lmw.model.ScheduleSpec#getWarmupSteps <em>Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warmup Steps</em>' attribute.
	 * @see #getWarmupSteps()
	 * @generated
	 */
	void setWarmupSteps(int value);

	/**
	 * Returns the value of the '<em><b>Step Size</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Size</em>' attribute.
	 * @see #setStepSize(int)
	 * @see org.lmw.model.LmwPackage#getScheduleSpec_StepSize()
	 * @model default="1000"
	 * @generated
	 */
	int getStepSize();

	/**
	 * Sets the value of the '{@link org.lmw.model.ScheduleSpec#getStepSize <em>Step Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Size</em>' attribute.
	 * @see #getStepSize()
	 * @generated
	 */
	void setStepSize(int value);

	/**
	 * Returns the value of the '<em><b>Gamma</b></em>' attribute.
	 * The default value is <code>"0.1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gamma</em>' attribute.
	 * @see #setGamma(double)
	 * @see org.lmw.model.LmwPackage#getScheduleSpec_Gamma()
	 * @model default="0.1"
	 * @generated
	 */
	double getGamma();

	/**
	 * Sets the value of the '{@link org.lmw.model.ScheduleSpec#getGamma <em>Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gamma</em>' attribute.
	 * @see #getGamma()
	 * @generated
	 */
	void setGamma(double value);

	/**
	 * Returns the value of the '<em><b>Min Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Learning Rate</em>' attribute.
	 * @see #setMinLearningRate(double)
	 * @see org.lmw.model.LmwPackage#getScheduleSpec_MinLearningRate()
	 * @model default="0.0"
	 * @generated
	 */
	double getMinLearningRate();

	/**
	 * Sets the value of the '{@link org.lmw.model.ScheduleSpec#getMinLearningRate <em>Min Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Learning Rate</em>' attribute.
	 * @see #getMinLearningRate()
	 * @generated
	 */
	void setMinLearningRate(double value);

} // ScheduleSpec
