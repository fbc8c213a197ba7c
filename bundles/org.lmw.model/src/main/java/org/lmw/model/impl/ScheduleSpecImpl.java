/**
 */
package org.lmw.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lmw.model.LmwPackage;
import org.lmw.model.ScheduleKind;
import org.lmw.model.ScheduleSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Schedule Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.ScheduleSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lmw.model.impl.ScheduleSpecImpl#getWarmupSteps <em>Warmup Steps</em>}</li>
 *   <li>{@link org.lmw.model.impl.ScheduleSpecImpl#getStepSize <em>Step Size</em>}</li>
 *   <li>{@link org.lmw.model.impl.ScheduleSpecImpl#getGamma <em>Gamma</em>}</li>
 *   <li>{@link org.lmw.model.impl.ScheduleSpecImpl#getMinLearningRate <em>Min Learning Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduleSpecImpl extends MinimalEObjectImpl.Container implements ScheduleSpec {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ScheduleKind KIND_EDEFAULT = ScheduleKind.CONSTANT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ScheduleKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getWarmupSteps() <em>Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmupSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int WARMUP_STEPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWarmupSteps() <em>Warmup Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWarmupSteps()
	 * @generated
	 * @ordered
	 */
	protected int warmupSteps = WARMUP_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStepSize() <em>Step Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepSize()
	 * @generated
	 * @ordered
	 */
	protected static final int STEP_SIZE_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getStepSize() <em>Step Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepSize()
	 * @generated
	 * @ordered
	 */
	protected int stepSize = STEP_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGamma() <em>Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGamma()
	 * @generated
	 * @ordered
	 */
	protected static final double GAMMA_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getGamma() <em>Gamma</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGamma()
	 * @generated
	 * @ordered
	 */
	protected double gamma = GAMMA_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinLearningRate() <em>Min Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_LEARNING_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinLearningRate() <em>Min Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double minLearningRate = MIN_LEARNING_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduleSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.SCHEDULE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ScheduleKind newKind) {
		ScheduleKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.SCHEDULE_SPEC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWarmupSteps() {
		return warmupSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWarmupSteps(int newWarmupSteps) {
		int oldWarmupSteps = warmupSteps;
		warmupSteps = newWarmupSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.SCHEDULE_SPEC__WARMUP_STEPS, oldWarmupSteps, warmupSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStepSize() {
		return stepSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepSize(int newStepSize) {
		int oldStepSize = stepSize;
		stepSize = newStepSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.SCHEDULE_SPEC__STEP_SIZE, oldStepSize, stepSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGamma() {
		return gamma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGamma(double newGamma) {
		double oldGamma = gamma;
		gamma = newGamma;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.SCHEDULE_SPEC__GAMMA, oldGamma, gamma));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinLearningRate() {
		return minLearningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinLearningRate(double newMinLearningRate) {
		double oldMinLearningRate = minLearningRate;
		minLearningRate = newMinLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.SCHEDULE_SPEC__MIN_LEARNING_RATE, oldMinLearningRate, minLearningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LmwPackage.SCHEDULE_SPEC__KIND:
				return getKind();
			case LmwPackage.SCHEDULE_SPEC__WARMUP_STEPS:
				return getWarmupSteps();
			case LmwPackage.SCHEDULE_SPEC__STEP_SIZE:
				return getStepSize();
			case LmwPackage.SCHEDULE_SPEC__GAMMA:
				return getGamma();
			case LmwPackage.SCHEDULE_SPEC__MIN_LEARNING_RATE:
				return getMinLearningRate();
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
			case LmwPackage.SCHEDULE_SPEC__KIND:
				setKind((ScheduleKind)newValue);
				return;
			case LmwPackage.SCHEDULE_SPEC__WARMUP_STEPS:
				setWarmupSteps((Integer)newValue);
				return;
			case LmwPackage.SCHEDULE_SPEC__STEP_SIZE:
				setStepSize((Integer)newValue);
				return;
			case LmwPackage.SCHEDULE_SPEC__GAMMA:
				setGamma((Double)newValue);
				return;
			case LmwPackage.SCHEDULE_SPEC__MIN_LEARNING_RATE:
				setMinLearningRate((Double)newValue);
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
			case LmwPackage.SCHEDULE_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LmwPackage.SCHEDULE_SPEC__WARMUP_STEPS:
				setWarmupSteps(WARMUP_STEPS_EDEFAULT);
				return;
			case LmwPackage.SCHEDULE_SPEC__STEP_SIZE:
				setStepSize(STEP_SIZE_EDEFAULT);
				return;
			case LmwPackage.SCHEDULE_SPEC__GAMMA:
				setGamma(GAMMA_EDEFAULT);
				return;
			case LmwPackage.SCHEDULE_SPEC__MIN_LEARNING_RATE:
				setMinLearningRate(MIN_LEARNING_RATE_EDEFAULT);
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
			case LmwPackage.SCHEDULE_SPEC__KIND:
				return kind != KIND_EDEFAULT;
			case LmwPackage.SCHEDULE_SPEC__WARMUP_STEPS:
				return warmupSteps != WARMUP_STEPS_EDEFAULT;
			case LmwPackage.SCHEDULE_SPEC__STEP_SIZE:
				return stepSize != STEP_SIZE_EDEFAULT;
			case LmwPackage.SCHEDULE_SPEC__GAMMA:
				return gamma != GAMMA_EDEFAULT;
			case LmwPackage.SCHEDULE_SPEC__MIN_LEARNING_RATE:
				return minLearningRate != MIN_LEARNING_RATE_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", warmupSteps: ");
		result.append(warmupSteps);
		result.append(", stepSize: ");
		result.append(stepSize);
		result.append(", gamma: ");
		result.append(gamma);
		result.append(", minLearningRate: ");
		result.append(minLearningRate);
		result.append(')');
		return result.toString();
	}

} //ScheduleSpecImpl
