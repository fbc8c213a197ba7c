/**
 */
package org.lmw.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Attribution Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.lmw.model.LmwPackage#getAttributionMethod()
 * @model
 * @generated
 */
public enum AttributionMethod implements Enumerator {
	/**
	 * The '<em><b>ACTIVATION PATCHING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVATION_PATCHING_VALUE
	 * @generated
	 * @ordered
	 */
	ACTIVATION_PATCHING(0, "ACTIVATION_PATCHING", "activation-patching"),

	/**
	 * The '<em><b>ATTRIBUTION PATCHING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTRIBUTION_PATCHING_VALUE
	 * @generated
	 * @ordered
	 */
	ATTRIBUTION_PATCHING(1, "ATTRIBUTION_PATCHING", "attribution-patching"),

	/**
	 * The '<em><b>GRADIENT TIMES ACTIVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADIENT_TIMES_ACTIVATION_VALUE
	 * @generated
	 * @ordered
	 */
	GRADIENT_TIMES_ACTIVATION(2, "GRADIENT_TIMES_ACTIVATION", "gradient-times-activation");

	/**
	 * The '<em><b>ACTIVATION PATCHING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACTIVATION_PATCHING
	 * @model literal="activation-patching"
	 * @generated
	 * @ordered
	 */
	public static final int ACTIVATION_PATCHING_VALUE = 0;

	/**
	 * The '<em><b>ATTRIBUTION PATCHING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTRIBUTION_PATCHING
	 * @model literal="attribution-patching"
	 * @generated
	 * @ordered
	 */
	public static final int ATTRIBUTION_PATCHING_VALUE = 1;

	/**
	 * The '<em><b>GRADIENT TIMES ACTIVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRADIENT_TIMES_ACTIVATION
	 * @model literal="gradient-times-activation"
	 * @generated
	 * @ordered
	 */
	public static final int GRADIENT_TIMES_ACTIVATION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Attribution Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AttributionMethod[] VALUES_ARRAY =
		new AttributionMethod[] {
			ACTIVATION_PATCHING,
			ATTRIBUTION_PATCHING,
			GRADIENT_TIMES_ACTIVATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Attribution Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AttributionMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Attribution Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttributionMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AttributionMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attribution Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttributionMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AttributionMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Attribution Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AttributionMethod get(int value) {
		switch (value) {
			case ACTIVATION_PATCHING_VALUE: return ACTIVATION_PATCHING;
			case ATTRIBUTION_PATCHING_VALUE: return ATTRIBUTION_PATCHING;
			case GRADIENT_TIMES_ACTIVATION_VALUE: return GRADIENT_TIMES_ACTIVATION;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private AttributionMethod(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //AttributionMethod
