/**
 */
package org.lmw.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lmw.model.LmwPackage;
import org.lmw.model.Provenance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.ProvenanceImpl#getProductVersion <em>Product Version</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProvenanceImpl#getEngineName <em>Engine Name</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProvenanceImpl#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProvenanceImpl#getDataChecksum <em>Data Checksum</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProvenanceImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProvenanceImpl#getDevice <em>Device</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProvenanceImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProvenanceImpl#getJavaVersion <em>Java Version</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProvenanceImpl#getHostName <em>Host Name</em>}</li>
 *   <li>{@link org.lmw.model.impl.ProvenanceImpl#getExperimentHash <em>Experiment Hash</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProvenanceImpl extends MinimalEObjectImpl.Container implements Provenance {
	/**
	 * The default value of the '{@link #getProductVersion() <em>Product Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String PRODUCT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProductVersion() <em>Product Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProductVersion()
	 * @generated
	 * @ordered
	 */
	protected String productVersion = PRODUCT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngineName() <em>Engine Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineName()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineName() <em>Engine Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineName()
	 * @generated
	 * @ordered
	 */
	protected String engineName = ENGINE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected String engineVersion = ENGINE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDataChecksum() <em>Data Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataChecksum()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_CHECKSUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataChecksum() <em>Data Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataChecksum()
	 * @generated
	 * @ordered
	 */
	protected String dataChecksum = DATA_CHECKSUM_EDEFAULT;

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
	 * The default value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int THREADS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected int threads = THREADS_EDEFAULT;

	/**
	 * The default value of the '{@link #getJavaVersion() <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJavaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String JAVA_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJavaVersion() <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJavaVersion()
	 * @generated
	 * @ordered
	 */
	protected String javaVersion = JAVA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHostName() <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostName()
	 * @generated
	 * @ordered
	 */
	protected static final String HOST_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostName() <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostName()
	 * @generated
	 * @ordered
	 */
	protected String hostName = HOST_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getExperimentHash() <em>Experiment Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPERIMENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExperimentHash() <em>Experiment Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperimentHash()
	 * @generated
	 * @ordered
	 */
	protected String experimentHash = EXPERIMENT_HASH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProvenanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.PROVENANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProductVersion() {
		return productVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProductVersion(String newProductVersion) {
		String oldProductVersion = productVersion;
		productVersion = newProductVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROVENANCE__PRODUCT_VERSION, oldProductVersion, productVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineName() {
		return engineName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineName(String newEngineName) {
		String oldEngineName = engineName;
		engineName = newEngineName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROVENANCE__ENGINE_NAME, oldEngineName, engineName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineVersion() {
		return engineVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineVersion(String newEngineVersion) {
		String oldEngineVersion = engineVersion;
		engineVersion = newEngineVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROVENANCE__ENGINE_VERSION, oldEngineVersion, engineVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataChecksum() {
		return dataChecksum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataChecksum(String newDataChecksum) {
		String oldDataChecksum = dataChecksum;
		dataChecksum = newDataChecksum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROVENANCE__DATA_CHECKSUM, oldDataChecksum, dataChecksum));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROVENANCE__SEED, oldSeed, seed));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROVENANCE__DEVICE, oldDevice, device));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getThreads() {
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreads(int newThreads) {
		int oldThreads = threads;
		threads = newThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROVENANCE__THREADS, oldThreads, threads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJavaVersion() {
		return javaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJavaVersion(String newJavaVersion) {
		String oldJavaVersion = javaVersion;
		javaVersion = newJavaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROVENANCE__JAVA_VERSION, oldJavaVersion, javaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostName() {
		return hostName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostName(String newHostName) {
		String oldHostName = hostName;
		hostName = newHostName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROVENANCE__HOST_NAME, oldHostName, hostName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExperimentHash() {
		return experimentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExperimentHash(String newExperimentHash) {
		String oldExperimentHash = experimentHash;
		experimentHash = newExperimentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.PROVENANCE__EXPERIMENT_HASH, oldExperimentHash, experimentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LmwPackage.PROVENANCE__PRODUCT_VERSION:
				return getProductVersion();
			case LmwPackage.PROVENANCE__ENGINE_NAME:
				return getEngineName();
			case LmwPackage.PROVENANCE__ENGINE_VERSION:
				return getEngineVersion();
			case LmwPackage.PROVENANCE__DATA_CHECKSUM:
				return getDataChecksum();
			case LmwPackage.PROVENANCE__SEED:
				return getSeed();
			case LmwPackage.PROVENANCE__DEVICE:
				return getDevice();
			case LmwPackage.PROVENANCE__THREADS:
				return getThreads();
			case LmwPackage.PROVENANCE__JAVA_VERSION:
				return getJavaVersion();
			case LmwPackage.PROVENANCE__HOST_NAME:
				return getHostName();
			case LmwPackage.PROVENANCE__EXPERIMENT_HASH:
				return getExperimentHash();
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
			case LmwPackage.PROVENANCE__PRODUCT_VERSION:
				setProductVersion((String)newValue);
				return;
			case LmwPackage.PROVENANCE__ENGINE_NAME:
				setEngineName((String)newValue);
				return;
			case LmwPackage.PROVENANCE__ENGINE_VERSION:
				setEngineVersion((String)newValue);
				return;
			case LmwPackage.PROVENANCE__DATA_CHECKSUM:
				setDataChecksum((String)newValue);
				return;
			case LmwPackage.PROVENANCE__SEED:
				setSeed((Long)newValue);
				return;
			case LmwPackage.PROVENANCE__DEVICE:
				setDevice((String)newValue);
				return;
			case LmwPackage.PROVENANCE__THREADS:
				setThreads((Integer)newValue);
				return;
			case LmwPackage.PROVENANCE__JAVA_VERSION:
				setJavaVersion((String)newValue);
				return;
			case LmwPackage.PROVENANCE__HOST_NAME:
				setHostName((String)newValue);
				return;
			case LmwPackage.PROVENANCE__EXPERIMENT_HASH:
				setExperimentHash((String)newValue);
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
			case LmwPackage.PROVENANCE__PRODUCT_VERSION:
				setProductVersion(PRODUCT_VERSION_EDEFAULT);
				return;
			case LmwPackage.PROVENANCE__ENGINE_NAME:
				setEngineName(ENGINE_NAME_EDEFAULT);
				return;
			case LmwPackage.PROVENANCE__ENGINE_VERSION:
				setEngineVersion(ENGINE_VERSION_EDEFAULT);
				return;
			case LmwPackage.PROVENANCE__DATA_CHECKSUM:
				setDataChecksum(DATA_CHECKSUM_EDEFAULT);
				return;
			case LmwPackage.PROVENANCE__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case LmwPackage.PROVENANCE__DEVICE:
				setDevice(DEVICE_EDEFAULT);
				return;
			case LmwPackage.PROVENANCE__THREADS:
				setThreads(THREADS_EDEFAULT);
				return;
			case LmwPackage.PROVENANCE__JAVA_VERSION:
				setJavaVersion(JAVA_VERSION_EDEFAULT);
				return;
			case LmwPackage.PROVENANCE__HOST_NAME:
				setHostName(HOST_NAME_EDEFAULT);
				return;
			case LmwPackage.PROVENANCE__EXPERIMENT_HASH:
				setExperimentHash(EXPERIMENT_HASH_EDEFAULT);
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
			case LmwPackage.PROVENANCE__PRODUCT_VERSION:
				return PRODUCT_VERSION_EDEFAULT == null ? productVersion != null : !PRODUCT_VERSION_EDEFAULT.equals(productVersion);
			case LmwPackage.PROVENANCE__ENGINE_NAME:
				return ENGINE_NAME_EDEFAULT == null ? engineName != null : !ENGINE_NAME_EDEFAULT.equals(engineName);
			case LmwPackage.PROVENANCE__ENGINE_VERSION:
				return ENGINE_VERSION_EDEFAULT == null ? engineVersion != null : !ENGINE_VERSION_EDEFAULT.equals(engineVersion);
			case LmwPackage.PROVENANCE__DATA_CHECKSUM:
				return DATA_CHECKSUM_EDEFAULT == null ? dataChecksum != null : !DATA_CHECKSUM_EDEFAULT.equals(dataChecksum);
			case LmwPackage.PROVENANCE__SEED:
				return seed != SEED_EDEFAULT;
			case LmwPackage.PROVENANCE__DEVICE:
				return DEVICE_EDEFAULT == null ? device != null : !DEVICE_EDEFAULT.equals(device);
			case LmwPackage.PROVENANCE__THREADS:
				return threads != THREADS_EDEFAULT;
			case LmwPackage.PROVENANCE__JAVA_VERSION:
				return JAVA_VERSION_EDEFAULT == null ? javaVersion != null : !JAVA_VERSION_EDEFAULT.equals(javaVersion);
			case LmwPackage.PROVENANCE__HOST_NAME:
				return HOST_NAME_EDEFAULT == null ? hostName != null : !HOST_NAME_EDEFAULT.equals(hostName);
			case LmwPackage.PROVENANCE__EXPERIMENT_HASH:
				return EXPERIMENT_HASH_EDEFAULT == null ? experimentHash != null : !EXPERIMENT_HASH_EDEFAULT.equals(experimentHash);
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
		result.append(" (productVersion: ");
		result.append(productVersion);
		result.append(", engineName: ");
		result.append(engineName);
		result.append(", engineVersion: ");
		result.append(engineVersion);
		result.append(", dataChecksum: ");
		result.append(dataChecksum);
		result.append(", seed: ");
		result.append(seed);
		result.append(", device: ");
		result.append(device);
		result.append(", threads: ");
		result.append(threads);
		result.append(", javaVersion: ");
		result.append(javaVersion);
		result.append(", hostName: ");
		result.append(hostName);
		result.append(", experimentHash: ");
		result.append(experimentHash);
		result.append(')');
		return result.toString();
	}

} //ProvenanceImpl
