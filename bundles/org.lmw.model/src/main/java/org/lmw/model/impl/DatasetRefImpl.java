/**
 */
package org.lmw.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lmw.model.DatasetRef;
import org.lmw.model.LmwPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dataset Ref</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.DatasetRefImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lmw.model.impl.DatasetRefImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.lmw.model.impl.DatasetRefImpl#getTrainSize <em>Train Size</em>}</li>
 *   <li>{@link org.lmw.model.impl.DatasetRefImpl#getTestSize <em>Test Size</em>}</li>
 *   <li>{@link org.lmw.model.impl.DatasetRefImpl#getInputDimension <em>Input Dimension</em>}</li>
 *   <li>{@link org.lmw.model.impl.DatasetRefImpl#getOutputDimension <em>Output Dimension</em>}</li>
 *   <li>{@link org.lmw.model.impl.DatasetRefImpl#getNoise <em>Noise</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatasetRefImpl extends MinimalEObjectImpl.Container implements DatasetRef {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = "fashion-mnist";

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
	 * The default value of the '{@link #getTrainSize() <em>Train Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainSize()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAIN_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrainSize() <em>Train Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainSize()
	 * @generated
	 * @ordered
	 */
	protected int trainSize = TRAIN_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTestSize() <em>Test Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestSize()
	 * @generated
	 * @ordered
	 */
	protected static final int TEST_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTestSize() <em>Test Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestSize()
	 * @generated
	 * @ordered
	 */
	protected int testSize = TEST_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputDimension() <em>Input Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDimension()
	 * @generated
	 * @ordered
	 */
	protected static final int INPUT_DIMENSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getInputDimension() <em>Input Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputDimension()
	 * @generated
	 * @ordered
	 */
	protected int inputDimension = INPUT_DIMENSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputDimension() <em>Output Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDimension()
	 * @generated
	 * @ordered
	 */
	protected static final int OUTPUT_DIMENSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOutputDimension() <em>Output Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputDimension()
	 * @generated
	 * @ordered
	 */
	protected int outputDimension = OUTPUT_DIMENSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoise() <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoise()
	 * @generated
	 * @ordered
	 */
	protected static final double NOISE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getNoise() <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoise()
	 * @generated
	 * @ordered
	 */
	protected double noise = NOISE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatasetRefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.DATASET_REF;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.DATASET_REF__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.DATASET_REF__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrainSize() {
		return trainSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainSize(int newTrainSize) {
		int oldTrainSize = trainSize;
		trainSize = newTrainSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.DATASET_REF__TRAIN_SIZE, oldTrainSize, trainSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTestSize() {
		return testSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestSize(int newTestSize) {
		int oldTestSize = testSize;
		testSize = newTestSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.DATASET_REF__TEST_SIZE, oldTestSize, testSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInputDimension() {
		return inputDimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputDimension(int newInputDimension) {
		int oldInputDimension = inputDimension;
		inputDimension = newInputDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.DATASET_REF__INPUT_DIMENSION, oldInputDimension, inputDimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOutputDimension() {
		return outputDimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputDimension(int newOutputDimension) {
		int oldOutputDimension = outputDimension;
		outputDimension = newOutputDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.DATASET_REF__OUTPUT_DIMENSION, oldOutputDimension, outputDimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNoise() {
		return noise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoise(double newNoise) {
		double oldNoise = noise;
		noise = newNoise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.DATASET_REF__NOISE, oldNoise, noise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LmwPackage.DATASET_REF__NAME:
				return getName();
			case LmwPackage.DATASET_REF__LOCATION:
				return getLocation();
			case LmwPackage.DATASET_REF__TRAIN_SIZE:
				return getTrainSize();
			case LmwPackage.DATASET_REF__TEST_SIZE:
				return getTestSize();
			case LmwPackage.DATASET_REF__INPUT_DIMENSION:
				return getInputDimension();
			case LmwPackage.DATASET_REF__OUTPUT_DIMENSION:
				return getOutputDimension();
			case LmwPackage.DATASET_REF__NOISE:
				return getNoise();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LmwPackage.DATASET_REF__NAME:
				setName((String)newValue);
				return;
			case LmwPackage.DATASET_REF__LOCATION:
				setLocation((String)newValue);
				return;
			case LmwPackage.DATASET_REF__TRAIN_SIZE:
				setTrainSize((Integer)newValue);
				return;
			case LmwPackage.DATASET_REF__TEST_SIZE:
				setTestSize((Integer)newValue);
				return;
			case LmwPackage.DATASET_REF__INPUT_DIMENSION:
				setInputDimension((Integer)newValue);
				return;
			case LmwPackage.DATASET_REF__OUTPUT_DIMENSION:
				setOutputDimension((Integer)newValue);
				return;
			case LmwPackage.DATASET_REF__NOISE:
				setNoise((Double)newValue);
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
			case LmwPackage.DATASET_REF__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LmwPackage.DATASET_REF__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case LmwPackage.DATASET_REF__TRAIN_SIZE:
				setTrainSize(TRAIN_SIZE_EDEFAULT);
				return;
			case LmwPackage.DATASET_REF__TEST_SIZE:
				setTestSize(TEST_SIZE_EDEFAULT);
				return;
			case LmwPackage.DATASET_REF__INPUT_DIMENSION:
				setInputDimension(INPUT_DIMENSION_EDEFAULT);
				return;
			case LmwPackage.DATASET_REF__OUTPUT_DIMENSION:
				setOutputDimension(OUTPUT_DIMENSION_EDEFAULT);
				return;
			case LmwPackage.DATASET_REF__NOISE:
				setNoise(NOISE_EDEFAULT);
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
			case LmwPackage.DATASET_REF__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LmwPackage.DATASET_REF__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case LmwPackage.DATASET_REF__TRAIN_SIZE:
				return trainSize != TRAIN_SIZE_EDEFAULT;
			case LmwPackage.DATASET_REF__TEST_SIZE:
				return testSize != TEST_SIZE_EDEFAULT;
			case LmwPackage.DATASET_REF__INPUT_DIMENSION:
				return inputDimension != INPUT_DIMENSION_EDEFAULT;
			case LmwPackage.DATASET_REF__OUTPUT_DIMENSION:
				return outputDimension != OUTPUT_DIMENSION_EDEFAULT;
			case LmwPackage.DATASET_REF__NOISE:
				return noise != NOISE_EDEFAULT;
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
		result.append(", trainSize: ");
		result.append(trainSize);
		result.append(", testSize: ");
		result.append(testSize);
		result.append(", inputDimension: ");
		result.append(inputDimension);
		result.append(", outputDimension: ");
		result.append(outputDimension);
		result.append(", noise: ");
		result.append(noise);
		result.append(')');
		return result.toString();
	}

} //DatasetRefImpl
