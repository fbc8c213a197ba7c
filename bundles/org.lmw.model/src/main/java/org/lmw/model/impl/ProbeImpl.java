/**
 */
package org.lmw.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lmw.model.LmwPackage;
import org.lmw.model.Probe;
import org.lmw.model.ProbeKind;
import org.lmw.model.ProbeResult;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Probe</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.ProbeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeImpl#getRunId <em>Run Id</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeImpl#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeImpl#getTrainSplit <em>Train Split</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeImpl#getTestSplit <em>Test Split</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeImpl#isControlTask <em>Control Task</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProbeImpl#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProbeImpl extends MinimalEObjectImpl.Container implements Probe {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected static final String RUN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRunId() <em>Run Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunId()
	 * @generated
	 * @ordered
	 */
	protected String runId = RUN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayer() <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayer()
	 * @generated
	 * @ordered
	 */
	protected String layer = LAYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProbeKind KIND_EDEFAULT = ProbeKind.LINEAR_CLASSIFIER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProbeKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainSplit() <em>Train Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainSplit()
	 * @generated
	 * @ordered
	 */
	protected static final String TRAIN_SPLIT_EDEFAULT = "train";

	/**
	 * The cached value of the '{@link #getTrainSplit() <em>Train Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainSplit()
	 * @generated
	 * @ordered
	 */
	protected String trainSplit = TRAIN_SPLIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTestSplit() <em>Test Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestSplit()
	 * @generated
	 * @ordered
	 */
	protected static final String TEST_SPLIT_EDEFAULT = "test";

	/**
	 * The cached value of the '{@link #getTestSplit() <em>Test Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestSplit()
	 * @generated
	 * @ordered
	 */
	protected String testSplit = TEST_SPLIT_EDEFAULT;

	/**
	 * The default value of the '{@link #isControlTask() <em>Control Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isControlTask()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONTROL_TASK_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isControlTask() <em>Control Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isControlTask()
	 * @generated
	 * @ordered
	 */
	protected boolean controlTask = CONTROL_TASK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<ProbeResult> results;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProbeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.PROBE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRunId() {
		return runId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunId(String newRunId) {
		String oldRunId = runId;
		runId = newRunId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE__RUN_ID, oldRunId, runId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayer() {
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayer(String newLayer) {
		String oldLayer = layer;
		layer = newLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE__LAYER, oldLayer, layer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProbeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProbeKind newKind) {
		ProbeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTrainSplit() {
		return trainSplit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainSplit(String newTrainSplit) {
		String oldTrainSplit = trainSplit;
		trainSplit = newTrainSplit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE__TRAIN_SPLIT, oldTrainSplit, trainSplit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTestSplit() {
		return testSplit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestSplit(String newTestSplit) {
		String oldTestSplit = testSplit;
		testSplit = newTestSplit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE__TEST_SPLIT, oldTestSplit, testSplit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isControlTask() {
		return controlTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setControlTask(boolean newControlTask) {
		boolean oldControlTask = controlTask;
		controlTask = newControlTask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROBE__CONTROL_TASK, oldControlTask, controlTask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProbeResult> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<ProbeResult>(ProbeResult.class, this, LmwPackage.PROBE__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LmwPackage.PROBE__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
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
			case LmwPackage.PROBE__NAME:
				return getName();
			case LmwPackage.PROBE__RUN_ID:
				return getRunId();
			case LmwPackage.PROBE__LAYER:
				return getLayer();
			case LmwPackage.PROBE__TARGET:
				return getTarget();
			case LmwPackage.PROBE__KIND:
				return getKind();
			case LmwPackage.PROBE__TRAIN_SPLIT:
				return getTrainSplit();
			case LmwPackage.PROBE__TEST_SPLIT:
				return getTestSplit();
			case LmwPackage.PROBE__CONTROL_TASK:
				return isControlTask();
			case LmwPackage.PROBE__RESULTS:
				return getResults();
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
			case LmwPackage.PROBE__NAME:
				setName((String)newValue);
				return;
			case LmwPackage.PROBE__RUN_ID:
				setRunId((String)newValue);
				return;
			case LmwPackage.PROBE__LAYER:
				setLayer((String)newValue);
				return;
			case LmwPackage.PROBE__TARGET:
				setTarget((String)newValue);
				return;
			case LmwPackage.PROBE__KIND:
				setKind((ProbeKind)newValue);
				return;
			case LmwPackage.PROBE__TRAIN_SPLIT:
				setTrainSplit((String)newValue);
				return;
			case LmwPackage.PROBE__TEST_SPLIT:
				setTestSplit((String)newValue);
				return;
			case LmwPackage.PROBE__CONTROL_TASK:
				setControlTask((Boolean)newValue);
				return;
			case LmwPackage.PROBE__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends ProbeResult>)newValue);
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
			case LmwPackage.PROBE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LmwPackage.PROBE__RUN_ID:
				setRunId(RUN_ID_EDEFAULT);
				return;
			case LmwPackage.PROBE__LAYER:
				setLayer(LAYER_EDEFAULT);
				return;
			case LmwPackage.PROBE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case LmwPackage.PROBE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LmwPackage.PROBE__TRAIN_SPLIT:
				setTrainSplit(TRAIN_SPLIT_EDEFAULT);
				return;
			case LmwPackage.PROBE__TEST_SPLIT:
				setTestSplit(TEST_SPLIT_EDEFAULT);
				return;
			case LmwPackage.PROBE__CONTROL_TASK:
				setControlTask(CONTROL_TASK_EDEFAULT);
				return;
			case LmwPackage.PROBE__RESULTS:
				getResults().clear();
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
			case LmwPackage.PROBE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LmwPackage.PROBE__RUN_ID:
				return RUN_ID_EDEFAULT == null ? runId != null : !RUN_ID_EDEFAULT.equals(runId);
			case LmwPackage.PROBE__LAYER:
				return LAYER_EDEFAULT == null ? layer != null : !LAYER_EDEFAULT.equals(layer);
			case LmwPackage.PROBE__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case LmwPackage.PROBE__KIND:
				return kind != KIND_EDEFAULT;
			case LmwPackage.PROBE__TRAIN_SPLIT:
				return TRAIN_SPLIT_EDEFAULT == null ? trainSplit != null : !TRAIN_SPLIT_EDEFAULT.equals(trainSplit);
			case LmwPackage.PROBE__TEST_SPLIT:
				return TEST_SPLIT_EDEFAULT == null ? testSplit != null : !TEST_SPLIT_EDEFAULT.equals(testSplit);
			case LmwPackage.PROBE__CONTROL_TASK:
				return controlTask != CONTROL_TASK_EDEFAULT;
			case LmwPackage.PROBE__RESULTS:
				return results != null && !results.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", runId: ");
		result.append(runId);
		result.append(", layer: ");
		result.append(layer);
		result.append(", target: ");
		result.append(target);
		result.append(", kind: ");
		result.append(kind);
		result.append(", trainSplit: ");
		result.append(trainSplit);
		result.append(", testSplit: ");
		result.append(testSplit);
		result.append(", controlTask: ");
		result.append(controlTask);
		result.append(')');
		return result.toString();
	}

} //ProbeImpl
