// The Equinox application behind `lmw <command>`: hands the arguments to the CLI and returns its exit code.
package org.lmw.batch;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.lmw.jobs.RunJobService;

/**
 * The headless application {@code org.lmw.batch.app}: no display, no workbench, the same job service and run store
 * as the workbench.
 */
public final class BatchApplication implements IApplication {

    /** The launcher reads the process exit code from this property when the framework shuts down. */
    private static final String EXIT_CODE_PROPERTY = "eclipse.exitcode";

    @Override
    public Object start(IApplicationContext context) {
        Map<?, ?> arguments = context.getArguments();
        Object raw = arguments.get(IApplicationContext.APPLICATION_ARGS);
        String[] args = raw instanceof String[] a ? a : new String[0];
        context.applicationRunning();
        int code = new Cli(System.out, System.err, System.getenv()).run(args);
        System.setProperty(EXIT_CODE_PROPERTY, Integer.toString(code));
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        RunJobService.getDefault().cancelAll();
    }
}
