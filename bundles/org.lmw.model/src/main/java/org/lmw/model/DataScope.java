/**
 */
package org.lmw.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Data Scope</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.lmw.model.LmwPackage#getDataScope()
 * @model
 * @generated
 */
public enum DataScope implements Enumerator {
	/**
	 * The '<em><b>FIXED BATCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_BATCH_VALUE
	 * @generated
	 * @ordered
	 */
	FIXED_BATCH(0, "FIXED_BATCH", "fixed-batch"),

	/**
	 * The '<em><b>FIXED SUBSET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_SUBSET_VALUE
	 * @generated
	 * @ordered
	 */
	FIXED_SUBSET(1, "FIXED_SUBSET", "fixed-subset"),

	/**
	 * The '<em><b>TRAINING SUBSET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_SUBSET_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING_SUBSET(2, "TRAINING_SUBSET", "training-subset");

	/**
	 * The '<em><b>FIXED BATCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_BATCH
	 * @model literal="fixed-batch"
	 * @generated
	 * @ordered
	 */
	public static final int FIXED_BATCH_VALUE = 0;

	/**
	 * The '<em><b>FIXED SUBSET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_SUBSET
	 * @model literal="fixed-subset"
	 * @generated
	 * @ordered
	 */
	public static final int FIXED_SUBSET_VALUE = 1;

	/**
	 * The '<em><b>TRAINING SUBSET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_SUBSET
	 * @model literal="training-subset"
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_SUBSET_VALUE = 2;

	/**
	 * An array of all the '<em><b>Data Scope</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataScope[] VALUES_ARRAY =
		new DataScope[] {
			FIXED_BATCH,
			FIXED_SUBSET,
			TRAINING_SUBSET,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Scope</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataScope> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Scope</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataScope get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataScope result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Scope</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataScope getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataScope result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Scope</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataScope get(int value) {
		switch (value) {
			case FIXED_BATCH_VALUE: return FIXED_BATCH;
			case FIXED_SUBSET_VALUE: return FIXED_SUBSET;
			case TRAINING_SUBSET_VALUE: return TRAINING_SUBSET;
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
	private DataScope(int value, String name, String literal) {
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
	
} //DataScope
