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

import org.lmw.model.Evidence;
import org.lmw.model.LmwPackage;
import org.lmw.model.Parameter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.EvidenceImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.lmw.model.impl.EvidenceImpl#getEvaluatedAt <em>Evaluated At</em>}</li>
 *   <li>{@link org.lmw.model.impl.EvidenceImpl#getRunIds <em>Run Ids</em>}</li>
 *   <li>{@link org.lmw.model.impl.EvidenceImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceImpl extends MinimalEObjectImpl.Container implements Evidence {
	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvaluatedAt() <em>Evaluated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date EVALUATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvaluatedAt() <em>Evaluated At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvaluatedAt()
	 * @generated
	 * @ordered
	 */
	protected Date evaluatedAt = EVALUATED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRunIds() <em>Run Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> runIds;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> values;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.EVIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.EVIDENCE__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEvaluatedAt() {
		return evaluatedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvaluatedAt(Date newEvaluatedAt) {
		Date oldEvaluatedAt = evaluatedAt;
		evaluatedAt = newEvaluatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.EVIDENCE__EVALUATED_AT, oldEvaluatedAt, evaluatedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRunIds() {
		if (runIds == null) {
			runIds = new EDataTypeUniqueEList<String>(String.class, this, LmwPackage.EVIDENCE__RUN_IDS);
		}
		return runIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<Parameter>(Parameter.class, this, LmwPackage.EVIDENCE__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LmwPackage.EVIDENCE__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
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
			case LmwPackage.EVIDENCE__SUMMARY:
				return getSummary();
			case LmwPackage.EVIDENCE__EVALUATED_AT:
				return getEvaluatedAt();
			case LmwPackage.EVIDENCE__RUN_IDS:
				return getRunIds();
			case LmwPackage.EVIDENCE__VALUES:
				return getValues();
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
			case LmwPackage.EVIDENCE__SUMMARY:
				setSummary((String)newValue);
				return;
			case LmwPackage.EVIDENCE__EVALUATED_AT:
				setEvaluatedAt((Date)newValue);
				return;
			case LmwPackage.EVIDENCE__RUN_IDS:
				getRunIds().clear();
				getRunIds().addAll((Collection<? extends String>)newValue);
				return;
			case LmwPackage.EVIDENCE__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends Parameter>)newValue);
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
			case LmwPackage.EVIDENCE__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case LmwPackage.EVIDENCE__EVALUATED_AT:
				setEvaluatedAt(EVALUATED_AT_EDEFAULT);
				return;
			case LmwPackage.EVIDENCE__RUN_IDS:
				getRunIds().clear();
				return;
			case LmwPackage.EVIDENCE__VALUES:
				getValues().clear();
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
			case LmwPackage.EVIDENCE__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case LmwPackage.EVIDENCE__EVALUATED_AT:
				return EVALUATED_AT_EDEFAULT == null ? evaluatedAt != null : !EVALUATED_AT_EDEFAULT.equals(evaluatedAt);
			case LmwPackage.EVIDENCE__RUN_IDS:
				return runIds != null && !runIds.isEmpty();
			case LmwPackage.EVIDENCE__VALUES:
				return values != null && !values.isEmpty();
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
		result.append(" (summary: ");
		result.append(summary);
		result.append(", evaluatedAt: ");
		result.append(evaluatedAt);
		result.append(", runIds: ");
		result.append(runIds);
		result.append(')');
		return result.toString();
	}

} //EvidenceImpl
