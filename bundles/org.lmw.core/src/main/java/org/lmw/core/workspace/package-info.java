/**
 * The workspace: the folder that holds experiments ({@code .lmw}), notebooks ({@code .lmwnb}) and the run store
 * ({@code runs/}), and the service that tells its listeners when what is in it changes.
 */
package org.lmw.core.workspace;
