/**
 */
package org.lmw.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.Provenance#getProductVersion <em>Product Version</em>}</li>
 *   <li>{@link org.lmw.model.Provenance#getEngineName <em>Engine Name</em>}</li>
 *   <li>{@link org.lmw.model.Provenance#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link org.lmw.model.Provenance#getDataChecksum <em>Data Checksum</em>}</li>
 *   <li>{@link org.lmw.model.Provenance#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.lmw.model.Provenance#getDevice <em>Device</em>}</li>
 *   <li>{@link org.lmw.model.Provenance#getThreads <em>Threads</em>}</li>
 *   <li>{@link org.lmw.model.Provenance#getJavaVersion <em>Java Version</em>}</li>
 *   <li>{@link org.lmw.model.Provenance#getHostName <em>Host Name</em>}</li>
 *   <li>{@link org.lmw.model.Provenance#getExperimentHash <em>Experiment Hash</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getProvenance()
 * @model
 * @generated
 */
public interface Provenance extends EObject {
	/**
	 * Returns the value of the '<em><b>Product Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product Version</em>' attribute.
	 * @see #setProductVersion(String)
	 * @see org.lmw.model.LmwPackage#getProvenance_ProductVersion()
	 * @model
	 * @generated
	 */
	String getProductVersion();

	/**
	 * Sets the value of the '{@link org.lmw.model.Provenance#getProductVersion <em>Product Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Version</em>' attribute.
	 * @see #getProductVersion()
	 * @generated
	 */
	void setProductVersion(String value);

	/**
	 * Returns the value of the '<em><b>Engine Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Name</em>' attribute.
	 * @see #setEngineName(String)
	 * @see org.lmw.model.LmwPackage#getProvenance_EngineName()
	 * @model
	 * @generated
	 */
	String getEngineName();

	/**
	 * Sets the value of the '{@link org.lmw.model.Provenance#getEngineName <em>Engine Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Name</em>' attribute.
	 * @see #getEngineName()
	 * @generated
	 */
	void setEngineName(String value);

	/**
	 * Returns the value of the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Version</em>' attribute.
	 * @see #setEngineVersion(String)
	 * @see org.lmw.model.LmwPackage#getProvenance_EngineVersion()
	 * @model
	 * @generated
	 */
	String getEngineVersion();

	/**
	 * Sets the value of the '{@link org.lmw.model.Provenance#getEngineVersion <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Version</em>' attribute.
	 * @see #getEngineVersion()
	 * @generated
	 */
	void setEngineVersion(String value);

	/**
	 * Returns the value of the '<em><b>Data Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Data Checksum</em>' attribute.
	 * @see #setDataChecksum(String)
	 * @see org.lmw.model.LmwPackage#getProvenance_DataChecksum()
	 * @model
	 * @generated
	 */
	String getDataChecksum();

	/**
	 * Sets the value of the '{@link org.lmw.model.Provenance#getDataChecksum <em>Data Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Checksum</em>' attribute.
	 * @see #getDataChecksum()
	 * @generated
	 */
	void setDataChecksum(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.lmw.model.LmwPackage#getProvenance_Seed()
	 * @model default="0"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.lmw.model.Provenance#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.lmw.model.LmwPackage#getProvenance_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.lmw.model.Provenance#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threads</em>' attribute.
	 * @see #setThreads(int)
	 * @see org.lmw.model.LmwPackage#getProvenance_Threads()
	 * @model default="0"
	 * @generated
	 */
	int getThreads();

	/**
	 * Sets the value of the '{@link org.lmw.model.Provenance#getThreads <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threads</em>' attribute.
	 * @see #getThreads()
	 * @generated
	 */
	void setThreads(int value);

	/**
	 * Returns the value of the '<em><b>Java Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Java Version</em>' attribute.
	 * @see #setJavaVersion(String)
	 * @see org.lmw.model.LmwPackage#getProvenance_JavaVersion()
	 * @model
	 * @generated
	 */
	String getJavaVersion();

	/**
	 * Sets the value of the '{@link org.lmw.model.Provenance#getJavaVersion <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Java Version</em>' attribute.
	 * @see #getJavaVersion()
	 * @generated
	 */
	void setJavaVersion(String value);

	/**
	 * Returns the value of the '<em><b>Host Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host Name</em>' attribute.
	 * @see #setHostName(String)
	 * @see org.lmw.model.LmwPackage#getProvenance_HostName()
	 * @model
	 * @generated
	 */
	String getHostName();

	/**
	 * Sets the value of the '{@link org.lmw.model.Provenance#getHostName <em>Host Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Name</em>' attribute.
	 * @see #getHostName()
	 * @generated
	 */
	void setHostName(String value);

	/**
	 * Returns the value of the '<em><b>Experiment Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiment Hash</em>' attribute.
	 * @see #setExperimentHash(String)
	 * @see org.lmw.model.LmwPackage#getProvenance_ExperimentHash()
	 * @model
	 * @generated
	 */
	String getExperimentHash();

	/**
	 * Sets the value of the '{@link org.lmw.model.Provenance#getExperimentHash <em>Experiment Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Experiment Hash</em>' attribute.
	 * @see #getExperimentHash()
	 * @generated
	 */
	void setExperimentHash(String value);

} // Provenance
