/**
 */
package org.lmw.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lmw.model.LmwPackage;
import org.lmw.model.Parameter;
import org.lmw.model.Provenance;
import org.lmw.model.Run;
import org.lmw.model.RunStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.RunImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getExperimentName <em>Experiment Name</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getExperimentFile <em>Experiment File</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getSweepIndex <em>Sweep Index</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getHyperparameters <em>Hyperparameters</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getMessage <em>Message</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getTotalSteps <em>Total Steps</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunImpl#getSummary <em>Summary</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunImpl extends MinimalEObjectImpl.Container implements Run {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getExperimentName() <em>Experiment Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentName()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPERIMENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExperimentName() <em>Experiment Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentName()
	 * @generated
	 * @ordered
	 */
	protected String experimentName = EXPERIMENT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getExperimentFile() <em>Experiment File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentFile()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPERIMENT_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExperimentFile() <em>Experiment File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentFile()
	 * @generated
	 * @ordered
	 */
	protected String experimentFile = EXPERIMENT_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSweepIndex() <em>Sweep Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweepIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int SWEEP_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSweepIndex() <em>Sweep Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweepIndex()
	 * @generated
	 * @ordered
	 */
	protected int sweepIndex = SWEEP_INDEX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHyperparameters() <em>Hyperparameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHyperparameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> hyperparameters;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RunStatus STATUS_EDEFAULT = RunStatus.QUEUED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RunStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Date startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date FINISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinishedAt() <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinishedAt()
	 * @generated
	 * @ordered
	 */
	protected Date finishedAt = FINISHED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final long STEPS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected long steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalSteps() <em>Total Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalSteps()
	 * @generated
	 * @ordered
	 */
	protected static final long TOTAL_STEPS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTotalSteps() <em>Total Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalSteps()
	 * @generated
	 * @ordered
	 */
	protected long totalSteps = TOTAL_STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevice() <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevice()
	 * @generated
	 * @ordered
	 */
	protected String device = DEVICE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected Provenance provenance;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> summary;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExperimentName() {
		return experimentName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperimentName(String newExperimentName) {
		String oldExperimentName = experimentName;
		experimentName = newExperimentName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__EXPERIMENT_NAME, oldExperimentName, experimentName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExperimentFile() {
		return experimentFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperimentFile(String newExperimentFile) {
		String oldExperimentFile = experimentFile;
		experimentFile = newExperimentFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__EXPERIMENT_FILE, oldExperimentFile, experimentFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSweepIndex() {
		return sweepIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSweepIndex(int newSweepIndex) {
		int oldSweepIndex = sweepIndex;
		sweepIndex = newSweepIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__SWEEP_INDEX, oldSweepIndex, sweepIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getHyperparameters() {
		if (hyperparameters == null) {
			hyperparameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, LmwPackage.RUN__HYPERPARAMETERS);
		}
		return hyperparameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RunStatus newStatus) {
		RunStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Date newCreatedAt) {
		Date oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Date newStartedAt) {
		Date oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFinishedAt() {
		return finishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinishedAt(Date newFinishedAt) {
		Date oldFinishedAt = finishedAt;
		finishedAt = newFinishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__FINISHED_AT, oldFinishedAt, finishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(long newSteps) {
		long oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTotalSteps() {
		return totalSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalSteps(long newTotalSteps) {
		long oldTotalSteps = totalSteps;
		totalSteps = newTotalSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__TOTAL_STEPS, oldTotalSteps, totalSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevice() {
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevice(String newDevice) {
		String oldDevice = device;
		device = newDevice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, LmwPackage.RUN__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Provenance getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvenance(Provenance newProvenance, NotificationChain msgs) {
		Provenance oldProvenance = provenance;
		provenance = newProvenance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__PROVENANCE, oldProvenance, newProvenance);
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
	public void setProvenance(Provenance newProvenance) {
		if (newProvenance != provenance) {
			NotificationChain msgs = null;
			if (provenance != null)
				msgs = ((InternalEObject)provenance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LmwPackage.RUN__PROVENANCE, null, msgs);
			if (newProvenance != null)
				msgs = ((InternalEObject)newProvenance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LmwPackage.RUN__PROVENANCE, null, msgs);
			msgs = basicSetProvenance(newProvenance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN__PROVENANCE, newProvenance, newProvenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getSummary() {
		if (summary == null) {
			summary = new EObjectContainmentEList<Parameter>(Parameter.class, this, LmwPackage.RUN__SUMMARY);
		}
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LmwPackage.RUN__HYPERPARAMETERS:
				return ((InternalEList<?>)getHyperparameters()).basicRemove(otherEnd, msgs);
			case LmwPackage.RUN__PROVENANCE:
				return basicSetProvenance(null, msgs);
			case LmwPackage.RUN__SUMMARY:
				return ((InternalEList<?>)getSummary()).basicRemove(otherEnd, msgs);
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
			case LmwPackage.RUN__ID:
				return getId();
			case LmwPackage.RUN__EXPERIMENT_NAME:
				return getExperimentName();
			case LmwPackage.RUN__EXPERIMENT_FILE:
				return getExperimentFile();
			case LmwPackage.RUN__SWEEP_INDEX:
				return getSweepIndex();
			case LmwPackage.RUN__HYPERPARAMETERS:
				return getHyperparameters();
			case LmwPackage.RUN__STATUS:
				return getStatus();
			case LmwPackage.RUN__MESSAGE:
				return getMessage();
			case LmwPackage.RUN__CREATED_AT:
				return getCreatedAt();
			case LmwPackage.RUN__STARTED_AT:
				return getStartedAt();
			case LmwPackage.RUN__FINISHED_AT:
				return getFinishedAt();
			case LmwPackage.RUN__STEPS:
				return getSteps();
			case LmwPackage.RUN__TOTAL_STEPS:
				return getTotalSteps();
			case LmwPackage.RUN__DEVICE:
				return getDevice();
			case LmwPackage.RUN__TAGS:
				return getTags();
			case LmwPackage.RUN__PROVENANCE:
				return getProvenance();
			case LmwPackage.RUN__SUMMARY:
				return getSummary();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LmwPackage.RUN__ID:
				setId((String)newValue);
				return;
			case LmwPackage.RUN__EXPERIMENT_NAME:
				setExperimentName((String)newValue);
				return;
			case LmwPackage.RUN__EXPERIMENT_FILE:
				setExperimentFile((String)newValue);
				return;
			case LmwPackage.RUN__SWEEP_INDEX:
				setSweepIndex((Integer)newValue);
				return;
			case LmwPackage.RUN__HYPERPARAMETERS:
				getHyperparameters().clear();
				getHyperparameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case LmwPackage.RUN__STATUS:
				setStatus((RunStatus)newValue);
				return;
			case LmwPackage.RUN__MESSAGE:
				setMessage((String)newValue);
				return;
			case LmwPackage.RUN__CREATED_AT:
				setCreatedAt((Date)newValue);
				return;
			case LmwPackage.RUN__STARTED_AT:
				setStartedAt((Date)newValue);
				return;
			case LmwPackage.RUN__FINISHED_AT:
				setFinishedAt((Date)newValue);
				return;
			case LmwPackage.RUN__STEPS:
				setSteps((Long)newValue);
				return;
			case LmwPackage.RUN__TOTAL_STEPS:
				setTotalSteps((Long)newValue);
				return;
			case LmwPackage.RUN__DEVICE:
				setDevice((String)newValue);
				return;
			case LmwPackage.RUN__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case LmwPackage.RUN__PROVENANCE:
				setProvenance((Provenance)newValue);
				return;
			case LmwPackage.RUN__SUMMARY:
				getSummary().clear();
				getSummary().addAll((Collection<? extends Parameter>)newValue);
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
			case LmwPackage.RUN__ID:
				setId(ID_EDEFAULT);
				return;
			case LmwPackage.RUN__EXPERIMENT_NAME:
				setExperimentName(EXPERIMENT_NAME_EDEFAULT);
				return;
			case LmwPackage.RUN__EXPERIMENT_FILE:
				setExperimentFile(EXPERIMENT_FILE_EDEFAULT);
				return;
			case LmwPackage.RUN__SWEEP_INDEX:
				setSweepIndex(SWEEP_INDEX_EDEFAULT);
				return;
			case LmwPackage.RUN__HYPERPARAMETERS:
				getHyperparameters().clear();
				return;
			case LmwPackage.RUN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case LmwPackage.RUN__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
			case LmwPackage.RUN__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case LmwPackage.RUN__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case LmwPackage.RUN__FINISHED_AT:
				setFinishedAt(FINISHED_AT_EDEFAULT);
				return;
			case LmwPackage.RUN__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case LmwPackage.RUN__TOTAL_STEPS:
				setTotalSteps(TOTAL_STEPS_EDEFAULT);
				return;
			case LmwPackage.RUN__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case LmwPackage.RUN__TAGS:
				getTags().clear();
				return;
			case LmwPackage.RUN__PROVENANCE:
				setProvenance((Provenance)null);
				return;
			case LmwPackage.RUN__SUMMARY:
				getSummary().clear();
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
			case LmwPackage.RUN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case LmwPackage.RUN__EXPERIMENT_NAME:
				return EXPERIMENT_NAME_EDEFAULT == null ? experimentName != null : !EXPERIMENT_NAME_EDEFAULT.equals(experimentName);
			case LmwPackage.RUN__EXPERIMENT_FILE:
				return EXPERIMENT_FILE_EDEFAULT == null ? experimentFile != null : !EXPERIMENT_FILE_EDEFAULT.equals(experimentFile);
			case LmwPackage.RUN__SWEEP_INDEX:
				return sweepIndex != SWEEP_INDEX_EDEFAULT;
			case LmwPackage.RUN__HYPERPARAMETERS:
				return hyperparameters != null && !hyperparameters.isEmpty();
			case LmwPackage.RUN__STATUS:
				return status != STATUS_EDEFAULT;
			case LmwPackage.RUN__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
			case LmwPackage.RUN__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case LmwPackage.RUN__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case LmwPackage.RUN__FINISHED_AT:
				return FINISHED_AT_EDEFAULT == null ? finishedAt != null : !FINISHED_AT_EDEFAULT.equals(finishedAt);
			case LmwPackage.RUN__STEPS:
				return steps != STEPS_EDEFAULT;
			case LmwPackage.RUN__TOTAL_STEPS:
				return totalSteps != TOTAL_STEPS_EDEFAULT;
			case LmwPackage.RUN__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case LmwPackage.RUN__TAGS:
				return tags != null && !tags.isEmpty();
			case LmwPackage.RUN__PROVENANCE:
				return provenance != null;
			case LmwPackage.RUN__SUMMARY:
				return summary != null && !summary.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", experimentName: ");
		result.append(experimentName);
		result.append(", experimentFile: ");
		result.append(experimentFile);
		result.append(", sweepIndex: ");
		result.append(sweepIndex);
		result.append(", status: ");
		result.append(status);
		result.append(", message: ");
		result.append(message);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", finishedAt: ");
		result.append(finishedAt);
		result.append(", steps: ");
		result.append(steps);
		result.append(", totalSteps: ");
		result.append(totalSteps);
		result.append(", device: ");
		result.append(device);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //RunImpl
