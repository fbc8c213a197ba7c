/**
 */
package org.lmw.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prediction Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.PredictionCell#getPredictions <em>Predictions</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getPredictionCell()
 * @model
 * @generated
 */
public interface PredictionCell extends Cell {
	/**
	 * Returns the value of the '<em><b>Predictions</b></em>' containment reference list.
	 * The list contents are of type {@link org.lmw.model.Prediction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every version of the prediction, oldest first; a frozen version is never edited, an edit adds a version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predictions</em>' containment reference list.
	 * @see org.lmw.model.LmwPackage#getPredictionCell_Predictions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Prediction> getPredictions();

} // PredictionCell
