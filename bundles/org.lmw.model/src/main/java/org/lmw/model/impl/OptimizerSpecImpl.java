/**
 */
package org.lmw.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lmw.model.LmwPackage;
import org.lmw.model.OptimizerKind;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.ScheduleSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Optimizer Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.OptimizerSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lmw.model.impl.OptimizerSpecImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.lmw.model.impl.OptimizerSpecImpl#getMomentum <em>Momentum</em>}</li>
 *   <li>{@link org.lmw.model.impl.OptimizerSpecImpl#getWeightDecay <em>Weight Decay</em>}</li>
 *   <li>{@link org.lmw.model.impl.OptimizerSpecImpl#getBeta1 <em>Beta1</em>}</li>
 *   <li>{@link org.lmw.model.impl.OptimizerSpecImpl#getBeta2 <em>Beta2</em>}</li>
 *   <li>{@link org.lmw.model.impl.OptimizerSpecImpl#getEpsilon <em>Epsilon</em>}</li>
 *   <li>{@link org.lmw.model.impl.OptimizerSpecImpl#getSchedule <em>Schedule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OptimizerSpecImpl extends MinimalEObjectImpl.Container implements OptimizerSpec {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OptimizerKind KIND_EDEFAULT = OptimizerKind.SGD;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OptimizerKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMomentum() <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentum()
	 * @generated
	 * @ordered
	 */
	protected static final double MOMENTUM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMomentum() <em>Momentum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMomentum()
	 * @generated
	 * @ordered
	 */
	protected double momentum = MOMENTUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_DECAY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected double weightDecay = WEIGHT_DECAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeta1() <em>Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta1()
	 * @generated
	 * @ordered
	 */
	protected static final double BETA1_EDEFAULT = 0.9;

	/**
	 * The cached value of the '{@link #getBeta1() <em>Beta1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta1()
	 * @generated
	 * @ordered
	 */
	protected double beta1 = BETA1_EDEFAULT;

	/**
	 * The default value of the '{@link #getBeta2() <em>Beta2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta2()
	 * @generated
	 * @ordered
	 */
	protected static final double BETA2_EDEFAULT = 0.999;

	/**
	 * The cached value of the '{@link #getBeta2() <em>Beta2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeta2()
	 * @generated
	 * @ordered
	 */
	protected double beta2 = BETA2_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpsilon() <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilon()
	 * @generated
	 * @ordered
	 */
	protected static final double EPSILON_EDEFAULT = 1.0E-8;

	/**
	 * The cached value of the '{@link #getEpsilon() <em>Epsilon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpsilon()
	 * @generated
	 * @ordered
	 */
	protected double epsilon = EPSILON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected ScheduleSpec schedule;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OptimizerSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.OPTIMIZER_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OptimizerKind newKind) {
		OptimizerKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.OPTIMIZER_SPEC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.OPTIMIZER_SPEC__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMomentum() {
		return momentum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMomentum(double newMomentum) {
		double oldMomentum = momentum;
		momentum = newMomentum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.OPTIMIZER_SPEC__MOMENTUM, oldMomentum, momentum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightDecay() {
		return weightDecay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightDecay(double newWeightDecay) {
		double oldWeightDecay = weightDecay;
		weightDecay = newWeightDecay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.OPTIMIZER_SPEC__WEIGHT_DECAY, oldWeightDecay, weightDecay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeta1() {
		return beta1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeta1(double newBeta1) {
		double oldBeta1 = beta1;
		beta1 = newBeta1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.OPTIMIZER_SPEC__BETA1, oldBeta1, beta1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBeta2() {
		return beta2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBeta2(double newBeta2) {
		double oldBeta2 = beta2;
		beta2 = newBeta2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.OPTIMIZER_SPEC__BETA2, oldBeta2, beta2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEpsilon() {
		return epsilon;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpsilon(double newEpsilon) {
		double oldEpsilon = epsilon;
		epsilon = newEpsilon;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.OPTIMIZER_SPEC__EPSILON, oldEpsilon, epsilon));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduleSpec getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSchedule(ScheduleSpec newSchedule, NotificationChain msgs) {
		ScheduleSpec oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LmwPackage.OPTIMIZER_SPEC__SCHEDULE, oldSchedule, newSchedule);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedule(ScheduleSpec newSchedule) {
		if (newSchedule != schedule) {
			NotificationChain msgs = null;
			if (schedule != null)
				msgs = ((InternalEObject)schedule).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LmwPackage.OPTIMIZER_SPEC__SCHEDULE, null, msgs);
			if (newSchedule != null)
				msgs = ((InternalEObject)newSchedule).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LmwPackage.OPTIMIZER_SPEC__SCHEDULE, null, msgs);
			msgs = basicSetSchedule(newSchedule, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.OPTIMIZER_SPEC__SCHEDULE, newSchedule, newSchedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LmwPackage.OPTIMIZER_SPEC__SCHEDULE:
				return basicSetSchedule(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LmwPackage.OPTIMIZER_SPEC__KIND:
				return getKind();
			case LmwPackage.OPTIMIZER_SPEC__LEARNING_RATE:
				return getLearningRate();
			case LmwPackage.OPTIMIZER_SPEC__MOMENTUM:
				return getMomentum();
			case LmwPackage.OPTIMIZER_SPEC__WEIGHT_DECAY:
				return getWeightDecay();
			case LmwPackage.OPTIMIZER_SPEC__BETA1:
				return getBeta1();
			case LmwPackage.OPTIMIZER_SPEC__BETA2:
				return getBeta2();
			case LmwPackage.OPTIMIZER_SPEC__EPSILON:
				return getEpsilon();
			case LmwPackage.OPTIMIZER_SPEC__SCHEDULE:
				return getSchedule();
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
			case LmwPackage.OPTIMIZER_SPEC__KIND:
				setKind((OptimizerKind)newValue);
				return;
			case LmwPackage.OPTIMIZER_SPEC__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case LmwPackage.OPTIMIZER_SPEC__MOMENTUM:
				setMomentum((Double)newValue);
				return;
			case LmwPackage.OPTIMIZER_SPEC__WEIGHT_DECAY:
				setWeightDecay((Double)newValue);
				return;
			case LmwPackage.OPTIMIZER_SPEC__BETA1:
				setBeta1((Double)newValue);
				return;
			case LmwPackage.OPTIMIZER_SPEC__BETA2:
				setBeta2((Double)newValue);
				return;
			case LmwPackage.OPTIMIZER_SPEC__EPSILON:
				setEpsilon((Double)newValue);
				return;
			case LmwPackage.OPTIMIZER_SPEC__SCHEDULE:
				setSchedule((ScheduleSpec)newValue);
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
			case LmwPackage.OPTIMIZER_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LmwPackage.OPTIMIZER_SPEC__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case LmwPackage.OPTIMIZER_SPEC__MOMENTUM:
				setMomentum(MOMENTUM_EDEFAULT);
				return;
			case LmwPackage.OPTIMIZER_SPEC__WEIGHT_DECAY:
				setWeightDecay(WEIGHT_DECAY_EDEFAULT);
				return;
			case LmwPackage.OPTIMIZER_SPEC__BETA1:
				setBeta1(BETA1_EDEFAULT);
				return;
			case LmwPackage.OPTIMIZER_SPEC__BETA2:
				setBeta2(BETA2_EDEFAULT);
				return;
			case LmwPackage.OPTIMIZER_SPEC__EPSILON:
				setEpsilon(EPSILON_EDEFAULT);
				return;
			case LmwPackage.OPTIMIZER_SPEC__SCHEDULE:
				setSchedule((ScheduleSpec)null);
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
			case LmwPackage.OPTIMIZER_SPEC__KIND:
				return kind != KIND_EDEFAULT;
			case LmwPackage.OPTIMIZER_SPEC__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case LmwPackage.OPTIMIZER_SPEC__MOMENTUM:
				return momentum != MOMENTUM_EDEFAULT;
			case LmwPackage.OPTIMIZER_SPEC__WEIGHT_DECAY:
				return weightDecay != WEIGHT_DECAY_EDEFAULT;
			case LmwPackage.OPTIMIZER_SPEC__BETA1:
				return beta1 != BETA1_EDEFAULT;
			case LmwPackage.OPTIMIZER_SPEC__BETA2:
				return beta2 != BETA2_EDEFAULT;
			case LmwPackage.OPTIMIZER_SPEC__EPSILON:
				return epsilon != EPSILON_EDEFAULT;
			case LmwPackage.OPTIMIZER_SPEC__SCHEDULE:
				return schedule != null;
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
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", momentum: ");
		result.append(momentum);
		result.append(", weightDecay: ");
		result.append(weightDecay);
		result.append(", beta1: ");
		result.append(beta1);
		result.append(", beta2: ");
		result.append(beta2);
		result.append(", epsilon: ");
		result.append(epsilon);
		result.append(')');
		return result.toString();
	}

} //OptimizerSpecImpl
