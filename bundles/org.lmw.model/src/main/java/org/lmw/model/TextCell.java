/**
 */
package org.lmw.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lmw.model.TextCell#getMarkdown <em>Markdown</em>}</li>
 * </ul>
 *
 * @see org.lmw.model.LmwPackage#getTextCell()
 * @model
 * @generated
 */
public interface TextCell extends Cell {
	/**
	 * Returns the value of the '<em><b>Markdown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Markdown</em>' attribute.
	 * @see #setMarkdown(String)
	 * @see org.lmw.model.LmwPackage#getTextCell_Markdown()
	 * @model
	 * @generated
	 */
	String getMarkdown();

	/**
	 * Sets the value of the '{@link org.lmw.model.TextCell#getMarkdown <em>Markdown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Markdown</em>' attribute.
	 * @see #getMarkdown()
	 * @generated
	 */
	void setMarkdown(String value);

} // TextCell
