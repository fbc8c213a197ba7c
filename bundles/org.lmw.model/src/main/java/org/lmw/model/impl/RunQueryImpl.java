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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lmw.model.LmwPackage;
import org.lmw.model.Parameter;
import org.lmw.model.RunQuery;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Query</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.RunQueryImpl#getExperiment <em>Experiment</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunQueryImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.lmw.model.impl.RunQueryImpl#getSweepValues <em>Sweep Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunQueryImpl extends MinimalEObjectImpl.Container implements RunQuery {
	/**
	 * The default value of the '{@link #getExperiment() <em>Experiment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiment()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPERIMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExperiment() <em>Experiment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiment()
	 * @generated
	 * @ordered
	 */
	protected String experiment = EXPERIMENT_EDEFAULT;

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
	 * The cached value of the '{@link #getSweepValues() <em>Sweep Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweepValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> sweepValues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunQueryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.RUN_QUERY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExperiment() {
		return experiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperiment(String newExperiment) {
		String oldExperiment = experiment;
		experiment = newExperiment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.RUN_QUERY__EXPERIMENT, oldExperiment, experiment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, LmwPackage.RUN_QUERY__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getSweepValues() {
		if (sweepValues == null) {
			sweepValues = new EObjectContainmentEList<Parameter>(Parameter.class, this, LmwPackage.RUN_QUERY__SWEEP_VALUES);
		}
		return sweepValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LmwPackage.RUN_QUERY__SWEEP_VALUES:
				return ((InternalEList<?>)getSweepValues()).basicRemove(otherEnd, msgs);
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
			case LmwPackage.RUN_QUERY__EXPERIMENT:
				return getExperiment();
			case LmwPackage.RUN_QUERY__TAGS:
				return getTags();
			case LmwPackage.RUN_QUERY__SWEEP_VALUES:
				return getSweepValues();
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
			case LmwPackage.RUN_QUERY__EXPERIMENT:
				setExperiment((String)newValue);
				return;
			case LmwPackage.RUN_QUERY__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case LmwPackage.RUN_QUERY__SWEEP_VALUES:
				getSweepValues().clear();
				getSweepValues().addAll((Collection<? extends Parameter>)newValue);
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
			case LmwPackage.RUN_QUERY__EXPERIMENT:
				setExperiment(EXPERIMENT_EDEFAULT);
				return;
			case LmwPackage.RUN_QUERY__TAGS:
				getTags().clear();
				return;
			case LmwPackage.RUN_QUERY__SWEEP_VALUES:
				getSweepValues().clear();
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
			case LmwPackage.RUN_QUERY__EXPERIMENT:
				return EXPERIMENT_EDEFAULT == null ? experiment != null : !EXPERIMENT_EDEFAULT.equals(experiment);
			case LmwPackage.RUN_QUERY__TAGS:
				return tags != null && !tags.isEmpty();
			case LmwPackage.RUN_QUERY__SWEEP_VALUES:
				return sweepValues != null && !sweepValues.isEmpty();
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
		result.append(" (experiment: ");
		result.append(experiment);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //RunQueryImpl
