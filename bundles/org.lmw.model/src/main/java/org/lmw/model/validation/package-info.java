/** Validation of experiments and notebooks: every invalid value gets a message naming the object and field. */
package org.lmw.model.validation;
