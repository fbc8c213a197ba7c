/**
 */
package org.lmw.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lmw.model.LmwPackage;
import org.lmw.model.LossKind;
import org.lmw.model.TrainingMode;
import org.lmw.model.TrainingSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.TrainingSpecImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.lmw.model.impl.TrainingSpecImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.lmw.model.impl.TrainingSpecImpl#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.lmw.model.impl.TrainingSpecImpl#getMaxSteps <em>Max Steps</em>}</li>
 *   <li>{@link org.lmw.model.impl.TrainingSpecImpl#getEvalEvery <em>Eval Every</em>}</li>
 *   <li>{@link org.lmw.model.impl.TrainingSpecImpl#getCheckpointEvery <em>Checkpoint Every</em>}</li>
 *   <li>{@link org.lmw.model.impl.TrainingSpecImpl#isShuffle <em>Shuffle</em>}</li>
 *   <li>{@link org.lmw.model.impl.TrainingSpecImpl#getLoss <em>Loss</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSpecImpl extends MinimalEObjectImpl.Container implements TrainingSpec {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final TrainingMode MODE_EDEFAULT = TrainingMode.MINIBATCH;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected TrainingMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 128;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int EPOCHS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getEpochs() <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochs()
	 * @generated
	 * @ordered
	 */
	protected int epochs = EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxSteps() <em>Max Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSteps()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_STEPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxSteps() <em>Max Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxSteps()
	 * @generated
	 * @ordered
	 */
	protected int maxSteps = MAX_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvalEvery() <em>Eval Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvalEvery()
	 * @generated
	 * @ordered
	 */
	protected static final int EVAL_EVERY_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getEvalEvery() <em>Eval Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvalEvery()
	 * @generated
	 * @ordered
	 */
	protected int evalEvery = EVAL_EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCheckpointEvery() <em>Checkpoint Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointEvery()
	 * @generated
	 * @ordered
	 */
	protected static final int CHECKPOINT_EVERY_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getCheckpointEvery() <em>Checkpoint Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpointEvery()
	 * @generated
	 * @ordered
	 */
	protected int checkpointEvery = CHECKPOINT_EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #isShuffle() <em>Shuffle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShuffle()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHUFFLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isShuffle() <em>Shuffle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isShuffle()
	 * @generated
	 * @ordered
	 */
	protected boolean shuffle = SHUFFLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLoss() <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoss()
	 * @generated
	 * @ordered
	 */
	protected static final LossKind LOSS_EDEFAULT = LossKind.AUTO;

	/**
	 * The cached value of the '{@link #getLoss() <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoss()
	 * @generated
	 * @ordered
	 */
	protected LossKind loss = LOSS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.TRAINING_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(TrainingMode newMode) {
		TrainingMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.TRAINING_SPEC__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.TRAINING_SPEC__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpochs() {
		return epochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpochs(int newEpochs) {
		int oldEpochs = epochs;
		epochs = newEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.TRAINING_SPEC__EPOCHS, oldEpochs, epochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxSteps() {
		return maxSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxSteps(int newMaxSteps) {
		int oldMaxSteps = maxSteps;
		maxSteps = newMaxSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.TRAINING_SPEC__MAX_STEPS, oldMaxSteps, maxSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEvalEvery() {
		return evalEvery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvalEvery(int newEvalEvery) {
		int oldEvalEvery = evalEvery;
		evalEvery = newEvalEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.TRAINING_SPEC__EVAL_EVERY, oldEvalEvery, evalEvery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCheckpointEvery() {
		return checkpointEvery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCheckpointEvery(int newCheckpointEvery) {
		int oldCheckpointEvery = checkpointEvery;
		checkpointEvery = newCheckpointEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.TRAINING_SPEC__CHECKPOINT_EVERY, oldCheckpointEvery, checkpointEvery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isShuffle() {
		return shuffle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShuffle(boolean newShuffle) {
		boolean oldShuffle = shuffle;
		shuffle = newShuffle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.TRAINING_SPEC__SHUFFLE, oldShuffle, shuffle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LossKind getLoss() {
		return loss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoss(LossKind newLoss) {
		LossKind oldLoss = loss;
		loss = newLoss == null ? LOSS_EDEFAULT : newLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.TRAINING_SPEC__LOSS, oldLoss, loss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LmwPackage.TRAINING_SPEC__MODE:
				return getMode();
			case LmwPackage.TRAINING_SPEC__BATCH_SIZE:
				return getBatchSize();
			case LmwPackage.TRAINING_SPEC__EPOCHS:
				return getEpochs();
			case LmwPackage.TRAINING_SPEC__MAX_STEPS:
				return getMaxSteps();
			case LmwPackage.TRAINING_SPEC__EVAL_EVERY:
				return getEvalEvery();
			case LmwPackage.TRAINING_SPEC__CHECKPOINT_EVERY:
				return getCheckpointEvery();
			case LmwPackage.TRAINING_SPEC__SHUFFLE:
				return isShuffle();
			case LmwPackage.TRAINING_SPEC__LOSS:
				return getLoss();
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
			case LmwPackage.TRAINING_SPEC__MODE:
				setMode((TrainingMode)newValue);
				return;
			case LmwPackage.TRAINING_SPEC__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case LmwPackage.TRAINING_SPEC__EPOCHS:
				setEpochs((Integer)newValue);
				return;
			case LmwPackage.TRAINING_SPEC__MAX_STEPS:
				setMaxSteps((Integer)newValue);
				return;
			case LmwPackage.TRAINING_SPEC__EVAL_EVERY:
				setEvalEvery((Integer)newValue);
				return;
			case LmwPackage.TRAINING_SPEC__CHECKPOINT_EVERY:
				setCheckpointEvery((Integer)newValue);
				return;
			case LmwPackage.TRAINING_SPEC__SHUFFLE:
				setShuffle((Boolean)newValue);
				return;
			case LmwPackage.TRAINING_SPEC__LOSS:
				setLoss((LossKind)newValue);
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
			case LmwPackage.TRAINING_SPEC__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case LmwPackage.TRAINING_SPEC__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case LmwPackage.TRAINING_SPEC__EPOCHS:
				setEpochs(EPOCHS_EDEFAULT);
				return;
			case LmwPackage.TRAINING_SPEC__MAX_STEPS:
				setMaxSteps(MAX_STEPS_EDEFAULT);
				return;
			case LmwPackage.TRAINING_SPEC__EVAL_EVERY:
				setEvalEvery(EVAL_EVERY_EDEFAULT);
				return;
			case LmwPackage.TRAINING_SPEC__CHECKPOINT_EVERY:
				setCheckpointEvery(CHECKPOINT_EVERY_EDEFAULT);
				return;
			case LmwPackage.TRAINING_SPEC__SHUFFLE:
				setShuffle(SHUFFLE_EDEFAULT);
				return;
			case LmwPackage.TRAINING_SPEC__LOSS:
				setLoss(LOSS_EDEFAULT);
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
			case LmwPackage.TRAINING_SPEC__MODE:
				return mode != MODE_EDEFAULT;
			case LmwPackage.TRAINING_SPEC__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case LmwPackage.TRAINING_SPEC__EPOCHS:
				return epochs != EPOCHS_EDEFAULT;
			case LmwPackage.TRAINING_SPEC__MAX_STEPS:
				return maxSteps != MAX_STEPS_EDEFAULT;
			case LmwPackage.TRAINING_SPEC__EVAL_EVERY:
				return evalEvery != EVAL_EVERY_EDEFAULT;
			case LmwPackage.TRAINING_SPEC__CHECKPOINT_EVERY:
				return checkpointEvery != CHECKPOINT_EVERY_EDEFAULT;
			case LmwPackage.TRAINING_SPEC__SHUFFLE:
				return shuffle != SHUFFLE_EDEFAULT;
			case LmwPackage.TRAINING_SPEC__LOSS:
				return loss != LOSS_EDEFAULT;
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", epochs: ");
		result.append(epochs);
		result.append(", maxSteps: ");
		result.append(maxSteps);
		result.append(", evalEvery: ");
		result.append(evalEvery);
		result.append(", checkpointEvery: ");
		result.append(checkpointEvery);
		result.append(", shuffle: ");
		result.append(shuffle);
		result.append(", loss: ");
		result.append(loss);
		result.append(')');
		return result.toString();
	}

} //TrainingSpecImpl
