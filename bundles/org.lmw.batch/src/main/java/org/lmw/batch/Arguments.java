// Parses the options and operands of one lmw command, refusing anything it does not know with a one-line reason.
package org.lmw.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The parsed command line of one command: flags, options with values ({@code --x V} or {@code --x=V}), operands. */
final class Arguments {

    /** Bad command-line input; the message is the one line shown after {@code lmw: }. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private final String command;
    private final Map<String, String> options = new HashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * Parses the arguments after the command word.
     *
     * @param command the command, for messages
     * @param args the arguments
     * @param flags options without a value that the command accepts
     * @param valued options with a value that the command accepts
     * @return the parsed arguments
     * @throws UsageException on an unknown option or a missing value
     */
    static Arguments parse(String command, List<String> args, Set<String> flags, Set<String> valued)
            throws UsageException {
        Arguments parsed = new Arguments(command);
        boolean operandsOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (operandsOnly || !arg.startsWith("-") || arg.equals("-")) {
                parsed.operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                operandsOnly = true;
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (flags.contains(name) && value == null) {
                parsed.options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(String.format(Locale.ROOT, Messages.MISSING_VALUE, command, name));
                    }
                    value = args.get(++i);
                }
                parsed.options.put(name, value);
            } else {
                throw new UsageException(String.format(Locale.ROOT, Messages.UNKNOWN_OPTION, command, arg));
            }
        }
        return parsed;
    }

    boolean has(String option) {
        return options.containsKey(option);
    }

    String get(String option) {
        return options.get(option);
    }

    int number(String option, int fallback, int minimum) throws UsageException {
        String text = options.get(option);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below with the option's name.
        }
        throw new UsageException(String.format(Locale.ROOT, Messages.BAD_NUMBER, command, option, minimum, text));
    }

    String single(String what) throws UsageException {
        if (operands.size() != 1) {
            throw new UsageException(String.format(Locale.ROOT, Messages.ONE_ARGUMENT, command, what,
                    operands.size()));
        }
        return operands.get(0);
    }

    void none() throws UsageException {
        if (!operands.isEmpty()) {
            throw new UsageException(String.format(Locale.ROOT, Messages.NO_ARGUMENTS, command, operands.get(0)));
        }
    }
}
