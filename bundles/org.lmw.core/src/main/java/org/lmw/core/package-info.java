/** Core services of the workbench: workspace, persistence of experiments and notebooks, run store. No UI, no DJL. */
package org.lmw.core;
