/**
 */
package org.lmw.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.TrainingSpec#getMode <em>Mode</em>}</li>
 *   <li>{@link org.lmw.model.TrainingSpec#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.lmw.model.TrainingSpec#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link org.lmw.model.TrainingSpec#getMaxSteps <em>Max Steps</em>}</li>
 *   <li>{@link org.lmw.model.TrainingSpec#getEvalEvery <em>Eval Every</em>}</li>
 *   <li>{@link org.lmw.model.TrainingSpec#getCheckpointEvery <em>Checkpoint Every</em>}</li>
 *   <li>{@link org.lmw.model.TrainingSpec#isShuffle <em>Shuffle</em>}</li>
 *   <li>{@link org.lmw.model.TrainingSpec#getLoss <em>Loss</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getTrainingSpec()
 * @model
 * @generated
 */
public interface TrainingSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.TrainingMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.lmw.model.TrainingMode
	 * @see #setMode(TrainingMode)
	 * @see org.lmw.model.LmwPackage#getTrainingSpec_Mode()
	 * @model
	 * @generated
	 */
	TrainingMode getMode();

	/**
	 * Sets the value of the '{@link org.lmw.model.TrainingSpec#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.lmw.model.TrainingMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(TrainingMode value);

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"128"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.lmw.model.LmwPackage#getTrainingSpec_BatchSize()
	 * @model default="128"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.lmw.model.TrainingSpec#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see org.lmw.model.LmwPackage#getTrainingSpec_Epochs()
	 * @model default="1"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link org.lmw.model.TrainingSpec#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Max Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Steps</em>' attribute.
	 * @see #setMaxSteps(int)
	 * @see org.lmw.model.LmwPackage#getTrainingSpec_MaxSteps()
	 * @model default="0"
	 * @generated
	 */
	int getMaxSteps();

	/**
	 * Sets the value of the '{@link org.lmw.model.TrainingSpec#getMaxSteps <em>Max Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Steps</em>' attribute.
	 * @see #getMaxSteps()
	 * @generated
	 */
	void setMaxSteps(int value);

	/**
	 * Returns the value of the '<em><b>Eval Every</b></em>' attribute.
	 * The default value is <code>"500"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Eval Every</em>' attribute.
	 * @see #setEvalEvery(int)
	 * @see org.lmw.model.LmwPackage#getTrainingSpec_EvalEvery()
	 * @model default="500"
	 * @generated
	 */
	int getEvalEvery();

	/**
	 * Sets the value of the '{@link org.lmw.model.TrainingSpec#getEvalEvery <em>Eval Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eval Every</em>' attribute.
	 * @see #getEvalEvery()
	 * @generated
	 */
	void setEvalEvery(int value);

	/**
	 * Returns the value of the '<em><b>Checkpoint Every</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checkpoint Every</em>' attribute.
	 * @see #setCheckpointEvery(int)
	 * @see org.lmw.model.LmwPackage#getTrainingSpec_CheckpointEvery()
	 * @model default="1000"
	 * @generated
	 */
	int getCheckpointEvery();

	/**
	 * Sets the value of the '{@link org.lmw.model.TrainingSpec#getCheckpointEvery <em>Checkpoint Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checkpoint Every</em>' attribute.
	 * @see #getCheckpointEvery()
	 * @generated
	 */
	void setCheckpointEvery(int value);

	/**
	 * Returns the value of the '<em><b>Shuffle</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shuffle</em>' attribute.
	 * @see #setShuffle(boolean)
	 * @see org.lmw.model.LmwPackage#getTrainingSpec_Shuffle()
	 * @model default="true"
	 * @generated
	 */
	boolean isShuffle();

	/**
	 * Sets the value of the '{@link org.lmw.model.TrainingSpec#isShuffle <em>Shuffle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shuffle</em>' attribute.
	 * @see #isShuffle()
	 * @generated
	 */
	void setShuffle(boolean value);

	/**
	 * Returns the value of the '<em><b>Loss</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.LossKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The training loss: auto is cross-entropy for classification and half the mean squared error for regression; mse on a classification dataset regresses one-hot targets (as in Cohen et al. 2021).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loss</em>' attribute.
	 * @see org.lmw.model.LossKind
	 * @see #setLoss(LossKind)
	 * @see org.lmw.model.LmwPackage#getTrainingSpec_Loss()
	 * @model
	 * @generated
	 */
	LossKind getLoss();

	/**
	 * Sets the value of the '{@link org.lmw.model.TrainingSpec#getLoss <em>Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss</em>' attribute.
	 * @see org.lmw.model.LossKind
	 * @see #getLoss()
	 * @generated
	 */
	void setLoss(LossKind value);

} // TrainingSpec
