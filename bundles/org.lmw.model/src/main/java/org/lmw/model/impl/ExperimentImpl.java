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

import org.lmw.model.DatasetRef;
import org.lmw.model.Experiment;
import org.lmw.model.InstrumentSpec;
import org.lmw.model.LmwPackage;
import org.lmw.model.ModelSpec;
import org.lmw.model.OptimizerSpec;
import org.lmw.model.Sweep;
import org.lmw.model.TrainingSpec;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.ExperimentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lmw.model.impl.ExperimentImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.lmw.model.impl.ExperimentImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.lmw.model.impl.ExperimentImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.lmw.model.impl.ExperimentImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.lmw.model.impl.ExperimentImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.lmw.model.impl.ExperimentImpl#getOptimizer <em>Optimizer</em>}</li>
 *   <li>{@link org.lmw.model.impl.ExperimentImpl#getTraining <em>Training</em>}</li>
 *   <li>{@link org.lmw.model.impl.ExperimentImpl#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.lmw.model.impl.ExperimentImpl#getSweep <em>Sweep</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExperimentImpl extends MinimalEObjectImpl.Container implements Experiment {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

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
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected DatasetRef dataset;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected ModelSpec model;

	/**
	 * The cached value of the '{@link #getOptimizer() <em>Optimizer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptimizer()
	 * @generated
	 * @ordered
	 */
	protected OptimizerSpec optimizer;

	/**
	 * The cached value of the '{@link #getTraining() <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTraining()
	 * @generated
	 * @ordered
	 */
	protected TrainingSpec training;

	/**
	 * The cached value of the '{@link #getInstruments() <em>Instruments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstruments()
	 * @generated
	 * @ordered
	 */
	protected EList<InstrumentSpec> instruments;

	/**
	 * The cached value of the '{@link #getSweep() <em>Sweep</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSweep()
	 * @generated
	 * @ordered
	 */
	protected Sweep sweep;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExperimentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.EXPERIMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, LmwPackage.EXPERIMENT__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetRef getDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDataset(DatasetRef newDataset, NotificationChain msgs) {
		DatasetRef oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__DATASET, oldDataset, newDataset);
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
	public void setDataset(DatasetRef newDataset) {
		if (newDataset != dataset) {
			NotificationChain msgs = null;
			if (dataset != null)
				msgs = ((InternalEObject)dataset).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LmwPackage.EXPERIMENT__DATASET, null, msgs);
			if (newDataset != null)
				msgs = ((InternalEObject)newDataset).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LmwPackage.EXPERIMENT__DATASET, null, msgs);
			msgs = basicSetDataset(newDataset, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__DATASET, newDataset, newDataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelSpec getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetModel(ModelSpec newModel, NotificationChain msgs) {
		ModelSpec oldModel = model;
		model = newModel;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__MODEL, oldModel, newModel);
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
	public void setModel(ModelSpec newModel) {
		if (newModel != model) {
			NotificationChain msgs = null;
			if (model != null)
				msgs = ((InternalEObject)model).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LmwPackage.EXPERIMENT__MODEL, null, msgs);
			if (newModel != null)
				msgs = ((InternalEObject)newModel).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LmwPackage.EXPERIMENT__MODEL, null, msgs);
			msgs = basicSetModel(newModel, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__MODEL, newModel, newModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizerSpec getOptimizer() {
		return optimizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOptimizer(OptimizerSpec newOptimizer, NotificationChain msgs) {
		OptimizerSpec oldOptimizer = optimizer;
		optimizer = newOptimizer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__OPTIMIZER, oldOptimizer, newOptimizer);
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
	public void setOptimizer(OptimizerSpec newOptimizer) {
		if (newOptimizer != optimizer) {
			NotificationChain msgs = null;
			if (optimizer != null)
				msgs = ((InternalEObject)optimizer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LmwPackage.EXPERIMENT__OPTIMIZER, null, msgs);
			if (newOptimizer != null)
				msgs = ((InternalEObject)newOptimizer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LmwPackage.EXPERIMENT__OPTIMIZER, null, msgs);
			msgs = basicSetOptimizer(newOptimizer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__OPTIMIZER, newOptimizer, newOptimizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingSpec getTraining() {
		return training;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTraining(TrainingSpec newTraining, NotificationChain msgs) {
		TrainingSpec oldTraining = training;
		training = newTraining;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__TRAINING, oldTraining, newTraining);
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
	public void setTraining(TrainingSpec newTraining) {
		if (newTraining != training) {
			NotificationChain msgs = null;
			if (training != null)
				msgs = ((InternalEObject)training).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LmwPackage.EXPERIMENT__TRAINING, null, msgs);
			if (newTraining != null)
				msgs = ((InternalEObject)newTraining).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LmwPackage.EXPERIMENT__TRAINING, null, msgs);
			msgs = basicSetTraining(newTraining, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__TRAINING, newTraining, newTraining));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InstrumentSpec> getInstruments() {
		if (instruments == null) {
			instruments = new EObjectContainmentEList<InstrumentSpec>(InstrumentSpec.class, this, LmwPackage.EXPERIMENT__INSTRUMENTS);
		}
		return instruments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sweep getSweep() {
		return sweep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSweep(Sweep newSweep, NotificationChain msgs) {
		Sweep oldSweep = sweep;
		sweep = newSweep;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__SWEEP, oldSweep, newSweep);
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
	public void setSweep(Sweep newSweep) {
		if (newSweep != sweep) {
			NotificationChain msgs = null;
			if (sweep != null)
				msgs = ((InternalEObject)sweep).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LmwPackage.EXPERIMENT__SWEEP, null, msgs);
			if (newSweep != null)
				msgs = ((InternalEObject)newSweep).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LmwPackage.EXPERIMENT__SWEEP, null, msgs);
			msgs = basicSetSweep(newSweep, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.EXPERIMENT__SWEEP, newSweep, newSweep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LmwPackage.EXPERIMENT__DATASET:
				return basicSetDataset(null, msgs);
			case LmwPackage.EXPERIMENT__MODEL:
				return basicSetModel(null, msgs);
			case LmwPackage.EXPERIMENT__OPTIMIZER:
				return basicSetOptimizer(null, msgs);
			case LmwPackage.EXPERIMENT__TRAINING:
				return basicSetTraining(null, msgs);
			case LmwPackage.EXPERIMENT__INSTRUMENTS:
				return ((InternalEList<?>)getInstruments()).basicRemove(otherEnd, msgs);
			case LmwPackage.EXPERIMENT__SWEEP:
				return basicSetSweep(null, msgs);
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
			case LmwPackage.EXPERIMENT__NAME:
				return getName();
			case LmwPackage.EXPERIMENT__DESCRIPTION:
				return getDescription();
			case LmwPackage.EXPERIMENT__SEED:
				return getSeed();
			case LmwPackage.EXPERIMENT__TAGS:
				return getTags();
			case LmwPackage.EXPERIMENT__DATASET:
				return getDataset();
			case LmwPackage.EXPERIMENT__MODEL:
				return getModel();
			case LmwPackage.EXPERIMENT__OPTIMIZER:
				return getOptimizer();
			case LmwPackage.EXPERIMENT__TRAINING:
				return getTraining();
			case LmwPackage.EXPERIMENT__INSTRUMENTS:
				return getInstruments();
			case LmwPackage.EXPERIMENT__SWEEP:
				return getSweep();
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
			case LmwPackage.EXPERIMENT__NAME:
				setName((String)newValue);
				return;
			case LmwPackage.EXPERIMENT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LmwPackage.EXPERIMENT__SEED:
				setSeed((Long)newValue);
				return;
			case LmwPackage.EXPERIMENT__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case LmwPackage.EXPERIMENT__DATASET:
				setDataset((DatasetRef)newValue);
				return;
			case LmwPackage.EXPERIMENT__MODEL:
				setModel((ModelSpec)newValue);
				return;
			case LmwPackage.EXPERIMENT__OPTIMIZER:
				setOptimizer((OptimizerSpec)newValue);
				return;
			case LmwPackage.EXPERIMENT__TRAINING:
				setTraining((TrainingSpec)newValue);
				return;
			case LmwPackage.EXPERIMENT__INSTRUMENTS:
				getInstruments().clear();
				getInstruments().addAll((Collection<? extends InstrumentSpec>)newValue);
				return;
			case LmwPackage.EXPERIMENT__SWEEP:
				setSweep((Sweep)newValue);
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
			case LmwPackage.EXPERIMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LmwPackage.EXPERIMENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LmwPackage.EXPERIMENT__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case LmwPackage.EXPERIMENT__TAGS:
				getTags().clear();
				return;
			case LmwPackage.EXPERIMENT__DATASET:
				setDataset((DatasetRef)null);
				return;
			case LmwPackage.EXPERIMENT__MODEL:
				setModel((ModelSpec)null);
				return;
			case LmwPackage.EXPERIMENT__OPTIMIZER:
				setOptimizer((OptimizerSpec)null);
				return;
			case LmwPackage.EXPERIMENT__TRAINING:
				setTraining((TrainingSpec)null);
				return;
			case LmwPackage.EXPERIMENT__INSTRUMENTS:
				getInstruments().clear();
				return;
			case LmwPackage.EXPERIMENT__SWEEP:
				setSweep((Sweep)null);
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
			case LmwPackage.EXPERIMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LmwPackage.EXPERIMENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LmwPackage.EXPERIMENT__SEED:
				return seed != SEED_EDEFAULT;
			case LmwPackage.EXPERIMENT__TAGS:
				return tags != null && !tags.isEmpty();
			case LmwPackage.EXPERIMENT__DATASET:
				return dataset != null;
			case LmwPackage.EXPERIMENT__MODEL:
				return model != null;
			case LmwPackage.EXPERIMENT__OPTIMIZER:
				return optimizer != null;
			case LmwPackage.EXPERIMENT__TRAINING:
				return training != null;
			case LmwPackage.EXPERIMENT__INSTRUMENTS:
				return instruments != null && !instruments.isEmpty();
			case LmwPackage.EXPERIMENT__SWEEP:
				return sweep != null;
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
		result.append(", description: ");
		result.append(description);
		result.append(", seed: ");
		result.append(seed);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //ExperimentImpl
