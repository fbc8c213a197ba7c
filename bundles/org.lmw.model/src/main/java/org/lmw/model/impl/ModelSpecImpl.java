/**
 */
package org.lmw.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.lmw.model.Activation;
import org.lmw.model.Architecture;
import org.lmw.model.LmwPackage;
import org.lmw.model.ModelSpec;
import org.lmw.model.Parametrisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Model Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.impl.ModelSpecImpl#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.lmw.model.impl.ModelSpecImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.lmw.model.impl.ModelSpecImpl#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.lmw.model.impl.ModelSpecImpl#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.lmw.model.impl.ModelSpecImpl#getParametrisation <em>Parametrisation</em>}</li>
 *   <li>{@link org.lmw.model.impl.ModelSpecImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.lmw.model.impl.ModelSpecImpl#getInitScale <em>Init Scale</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModelSpecImpl extends MinimalEObjectImpl.Container implements ModelSpec {
	/**
	 * The default value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected static final Architecture ARCHITECTURE_EDEFAULT = Architecture.MLP;

	/**
	 * The cached value of the '{@link #getArchitecture() <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchitecture()
	 * @generated
	 * @ordered
	 */
	protected Architecture architecture = ARCHITECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 256;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int DEPTH_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected int depth = DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected static final Activation ACTIVATION_EDEFAULT = Activation.RELU;

	/**
	 * The cached value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected Activation activation = ACTIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getParametrisation() <em>Parametrisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParametrisation()
	 * @generated
	 * @ordered
	 */
	protected static final Parametrisation PARAMETRISATION_EDEFAULT = Parametrisation.STANDARD;

	/**
	 * The cached value of the '{@link #getParametrisation() <em>Parametrisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParametrisation()
	 * @generated
	 * @ordered
	 */
	protected Parametrisation parametrisation = PARAMETRISATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected static final int CHANNELS_EDEFAULT = 32;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected int channels = CHANNELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitScale() <em>Init Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitScale()
	 * @generated
	 * @ordered
	 */
	protected static final double INIT_SCALE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getInitScale() <em>Init Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitScale()
	 * @generated
	 * @ordered
	 */
	protected double initScale = INIT_SCALE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LmwPackage.Literals.MODEL_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Architecture getArchitecture() {
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchitecture(Architecture newArchitecture) {
		Architecture oldArchitecture = architecture;
		architecture = newArchitecture == null ? ARCHITECTURE_EDEFAULT : newArchitecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.MODEL_SPEC__ARCHITECTURE, oldArchitecture, architecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.MODEL_SPEC__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDepth() {
		return depth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepth(int newDepth) {
		int oldDepth = depth;
		depth = newDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.MODEL_SPEC__DEPTH, oldDepth, depth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activation getActivation() {
		return activation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivation(Activation newActivation) {
		Activation oldActivation = activation;
		activation = newActivation == null ? ACTIVATION_EDEFAULT : newActivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.MODEL_SPEC__ACTIVATION, oldActivation, activation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parametrisation getParametrisation() {
		return parametrisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParametrisation(Parametrisation newParametrisation) {
		Parametrisation oldParametrisation = parametrisation;
		parametrisation = newParametrisation == null ? PARAMETRISATION_EDEFAULT : newParametrisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.MODEL_SPEC__PARAMETRISATION, oldParametrisation, parametrisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChannels() {
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannels(int newChannels) {
		int oldChannels = channels;
		channels = newChannels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.MODEL_SPEC__CHANNELS, oldChannels, channels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInitScale() {
		return initScale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitScale(double newInitScale) {
		double oldInitScale = initScale;
		initScale = newInitScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LmwPackage.MODEL_SPEC__INIT_SCALE, oldInitScale, initScale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LmwPackage.MODEL_SPEC__ARCHITECTURE:
				return getArchitecture();
			case LmwPackage.MODEL_SPEC__WIDTH:
				return getWidth();
			case LmwPackage.MODEL_SPEC__DEPTH:
				return getDepth();
			case LmwPackage.MODEL_SPEC__ACTIVATION:
				return getActivation();
			case LmwPackage.MODEL_SPEC__PARAMETRISATION:
				return getParametrisation();
			case LmwPackage.MODEL_SPEC__CHANNELS:
				return getChannels();
			case LmwPackage.MODEL_SPEC__INIT_SCALE:
				return getInitScale();
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
			case LmwPackage.MODEL_SPEC__ARCHITECTURE:
				setArchitecture((Architecture)newValue);
				return;
			case LmwPackage.MODEL_SPEC__WIDTH:
				setWidth((Integer)newValue);
				return;
			case LmwPackage.MODEL_SPEC__DEPTH:
				setDepth((Integer)newValue);
				return;
			case LmwPackage.MODEL_SPEC__ACTIVATION:
				setActivation((Activation)newValue);
				return;
			case LmwPackage.MODEL_SPEC__PARAMETRISATION:
				setParametrisation((Parametrisation)newValue);
				return;
			case LmwPackage.MODEL_SPEC__CHANNELS:
				setChannels((Integer)newValue);
				return;
			case LmwPackage.MODEL_SPEC__INIT_SCALE:
				setInitScale((Double)newValue);
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
			case LmwPackage.MODEL_SPEC__ARCHITECTURE:
				setArchitecture(ARCHITECTURE_EDEFAULT);
				return;
			case LmwPackage.MODEL_SPEC__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case LmwPackage.MODEL_SPEC__DEPTH:
				setDepth(DEPTH_EDEFAULT);
				return;
			case LmwPackage.MODEL_SPEC__ACTIVATION:
				setActivation(ACTIVATION_EDEFAULT);
				return;
			case LmwPackage.MODEL_SPEC__PARAMETRISATION:
				setParametrisation(PARAMETRISATION_EDEFAULT);
				return;
			case LmwPackage.MODEL_SPEC__CHANNELS:
				setChannels(CHANNELS_EDEFAULT);
				return;
			case LmwPackage.MODEL_SPEC__INIT_SCALE:
				setInitScale(INIT_SCALE_EDEFAULT);
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
			case LmwPackage.MODEL_SPEC__ARCHITECTURE:
				return architecture != ARCHITECTURE_EDEFAULT;
			case LmwPackage.MODEL_SPEC__WIDTH:
				return width != WIDTH_EDEFAULT;
			case LmwPackage.MODEL_SPEC__DEPTH:
				return depth != DEPTH_EDEFAULT;
			case LmwPackage.MODEL_SPEC__ACTIVATION:
				return activation != ACTIVATION_EDEFAULT;
			case LmwPackage.MODEL_SPEC__PARAMETRISATION:
				return parametrisation != PARAMETRISATION_EDEFAULT;
			case LmwPackage.MODEL_SPEC__CHANNELS:
				return channels != CHANNELS_EDEFAULT;
			case LmwPackage.MODEL_SPEC__INIT_SCALE:
				return initScale != INIT_SCALE_EDEFAULT;
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
		result.append(" (architecture: ");
		result.append(architecture);
		result.append(", width: ");
		result.append(width);
		result.append(", depth: ");
		result.append(depth);
		result.append(", activation: ");
		result.append(activation);
		result.append(", parametrisation: ");
		result.append(parametrisation);
		result.append(", channels: ");
		result.append(channels);
		result.append(", initScale: ");
		result.append(initScale);
		result.append(')');
		return result.toString();
	}

} //ModelSpecImpl
