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

import org.lmw.model.AttributionMethod;
import org.lmw.model.CircuitEdge;
import org.lmw.model.CircuitGraph;
import org.lmw.model.CircuitNode;
import org.lmw.model.LmwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Circuit Graph</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.CircuitGraphImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lmw.model.impl.CircuitGraphImpl#getRunId <em>Run Id</em>}</li>
 *   <li>{@link org.lmw.model.impl.CircuitGraphImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.lmw.model.impl.CircuitGraphImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.lmw.model.impl.CircuitGraphImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.lmw.model.impl.CircuitGraphImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.lmw.model.impl.CircuitGraphImpl#getEdges <em>Edges</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CircuitGraphImpl extends MinimalEObjectImpl.Container implements CircuitGraph {
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
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final AttributionMethod METHOD_EDEFAULT = AttributionMethod.ACTIVATION_PATCHING;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected AttributionMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected String baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected double threshold = THRESHOLD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<CircuitNode> nodes;

	/**
	 * The cached value of the '{@link #getEdges() <em>Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<CircuitEdge> edges;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CircuitGraphImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.CIRCUIT_GRAPH;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.CIRCUIT_GRAPH__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.CIRCUIT_GRAPH__RUN_ID, oldRunId, runId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributionMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(AttributionMethod newMethod) {
		AttributionMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.CIRCUIT_GRAPH__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(String newBaseline) {
		String oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.CIRCUIT_GRAPH__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(double newThreshold) {
		double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.CIRCUIT_GRAPH__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CircuitNode> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<CircuitNode>(CircuitNode.class, this, LmwPackage.CIRCUIT_GRAPH__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CircuitEdge> getEdges() {
		if (edges == null) {
			edges = new EObjectContainmentEList<CircuitEdge>(CircuitEdge.class, this, LmwPackage.CIRCUIT_GRAPH__EDGES);
		}
		return edges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LmwPackage.CIRCUIT_GRAPH__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case LmwPackage.CIRCUIT_GRAPH__EDGES:
				return ((InternalEList<?>)getEdges()).basicRemove(otherEnd, msgs);
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
			case LmwPackage.CIRCUIT_GRAPH__NAME:
				return getName();
			case LmwPackage.CIRCUIT_GRAPH__RUN_ID:
				return getRunId();
			case LmwPackage.CIRCUIT_GRAPH__METHOD:
				return getMethod();
			case LmwPackage.CIRCUIT_GRAPH__BASELINE:
				return getBaseline();
			case LmwPackage.CIRCUIT_GRAPH__THRESHOLD:
				return getThreshold();
			case LmwPackage.CIRCUIT_GRAPH__NODES:
				return getNodes();
			case LmwPackage.CIRCUIT_GRAPH__EDGES:
				return getEdges();
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
			case LmwPackage.CIRCUIT_GRAPH__NAME:
				setName((String)newValue);
				return;
			case LmwPackage.CIRCUIT_GRAPH__RUN_ID:
				setRunId((String)newValue);
				return;
			case LmwPackage.CIRCUIT_GRAPH__METHOD:
				setMethod((AttributionMethod)newValue);
				return;
			case LmwPackage.CIRCUIT_GRAPH__BASELINE:
				setBaseline((String)newValue);
				return;
			case LmwPackage.CIRCUIT_GRAPH__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case LmwPackage.CIRCUIT_GRAPH__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends CircuitNode>)newValue);
				return;
			case LmwPackage.CIRCUIT_GRAPH__EDGES:
				getEdges().clear();
				getEdges().addAll((Collection<? extends CircuitEdge>)newValue);
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
			case LmwPackage.CIRCUIT_GRAPH__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LmwPackage.CIRCUIT_GRAPH__RUN_ID:
				setRunId(RUN_ID_EDEFAULT);
				return;
			case LmwPackage.CIRCUIT_GRAPH__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case LmwPackage.CIRCUIT_GRAPH__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case LmwPackage.CIRCUIT_GRAPH__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case LmwPackage.CIRCUIT_GRAPH__NODES:
				getNodes().clear();
				return;
			case LmwPackage.CIRCUIT_GRAPH__EDGES:
				getEdges().clear();
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
			case LmwPackage.CIRCUIT_GRAPH__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LmwPackage.CIRCUIT_GRAPH__RUN_ID:
				return RUN_ID_EDEFAULT == null ? runId != null : !RUN_ID_EDEFAULT.equals(runId);
			case LmwPackage.CIRCUIT_GRAPH__METHOD:
				return method != METHOD_EDEFAULT;
			case LmwPackage.CIRCUIT_GRAPH__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case LmwPackage.CIRCUIT_GRAPH__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
			case LmwPackage.CIRCUIT_GRAPH__NODES:
				return nodes != null && !nodes.isEmpty();
			case LmwPackage.CIRCUIT_GRAPH__EDGES:
				return edges != null && !edges.isEmpty();
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
		result.append(", method: ");
		result.append(method);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(')');
		return result.toString();
	}

} //CircuitGraphImpl
