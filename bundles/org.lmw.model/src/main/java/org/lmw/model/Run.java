/**
 */
package org.lmw.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One training run of an experiment with its hyperparameters resolved; its bulk numbers live in the run store.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.Run#getId <em>Id</em>}</li>
 *   <li>{@link org.lmw.model.Run#getExperimentName <em>Experiment Name</em>}</li>
 *   <li>{@link org.lmw.model.Run#getExperimentFile <em>Experiment File</em>}</li>
 *   <li>{@link org.lmw.model.Run#getSweepIndex <em>Sweep Index</em>}</li>
 *   <li>{@link org.lmw.model.Run#getHyperparameters <em>Hyperparameters</em>}</li>
 *   <li>{@link org.lmw.model.Run#getStatus <em>Status</em>}</li>
 *   <li>{@link org.lmw.model.Run#getMessage <em>Message</em>}</li>
 *   <li>{@link org.lmw.model.Run#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.lmw.model.Run#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.lmw.model.Run#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.lmw.model.Run#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.lmw.model.Run#getTotalSteps <em>Total Steps</em>}</li>
 *   <li>{@link org.lmw.model.Run#getDevice <em>Device</em>}</li>
 *   <li>{@link org.lmw.model.Run#getTags <em>Tags</em>}</li>
 *   <li>{@link org.lmw.model.Run#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.lmw.model.Run#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getRun()
 * @model
 * @generated
 */
public interface Run extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.lmw.model.LmwPackage#getRun_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Experiment Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiment Name</em>' attribute.
	 * @see #setExperimentName(String)
	 * @see org.lmw.model.LmwPackage#getRun_ExperimentName()
	 * @model
	 * @generated
	 */
	String getExperimentName();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getExperimentName <em>Experiment Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment Name</em>' attribute.
	 * @see #getExperimentName()
	 * @generated
	 */
	void setExperimentName(String value);

	/**
	 * Returns the value of the '<em><b>Experiment File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiment File</em>' attribute.
	 * @see #setExperimentFile(String)
	 * @see org.lmw.model.LmwPackage#getRun_ExperimentFile()
	 * @model
	 * @generated
	 */
	String getExperimentFile();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getExperimentFile <em>Experiment File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment File</em>' attribute.
	 * @see #getExperimentFile()
	 * @generated
	 */
	void setExperimentFile(String value);

	/**
	 * Returns the value of the '<em><b>Sweep Index</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sweep Index</em>' attribute.
	 * @see #setSweepIndex(int)
	 * @see org.lmw.model.LmwPackage#getRun_SweepIndex()
	 * @model default="0"
	 * @generated
	 */
	int getSweepIndex();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getSweepIndex <em>Sweep Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sweep Index</em>' attribute.
	 * @see #getSweepIndex()
	 * @generated
	 */
	void setSweepIndex(int value);

	/**
	 * Returns the value of the '<em><b>Hyperparameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hyperparameters</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getRun_Hyperparameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getHyperparameters();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.RunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.lmw.model.RunStatus
	 * @see #setStatus(RunStatus)
	 * @see org.lmw.model.LmwPackage#getRun_Status()
	 * @model
	 * @generated
	 */
	RunStatus getStatus();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.lmw.model.RunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RunStatus value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.lmw.model.LmwPackage#getRun_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see org.lmw.model.LmwPackage#getRun_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see org.lmw.model.LmwPackage#getRun_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(Date)
	 * @see org.lmw.model.LmwPackage#getRun_FinishedAt()
	 * @model
	 * @generated
	 */
	Date getFinishedAt();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(long)
	 * @see org.lmw.model.LmwPackage#getRun_Steps()
	 * @model default="0"
	 * @generated
	 */
	long getSteps();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(long value);

	/**
	 * Returns the value of the '<em><b>Total Steps</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total Steps</em>' attribute.
	 * @see #setTotalSteps(long)
	 * @see org.lmw.model.LmwPackage#getRun_TotalSteps()
	 * @model default="0"
	 * @generated
	 */
	long getTotalSteps();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getTotalSteps <em>Total Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Steps</em>' attribute.
	 * @see #getTotalSteps()
	 * @generated
	 */
	void setTotalSteps(long value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.lmw.model.LmwPackage#getRun_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.lmw.model.LmwPackage#getRun_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' containment reference.
	 * @see #setProvenance(Provenance)
	 * @see org.lmw.model.LmwPackage#getRun_Provenance()
	 * @model containment="true"
	 * @generated
	 */
	Provenance getProvenance();

	/**
	 * Sets the value of the '{@link org.lmw.model.Run#getProvenance <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' containment reference.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(Provenance value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Final and best values of the run's metrics (final_test_accuracy, ...), copied from the run store when it ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Summary</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getRun_Summary()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getSummary();

} // Run
