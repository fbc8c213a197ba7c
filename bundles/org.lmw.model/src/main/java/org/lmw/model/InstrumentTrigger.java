/**
 */
package org.lmw.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Instrument Trigger</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.lmw.model.LmwPackage#getInstrumentTrigger()
 * @model
 * @generated
 */
public enum InstrumentTrigger implements Enumerator {
	/**
	 * The '<em><b>EVERY NSTEPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVERY_NSTEPS_VALUE
	 * @generated
	 * @ordered
	 */
	EVERY_NSTEPS(0, "EVERY_N_STEPS", "every-n-steps"),

	/**
	 * The '<em><b>AT CHECKPOINTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AT_CHECKPOINTS_VALUE
	 * @generated
	 * @ordered
	 */
	AT_CHECKPOINTS(1, "AT_CHECKPOINTS", "at-checkpoints"),

	/**
	 * The '<em><b>AT END</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AT_END_VALUE
	 * @generated
	 * @ordered
	 */
	AT_END(2, "AT_END", "at-end");

	/**
	 * The '<em><b>EVERY NSTEPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVERY_NSTEPS
	 * @model name="EVERY_N_STEPS" literal="every-n-steps"
	 * @generated
	 * @ordered
	 */
	public static final int EVERY_NSTEPS_VALUE = 0;

	/**
	 * The '<em><b>AT CHECKPOINTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AT_CHECKPOINTS
	 * @model literal="at-checkpoints"
	 * @generated
	 * @ordered
	 */
	public static final int AT_CHECKPOINTS_VALUE = 1;

	/**
	 * The '<em><b>AT END</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AT_END
	 * @model literal="at-end"
	 * @generated
	 * @ordered
	 */
	public static final int AT_END_VALUE = 2;

	/**
	 * An array of all the '<em><b>Instrument Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InstrumentTrigger[] VALUES_ARRAY =
		new InstrumentTrigger[] {
			EVERY_NSTEPS,
			AT_CHECKPOINTS,
			AT_END,
		};

	/**
	 * A public read-only list of all the '<em><b>Instrument Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InstrumentTrigger> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Instrument Trigger</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentTrigger get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentTrigger result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Trigger</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentTrigger getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentTrigger result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Trigger</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentTrigger get(int value) {
		switch (value) {
			case EVERY_NSTEPS_VALUE: return EVERY_NSTEPS;
			case AT_CHECKPOINTS_VALUE: return AT_CHECKPOINTS;
			case AT_END_VALUE: return AT_END;
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
	private InstrumentTrigger(int value, String name, String literal) {
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
	
} //InstrumentTrigger
