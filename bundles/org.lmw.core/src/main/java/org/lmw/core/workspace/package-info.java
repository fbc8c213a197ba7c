/** Placeholder so the package exists; replaced by real content. */
package org.lmw.core.workspace;
