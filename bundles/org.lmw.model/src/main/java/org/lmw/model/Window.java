/**
 */
package org.lmw.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Window</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.lmw.model.LmwPackage#getWindow()
 * @model
 * @generated
 */
public enum Window implements Enumerator {
	/**
	 * The '<em><b>END</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #END_VALUE
	 * @generated
	 * @ordered
	 */
	END(0, "END", "end"),

	/**
	 * The '<em><b>AT STEP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AT_STEP_VALUE
	 * @generated
	 * @ordered
	 */
	AT_STEP(1, "AT_STEP", "at-step"),

	/**
	 * The '<em><b>LAST HALF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_HALF_VALUE
	 * @generated
	 * @ordered
	 */
	LAST_HALF(2, "LAST_HALF", "last-half"),

	/**
	 * The '<em><b>WHOLE RUN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHOLE_RUN_VALUE
	 * @generated
	 * @ordered
	 */
	WHOLE_RUN(3, "WHOLE_RUN", "whole-run");

	/**
	 * The '<em><b>END</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #END
	 * @model literal="end"
	 * @generated
	 * @ordered
	 */
	public static final int END_VALUE = 0;

	/**
	 * The '<em><b>AT STEP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AT_STEP
	 * @model literal="at-step"
	 * @generated
	 * @ordered
	 */
	public static final int AT_STEP_VALUE = 1;

	/**
	 * The '<em><b>LAST HALF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_HALF
	 * @model literal="last-half"
	 * @generated
	 * @ordered
	 */
	public static final int LAST_HALF_VALUE = 2;

	/**
	 * The '<em><b>WHOLE RUN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHOLE_RUN
	 * @model literal="whole-run"
	 * @generated
	 * @ordered
	 */
	public static final int WHOLE_RUN_VALUE = 3;

	/**
	 * An array of all the '<em><b>Window</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Window[] VALUES_ARRAY =
		new Window[] {
			END,
			AT_STEP,
			LAST_HALF,
			WHOLE_RUN,
		};

	/**
	 * A public read-only list of all the '<em><b>Window</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Window> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Window</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Window get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Window result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Window</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Window getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Window result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Window</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Window get(int value) {
		switch (value) {
			case END_VALUE: return END;
			case AT_STEP_VALUE: return AT_STEP;
			case LAST_HALF_VALUE: return LAST_HALF;
			case WHOLE_RUN_VALUE: return WHOLE_RUN;
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
	private Window(int value, String name, String literal) {
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
	
} //Window
