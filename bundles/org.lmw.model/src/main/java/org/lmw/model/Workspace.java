/**
 */
package org.lmw.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A folder holding experiments (.lmw), notebooks (.lmwnb) and the run store (runs/).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.Workspace#getName <em>Name</em>}</li>
 *   <li>{@link org.lmw.model.Workspace#getLocation <em>Location</em>}</li>
 *   <li>{@link org.lmw.model.Workspace#getExperiments <em>Experiments</em>}</li>
 *   <li>{@link org.lmw.model.Workspace#getNotebooks <em>Notebooks</em>}</li>
 *   <li>{@link org.lmw.model.Workspace#getRuns <em>Runs</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getWorkspace()
 * @model
 * @generated
 */
public interface Workspace extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lmw.model.LmwPackage#getWorkspace_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lmw.model.Workspace#getName <em>Name</em>}' attribute.
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
	 * @see org.lmw.model.LmwPackage#getWorkspace_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.lmw.model.Workspace#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Experiments</b></em>' reference list.
	 * The list contents are of type {@link org.lmw.model.Experiment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Experiments</em>' reference list.
	 * @see org.lmw.model.LmwPackage#getWorkspace_Experiments()
	 * @model
	 * @generated
	 */
	EList<Experiment> getExperiments();

	/**
	 * Returns the value of the '<em><b>Notebooks</b></em>' reference list.
	 * The list contents are of type {@link org.lmw.model.Notebook}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notebooks</em>' reference list.
	 * @see org.lmw.model.LmwPackage#getWorkspace_Notebooks()
	 * @model
	 * @generated
	 */
	EList<Notebook> getNotebooks();

	/**
	 * Returns the value of the '<em><b>Runs</b></em>' reference list.
	 * The list contents are of type {@link org.lmw.model.Run}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runs</em>' reference list.
	 * @see org.lmw.model.LmwPackage#getWorkspace_Runs()
	 * @model
	 * @generated
	 */
	EList<Run> getRuns();

} // Workspace
