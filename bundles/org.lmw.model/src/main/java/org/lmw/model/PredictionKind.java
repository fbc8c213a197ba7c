/**
 */
package org.lmw.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Prediction Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.lmw.model.LmwPackage#getPredictionKind()
 * @model
 * @generated
 */
public enum PredictionKind implements Enumerator {
	/**
	 * The '<em><b>THRESHOLD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THRESHOLD_VALUE
	 * @generated
	 * @ordered
	 */
	THRESHOLD(0, "THRESHOLD", "threshold"),

	/**
	 * The '<em><b>INTERVAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVAL_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVAL(1, "INTERVAL", "interval"),

	/**
	 * The '<em><b>RATIO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATIO_VALUE
	 * @generated
	 * @ordered
	 */
	RATIO(2, "RATIO", "ratio"),

	/**
	 * The '<em><b>POWER LAW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POWER_LAW_VALUE
	 * @generated
	 * @ordered
	 */
	POWER_LAW(3, "POWER_LAW", "power-law"),

	/**
	 * The '<em><b>ORDERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDERING_VALUE
	 * @generated
	 * @ordered
	 */
	ORDERING(4, "ORDERING", "ordering"),

	/**
	 * The '<em><b>COMPARISON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARISON_VALUE
	 * @generated
	 * @ordered
	 */
	COMPARISON(5, "COMPARISON", "comparison");

	/**
	 * The '<em><b>THRESHOLD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THRESHOLD
	 * @model literal="threshold"
	 * @generated
	 * @ordered
	 */
	public static final int THRESHOLD_VALUE = 0;

	/**
	 * The '<em><b>INTERVAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERVAL
	 * @model literal="interval"
	 * @generated
	 * @ordered
	 */
	public static final int INTERVAL_VALUE = 1;

	/**
	 * The '<em><b>RATIO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RATIO
	 * @model literal="ratio"
	 * @generated
	 * @ordered
	 */
	public static final int RATIO_VALUE = 2;

	/**
	 * The '<em><b>POWER LAW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POWER_LAW
	 * @model literal="power-law"
	 * @generated
	 * @ordered
	 */
	public static final int POWER_LAW_VALUE = 3;

	/**
	 * The '<em><b>ORDERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDERING
	 * @model literal="ordering"
	 * @generated
	 * @ordered
	 */
	public static final int ORDERING_VALUE = 4;

	/**
	 * The '<em><b>COMPARISON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPARISON
	 * @model literal="comparison"
	 * @generated
	 * @ordered
	 */
	public static final int COMPARISON_VALUE = 5;

	/**
	 * An array of all the '<em><b>Prediction Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PredictionKind[] VALUES_ARRAY =
		new PredictionKind[] {
			THRESHOLD,
			INTERVAL,
			RATIO,
			POWER_LAW,
			ORDERING,
			COMPARISON,
		};

	/**
	 * A public read-only list of all the '<em><b>Prediction Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PredictionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Prediction Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PredictionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PredictionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Prediction Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PredictionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PredictionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Prediction Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PredictionKind get(int value) {
		switch (value) {
			case THRESHOLD_VALUE: return THRESHOLD;
			case INTERVAL_VALUE: return INTERVAL;
			case RATIO_VALUE: return RATIO;
			case POWER_LAW_VALUE: return POWER_LAW;
			case ORDERING_VALUE: return ORDERING;
			case COMPARISON_VALUE: return COMPARISON;
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
	private PredictionKind(int value, String name, String literal) {
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
	
} //PredictionKind
