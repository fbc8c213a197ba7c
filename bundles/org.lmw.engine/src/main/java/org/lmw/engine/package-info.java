// Engine API: DJL/PyTorch lifecycle, provenance strings and device selection.
/**
 * The training engine of the workbench: DJL with the PyTorch engine, embedded and offline.
 */
package org.lmw.engine;
