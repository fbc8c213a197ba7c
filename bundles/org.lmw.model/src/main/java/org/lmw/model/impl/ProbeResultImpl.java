/**
 */
package org.lmw.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lmw.model.LmwPackage;
import org.lmw.model.ProbeResult;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Probe Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.ProbeResultImpl#getStep <em>Step</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeResultImpl#getTrainScore <em>Train Score</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeResultImpl#getTestScore <em>Test Score</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeResultImpl#getControlScore <em>Control Score</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProbeResultImpl extends MinimalEObjectImpl.Container implements ProbeResult {
	/**
	 * The default value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected static final long STEP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStep() <em>Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStep()
	 * @generated
	 * @ordered
	 */
	protected long step = STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainScore() <em>Train Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainScore()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAIN_SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTrainScore() <em>Train Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainScore()
	 * @generated
	 * @ordered
	 */
	protected double trainScore = TRAIN_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTestScore() <em>Test Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestScore()
	 * @generated
	 * @ordered
	 */
	protected static final double TEST_SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTestScore() <em>Test Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestScore()
	 * @generated
	 * @ordered
	 */
	protected double testScore = TEST_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getControlScore() <em>Control Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlScore()
	 * @generated
	 * @ordered
	 */
	protected static final double CONTROL_SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getControlScore() <em>Control Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getControlScore()
	 * @generated
	 * @ordered
	 */
	protected double controlScore = CONTROL_SCORE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProbeResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.PROBE_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStep() {
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStep(long newStep) {
		long oldStep = step;
		step = newStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE_RESULT__STEP, oldStep, step));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrainScore() {
		return trainScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainScore(double newTrainScore) {
		double oldTrainScore = trainScore;
		trainScore = newTrainScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE_RESULT__TRAIN_SCORE, oldTrainScore, trainScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTestScore() {
		return testScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestScore(double newTestScore) {
		double oldTestScore = testScore;
		testScore = newTestScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE_RESULT__TEST_SCORE, oldTestScore, testScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getControlScore() {
		return controlScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlScore(double newControlScore) {
		double oldControlScore = controlScore;
		controlScore = newControlScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE_RESULT__CONTROL_SCORE, oldControlScore, controlScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LmwPackage.PROBE_RESULT__STEP:
				return getStep();
			case LmwPackage.PROBE_RESULT__TRAIN_SCORE:
				return getTrainScore();
			case LmwPackage.PROBE_RESULT__TEST_SCORE:
				return getTestScore();
			case LmwPackage.PROBE_RESULT__CONTROL_SCORE:
				return getControlScore();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LmwPackage.PROBE_RESULT__STEP:
				setStep((Long)newValue);
				return;
			case LmwPackage.PROBE_RESULT__TRAIN_SCORE:
				setTrainScore((Double)newValue);
				return;
			case LmwPackage.PROBE_RESULT__TEST_SCORE:
				setTestScore((Double)newValue);
				return;
			case LmwPackage.PROBE_RESULT__CONTROL_SCORE:
				setControlScore((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LmwPackage.PROBE_RESULT__STEP:
				setStep(STEP_EDEFAULT);
				return;
			case LmwPackage.PROBE_RESULT__TRAIN_SCORE:
				setTrainScore(TRAIN_SCORE_EDEFAULT);
				return;
			case LmwPackage.PROBE_RESULT__TEST_SCORE:
				setTestScore(TEST_SCORE_EDEFAULT);
				return;
			case LmwPackage.PROBE_RESULT__CONTROL_SCORE:
				setControlScore(CONTROL_SCORE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LmwPackage.PROBE_RESULT__STEP:
				return step != STEP_EDEFAULT;
			case LmwPackage.PROBE_RESULT__TRAIN_SCORE:
				return trainScore != TRAIN_SCORE_EDEFAULT;
			case LmwPackage.PROBE_RESULT__TEST_SCORE:
				return testScore != TEST_SCORE_EDEFAULT;
			case LmwPackage.PROBE_RESULT__CONTROL_SCORE:
				return controlScore != CONTROL_SCORE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (step: ");
		result.append(step);
		result.append(", trainScore: ");
		result.append(trainScore);
		result.append(", testScore: ");
		result.append(testScore);
		result.append(", controlScore: ");
		result.append(controlScore);
		result.append(')');
		return result.toString();
	}

} //ProbeResultImpl
