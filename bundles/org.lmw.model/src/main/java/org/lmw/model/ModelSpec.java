/**
 */
package org.lmw.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.ModelSpec#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.lmw.model.ModelSpec#getWidth <em>Width</em>}</li>
 *   <li>{@link org.lmw.model.ModelSpec#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.lmw.model.ModelSpec#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.lmw.model.ModelSpec#getParametrisation <em>Parametrisation</em>}</li>
 *   <li>{@link org.lmw.model.ModelSpec#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.lmw.model.ModelSpec#getInitScale <em>Init Scale</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getModelSpec()
 * @model
 * @generated
 */
public interface ModelSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.lmw.model.Architecture
	 * @see #setArchitecture(Architecture)
	 * @see org.lmw.model.LmwPackage#getModelSpec_Architecture()
	 * @model
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.lmw.model.ModelSpec#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.lmw.model.Architecture
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"256"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.lmw.model.LmwPackage#getModelSpec_Width()
	 * @model default="256"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.lmw.model.ModelSpec#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Depth</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depth</em>' attribute.
	 * @see #setDepth(int)
	 * @see org.lmw.model.LmwPackage#getModelSpec_Depth()
	 * @model default="2"
	 * @generated
	 */
	int getDepth();

	/**
	 * Sets the value of the '{@link org.lmw.model.ModelSpec#getDepth <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth</em>' attribute.
	 * @see #getDepth()
	 * @generated
	 */
	void setDepth(int value);

	/**
	 * Returns the value of the '<em><b>Activation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.Activation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activation</em>' attribute.
	 * @see org.lmw.model.Activation
	 * @see #setActivation(Activation)
	 * @see org.lmw.model.LmwPackage#getModelSpec_Activation()
	 * @model
	 * @generated
	 */
	Activation getActivation();

	/**
	 * Sets the value of the '{@link org.lmw.model.ModelSpec#getActivation <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation</em>' attribute.
	 * @see org.lmw.model.Activation
	 * @see #getActivation()
	 * @generated
	 */
	void setActivation(Activation value);

	/**
	 * Returns the value of the '<em><b>Parametrisation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lmw.model.Parametrisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parametrisation</em>' attribute.
	 * @see org.lmw.model.Parametrisation
	 * @see #setParametrisation(Parametrisation)
	 * @see org.lmw.model.LmwPackage#getModelSpec_Parametrisation()
	 * @model
	 * @generated
	 */
	Parametrisation getParametrisation();

	/**
	 * Sets the value of the '{@link org.lmw.model.ModelSpec#getParametrisation <em>Parametrisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parametrisation</em>' attribute.
	 * @see org.lmw.model.Parametrisation
	 * @see #getParametrisation()
	 * @generated
	 */
	void setParametrisation(Parametrisation value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute.
	 * @see #setChannels(int)
	 * @see org.lmw.model.LmwPackage#getModelSpec_Channels()
	 * @model default="32"
	 * @generated
	 */
	int getChannels();

	/**
	 * Sets the value of the '{@link org.lmw.model.ModelSpec#getChannels <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channels</em>' attribute.
	 * @see #getChannels()
	 * @generated
	 */
	void setChannels(int value);

	/**
	 * Returns the value of the '<em><b>Init Scale</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Init Scale</em>' attribute.
	 * @see #setInitScale(double)
	 * @see org.lmw.model.LmwPackage#getModelSpec_InitScale()
	 * @model default="1.0"
	 * @generated
	 */
	double getInitScale();

	/**
	 * Sets the value of the '{@link org.lmw.model.ModelSpec#getInitScale <em>Init Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Init Scale</em>' attribute.
	 * @see #getInitScale()
	 * @generated
	 */
	void setInitScale(double value);

} // ModelSpec
