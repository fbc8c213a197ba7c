/**
 */
package org.lmw.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Probe Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.lmw.model.LmwPackage#getProbeKind()
 * @model
 * @generated
 */
public enum ProbeKind implements Enumerator {
	/**
	 * The '<em><b>LINEAR CLASSIFIER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR_CLASSIFIER_VALUE
	 * @generated
	 * @ordered
	 */
	LINEAR_CLASSIFIER(0, "LINEAR_CLASSIFIER", "linear-classifier"),

	/**
	 * The '<em><b>LINEAR REGRESSOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR_REGRESSOR_VALUE
	 * @generated
	 * @ordered
	 */
	LINEAR_REGRESSOR(1, "LINEAR_REGRESSOR", "linear-regressor");

	/**
	 * The '<em><b>LINEAR CLASSIFIER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR_CLASSIFIER
	 * @model literal="linear-classifier"
	 * @generated
	 * @ordered
	 */
	public static final int LINEAR_CLASSIFIER_VALUE = 0;

	/**
	 * The '<em><b>LINEAR REGRESSOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINEAR_REGRESSOR
	 * @model literal="linear-regressor"
	 * @generated
	 * @ordered
	 */
	public static final int LINEAR_REGRESSOR_VALUE = 1;

	/**
	 * An array of all the '<em><b>Probe Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProbeKind[] VALUES_ARRAY =
		new ProbeKind[] {
			LINEAR_CLASSIFIER,
			LINEAR_REGRESSOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Probe Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProbeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Probe Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProbeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProbeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Probe Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProbeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProbeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Probe Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProbeKind get(int value) {
		switch (value) {
			case LINEAR_CLASSIFIER_VALUE: return LINEAR_CLASSIFIER;
			case LINEAR_REGRESSOR_VALUE: return LINEAR_REGRESSOR;
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
	private ProbeKind(int value, String name, String literal) {
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
	
} //ProbeKind
