/**
 */
package org.lmw.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.lmw.model.Experiment;
import org.lmw.model.LmwPackage;
import org.lmw.model.Notebook;
import org.lmw.model.Run;
import org.lmw.model.Workspace;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.WorkspaceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lmw.model.impl.WorkspaceImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.lmw.model.impl.WorkspaceImpl#getExperiments <em>Experiments</em>}</li>
 *   <li>{@link org.lmw.model.impl.WorkspaceImpl#getNotebooks <em>Notebooks</em>}</li>
 *   <li>{@link org.lmw.model.impl.WorkspaceImpl#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkspaceImpl extends MinimalEObjectImpl.Container implements Workspace {
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
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExperiments() <em>Experiments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiments()
	 * @generated
	 * @ordered
	 */
	protected EList<Experiment> experiments;

	/**
	 * The cached value of the '{@link #getNotebooks() <em>Notebooks</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotebooks()
	 * @generated
	 * @ordered
	 */
	protected EList<Notebook> notebooks;

	/**
	 * The cached value of the '{@link #getRuns() <em>Runs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<Run> runs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkspaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.WORKSPACE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.WORKSPACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.WORKSPACE__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Experiment> getExperiments() {
		if (experiments == null) {
			experiments = new EObjectResolvingEList<Experiment>(Experiment.class, this, LmwPackage.WORKSPACE__EXPERIMENTS);
		}
		return experiments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Notebook> getNotebooks() {
		if (notebooks == null) {
			notebooks = new EObjectResolvingEList<Notebook>(Notebook.class, this, LmwPackage.WORKSPACE__NOTEBOOKS);
		}
		return notebooks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Run> getRuns() {
		if (runs == null) {
			runs = new EObjectResolvingEList<Run>(Run.class, this, LmwPackage.WORKSPACE__RUNS);
		}
		return runs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LmwPackage.WORKSPACE__NAME:
				return getName();
			case LmwPackage.WORKSPACE__LOCATION:
				return getLocation();
			case LmwPackage.WORKSPACE__EXPERIMENTS:
				return getExperiments();
			case LmwPackage.WORKSPACE__NOTEBOOKS:
				return getNotebooks();
			case LmwPackage.WORKSPACE__RUNS:
				return getRuns();
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
			case LmwPackage.WORKSPACE__NAME:
				setName((String)newValue);
				return;
			case LmwPackage.WORKSPACE__LOCATION:
				setLocation((String)newValue);
				return;
			case LmwPackage.WORKSPACE__EXPERIMENTS:
				getExperiments().clear();
				getExperiments().addAll((Collection<? extends Experiment>)newValue);
				return;
			case LmwPackage.WORKSPACE__NOTEBOOKS:
				getNotebooks().clear();
				getNotebooks().addAll((Collection<? extends Notebook>)newValue);
				return;
			case LmwPackage.WORKSPACE__RUNS:
				getRuns().clear();
				getRuns().addAll((Collection<? extends Run>)newValue);
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
			case LmwPackage.WORKSPACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LmwPackage.WORKSPACE__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case LmwPackage.WORKSPACE__EXPERIMENTS:
				getExperiments().clear();
				return;
			case LmwPackage.WORKSPACE__NOTEBOOKS:
				getNotebooks().clear();
				return;
			case LmwPackage.WORKSPACE__RUNS:
				getRuns().clear();
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
			case LmwPackage.WORKSPACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LmwPackage.WORKSPACE__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case LmwPackage.WORKSPACE__EXPERIMENTS:
				return experiments != null && !experiments.isEmpty();
			case LmwPackage.WORKSPACE__NOTEBOOKS:
				return notebooks != null && !notebooks.isEmpty();
			case LmwPackage.WORKSPACE__RUNS:
				return runs != null && !runs.isEmpty();
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
		result.append(", location: ");
		result.append(location);
		result.append(')');
		return result.toString();
	}

} //WorkspaceImpl
