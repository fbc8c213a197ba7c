/**
 */
package org.lmw.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dataset by its registered name (fashion-mnist, teacher-student, deep-linear, or one a third-party bundle contributes) and an optional folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.DatasetRef#getName <em>Name</em>}</li>
 *   <li>{@link org.lmw.model.DatasetRef#getLocation <em>Location</em>}</li>
 *   <li>{@link org.lmw.model.DatasetRef#getTrainSize <em>Train Size</em>}</li>
 *   <li>{@link org.lmw.model.DatasetRef#getTestSize <em>Test Size</em>}</li>
 *   <li>{@link org.lmw.model.DatasetRef#getInputDimension <em>Input Dimension</em>}</li>
 *   <li>{@link org.lmw.model.DatasetRef#getOutputDimension <em>Output Dimension</em>}</li>
 *   <li>{@link org.lmw.model.DatasetRef#getNoise <em>Noise</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getDatasetRef()
 * @model
 * @generated
 */
public interface DatasetRef extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * The default value is <code>"fashion-mnist"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lmw.model.LmwPackage#getDatasetRef_Name()
	 * @model default="fashion-mnist"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lmw.model.DatasetRef#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.lmw.model.LmwPackage#getDatasetRef_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.lmw.model.DatasetRef#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Train Size</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Size</em>' attribute.
	 * @see #setTrainSize(int)
	 * @see org.lmw.model.LmwPackage#getDatasetRef_TrainSize()
	 * @model default="0"
	 * @generated
	 */
	int getTrainSize();

	/**
	 * Sets the value of the '{@link org.lmw.model.DatasetRef#getTrainSize <em>Train Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Size</em>' attribute.
	 * @see #getTrainSize()
	 * @generated
	 */
	void setTrainSize(int value);

	/**
	 * Returns the value of the '<em><b>Test Size</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Test Size</em>' attribute.
	 * @see #setTestSize(int)
	 * @see org.lmw.model.LmwPackage#getDatasetRef_TestSize()
	 * @model default="0"
	 * @generated
	 */
	int getTestSize();

	/**
	 * Sets the value of the '{@link org.lmw.model.DatasetRef#getTestSize <em>Test Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Size</em>' attribute.
	 * @see #getTestSize()
	 * @generated
	 */
	void setTestSize(int value);

	/**
	 * Returns the value of the '<em><b>Input Dimension</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Dimension</em>' attribute.
	 * @see #setInputDimension(int)
	 * @see org.lmw.model.LmwPackage#getDatasetRef_InputDimension()
	 * @model default="0"
	 * @generated
	 */
	int getInputDimension();

	/**
	 * Sets the value of the '{@link org.lmw.model.DatasetRef#getInputDimension <em>Input Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Dimension</em>' attribute.
	 * @see #getInputDimension()
	 * @generated
	 */
	void setInputDimension(int value);

	/**
	 * Returns the value of the '<em><b>Output Dimension</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Dimension</em>' attribute.
	 * @see #setOutputDimension(int)
	 * @see org.lmw.model.LmwPackage#getDatasetRef_OutputDimension()
	 * @model default="0"
	 * @generated
	 */
	int getOutputDimension();

	/**
	 * Sets the value of the '{@link org.lmw.model.DatasetRef#getOutputDimension <em>Output Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Dimension</em>' attribute.
	 * @see #getOutputDimension()
	 * @generated
	 */
	void setOutputDimension(int value);

	/**
	 * Returns the value of the '<em><b>Noise</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Noise</em>' attribute.
	 * @see #setNoise(double)
	 * @see org.lmw.model.LmwPackage#getDatasetRef_Noise()
	 * @model default="0.0"
	 * @generated
	 */
	double getNoise();

	/**
	 * Sets the value of the '{@link org.lmw.model.DatasetRef#getNoise <em>Noise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Noise</em>' attribute.
	 * @see #getNoise()
	 * @generated
	 */
	void setNoise(double value);

} // DatasetRef
