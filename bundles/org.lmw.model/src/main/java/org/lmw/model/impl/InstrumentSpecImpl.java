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

import org.lmw.model.DataScope;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.InstrumentTrigger;
import org.lmw.model.LmwPackage;
import org.lmw.model.Parameter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.InstrumentSpecImpl#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.lmw.model.impl.InstrumentSpecImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.lmw.model.impl.InstrumentSpecImpl#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link org.lmw.model.impl.InstrumentSpecImpl#getEvery <em>Every</em>}</li>
 *   <li>{@link org.lmw.model.impl.InstrumentSpecImpl#getDataScope <em>Data Scope</em>}</li>
 *   <li>{@link org.lmw.model.impl.InstrumentSpecImpl#getSubsetSize <em>Subset Size</em>}</li>
 *   <li>{@link org.lmw.model.impl.InstrumentSpecImpl#getBudgetFraction <em>Budget Fraction</em>}</li>
 *   <li>{@link org.lmw.model.impl.InstrumentSpecImpl#getParameters <em>Parameters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentSpecImpl extends MinimalEObjectImpl.Container implements InstrumentSpec {
	/**
	 * The default value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTRUMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstrumentId() <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstrumentId()
	 * @generated
	 * @ordered
	 */
	protected String instrumentId = INSTRUMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected static final InstrumentTrigger TRIGGER_EDEFAULT = InstrumentTrigger.EVERY_NSTEPS;

	/**
	 * The cached value of the '{@link #getTrigger() <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrigger()
	 * @generated
	 * @ordered
	 */
	protected InstrumentTrigger trigger = TRIGGER_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvery() <em>Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvery()
	 * @generated
	 * @ordered
	 */
	protected static final int EVERY_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getEvery() <em>Every</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvery()
	 * @generated
	 * @ordered
	 */
	protected int every = EVERY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataScope() <em>Data Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataScope()
	 * @generated
	 * @ordered
	 */
	protected static final DataScope DATA_SCOPE_EDEFAULT = DataScope.FIXED_BATCH;

	/**
	 * The cached value of the '{@link #getDataScope() <em>Data Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataScope()
	 * @generated
	 * @ordered
	 */
	protected DataScope dataScope = DATA_SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubsetSize() <em>Subset Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsetSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBSET_SIZE_EDEFAULT = 1024;

	/**
	 * The cached value of the '{@link #getSubsetSize() <em>Subset Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsetSize()
	 * @generated
	 * @ordered
	 */
	protected int subsetSize = SUBSET_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetFraction() <em>Budget Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double BUDGET_FRACTION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBudgetFraction() <em>Budget Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetFraction()
	 * @generated
	 * @ordered
	 */
	protected double budgetFraction = BUDGET_FRACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.INSTRUMENT_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstrumentId() {
		return instrumentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstrumentId(String newInstrumentId) {
		String oldInstrumentId = instrumentId;
		instrumentId = newInstrumentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.INSTRUMENT_SPEC__INSTRUMENT_ID, oldInstrumentId, instrumentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.INSTRUMENT_SPEC__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentTrigger getTrigger() {
		return trigger;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrigger(InstrumentTrigger newTrigger) {
		InstrumentTrigger oldTrigger = trigger;
		trigger = newTrigger == null ? TRIGGER_EDEFAULT : newTrigger;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.INSTRUMENT_SPEC__TRIGGER, oldTrigger, trigger));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEvery() {
		return every;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvery(int newEvery) {
		int oldEvery = every;
		every = newEvery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.INSTRUMENT_SPEC__EVERY, oldEvery, every));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataScope getDataScope() {
		return dataScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataScope(DataScope newDataScope) {
		DataScope oldDataScope = dataScope;
		dataScope = newDataScope == null ? DATA_SCOPE_EDEFAULT : newDataScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.INSTRUMENT_SPEC__DATA_SCOPE, oldDataScope, dataScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubsetSize() {
		return subsetSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsetSize(int newSubsetSize) {
		int oldSubsetSize = subsetSize;
		subsetSize = newSubsetSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.INSTRUMENT_SPEC__SUBSET_SIZE, oldSubsetSize, subsetSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBudgetFraction() {
		return budgetFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetFraction(double newBudgetFraction) {
		double oldBudgetFraction = budgetFraction;
		budgetFraction = newBudgetFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.INSTRUMENT_SPEC__BUDGET_FRACTION, oldBudgetFraction, budgetFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, LmwPackage.INSTRUMENT_SPEC__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LmwPackage.INSTRUMENT_SPEC__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
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
			case LmwPackage.INSTRUMENT_SPEC__INSTRUMENT_ID:
				return getInstrumentId();
			case LmwPackage.INSTRUMENT_SPEC__ENABLED:
				return isEnabled();
			case LmwPackage.INSTRUMENT_SPEC__TRIGGER:
				return getTrigger();
			case LmwPackage.INSTRUMENT_SPEC__EVERY:
				return getEvery();
			case LmwPackage.INSTRUMENT_SPEC__DATA_SCOPE:
				return getDataScope();
			case LmwPackage.INSTRUMENT_SPEC__SUBSET_SIZE:
				return getSubsetSize();
			case LmwPackage.INSTRUMENT_SPEC__BUDGET_FRACTION:
				return getBudgetFraction();
			case LmwPackage.INSTRUMENT_SPEC__PARAMETERS:
				return getParameters();
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
			case LmwPackage.INSTRUMENT_SPEC__INSTRUMENT_ID:
				setInstrumentId((String)newValue);
				return;
			case LmwPackage.INSTRUMENT_SPEC__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case LmwPackage.INSTRUMENT_SPEC__TRIGGER:
				setTrigger((InstrumentTrigger)newValue);
				return;
			case LmwPackage.INSTRUMENT_SPEC__EVERY:
				setEvery((Integer)newValue);
				return;
			case LmwPackage.INSTRUMENT_SPEC__DATA_SCOPE:
				setDataScope((DataScope)newValue);
				return;
			case LmwPackage.INSTRUMENT_SPEC__SUBSET_SIZE:
				setSubsetSize((Integer)newValue);
				return;
			case LmwPackage.INSTRUMENT_SPEC__BUDGET_FRACTION:
				setBudgetFraction((Double)newValue);
				return;
			case LmwPackage.INSTRUMENT_SPEC__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
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
			case LmwPackage.INSTRUMENT_SPEC__INSTRUMENT_ID:
				setInstrumentId(INSTRUMENT_ID_EDEFAULT);
				return;
			case LmwPackage.INSTRUMENT_SPEC__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case LmwPackage.INSTRUMENT_SPEC__TRIGGER:
				setTrigger(TRIGGER_EDEFAULT);
				return;
			case LmwPackage.INSTRUMENT_SPEC__EVERY:
				setEvery(EVERY_EDEFAULT);
				return;
			case LmwPackage.INSTRUMENT_SPEC__DATA_SCOPE:
				setDataScope(DATA_SCOPE_EDEFAULT);
				return;
			case LmwPackage.INSTRUMENT_SPEC__SUBSET_SIZE:
				setSubsetSize(SUBSET_SIZE_EDEFAULT);
				return;
			case LmwPackage.INSTRUMENT_SPEC__BUDGET_FRACTION:
				setBudgetFraction(BUDGET_FRACTION_EDEFAULT);
				return;
			case LmwPackage.INSTRUMENT_SPEC__PARAMETERS:
				getParameters().clear();
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
			case LmwPackage.INSTRUMENT_SPEC__INSTRUMENT_ID:
				return INSTRUMENT_ID_EDEFAULT == null ? instrumentId != null : !INSTRUMENT_ID_EDEFAULT.equals(instrumentId);
			case LmwPackage.INSTRUMENT_SPEC__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case LmwPackage.INSTRUMENT_SPEC__TRIGGER:
				return trigger != TRIGGER_EDEFAULT;
			case LmwPackage.INSTRUMENT_SPEC__EVERY:
				return every != EVERY_EDEFAULT;
			case LmwPackage.INSTRUMENT_SPEC__DATA_SCOPE:
				return dataScope != DATA_SCOPE_EDEFAULT;
			case LmwPackage.INSTRUMENT_SPEC__SUBSET_SIZE:
				return subsetSize != SUBSET_SIZE_EDEFAULT;
			case LmwPackage.INSTRUMENT_SPEC__BUDGET_FRACTION:
				return budgetFraction != BUDGET_FRACTION_EDEFAULT;
			case LmwPackage.INSTRUMENT_SPEC__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
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
		result.append(" (instrumentId: ");
		result.append(instrumentId);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", trigger: ");
		result.append(trigger);
		result.append(", every: ");
		result.append(every);
		result.append(", dataScope: ");
		result.append(dataScope);
		result.append(", subsetSize: ");
		result.append(subsetSize);
		result.append(", budgetFraction: ");
		result.append(budgetFraction);
		result.append(')');
		return result.toString();
	}

} //InstrumentSpecImpl
