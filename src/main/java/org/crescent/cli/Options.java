package org.crescent.cli;

/**
 * The options of a {@code crescent} command line, read as lua.c's collectargs reads them:
 * options come first and end at the first argument that is not one (the script), at
 * {@code --}, or at {@code -} (the script is standard input). Options that run code
 * ({@code -e}, {@code -l}) and {@code -W} are only checked here and run later, in order,
 * by {@link Command}.
 *
 * <p>Invariant: when {@link #badOption} is null, every argument before {@link #scriptIndex}
 * is a well-formed option (with its value, for {@code -e} and {@code -l}).
 */
final class Options {
    /** Index of the script name in the arguments; {@code arguments.length} when there is none. */
    final int scriptIndex;
    /** The offending argument when the command line is wrong, else null. */
    final String badOption;
    final boolean interactive;
    final boolean version;
    final boolean execute;
    final boolean ignoreEnvironment;
    /** {@code --list}-style bytecode listing (Crescent's own {@code -l file.lua}). */
    final String listingFile;
    /** Crescent's options for untrusted scripts: {@code --sandbox} and the budgets (0: none). */
    boolean sandbox;
    long maxInstructions;
    long timeLimitNanos;
    long maxMemory;

    private Options(int scriptIndex, String badOption, boolean interactive, boolean version, boolean execute,
                    boolean ignoreEnvironment, String listingFile) {
        this.scriptIndex = scriptIndex;
        this.badOption = badOption;
        this.interactive = interactive;
        this.version = version;
        this.execute = execute;
        this.ignoreEnvironment = ignoreEnvironment;
        this.listingFile = listingFile;
    }

    /**
     * Reads the options. {@code isFile} tells whether a name is an existing file: {@code -l}
     * followed by an existing {@code *.lua} file lists that file's bytecode (Crescent's
     * extension); any other {@code -l} argument names a module, as in lua.
     */
    static Options parse(String[] arguments, java.util.function.Predicate<String> isFile) {
        boolean interactive = false;
        boolean version = false;
        boolean execute = false;
        boolean ignoreEnvironment = false;
        Options limits = new Options(0, null, false, false, false, false, null);
        int index;
        for (index = 0; index < arguments.length; index++) {
            String argument = arguments[index];
            if (argument.isEmpty() || argument.charAt(0) != '-') {
                break;
            }
            String rest = argument.substring(1);
            if (rest.equals("-")) {
                return withLimits(new Options(index + 1, null, interactive, version, execute, ignoreEnvironment, null), limits);
            }
            if (rest.equals("-version")) {
                version = true;
                continue;
            }
            if (rest.equals("-sandbox")) {
                limits.sandbox = true;
                continue;
            }
            if (rest.equals("-max-instructions") || rest.equals("-timeout") || rest.equals("-max-memory")) {
                double value = index + 1 < arguments.length ? positiveNumber(arguments[index + 1]) : -1;
                if (value <= 0 || (!rest.equals("-timeout") && value != Math.floor(value))) {
                    return bad(index, argument);
                }
                index++;
                if (rest.equals("-timeout")) {
                    limits.timeLimitNanos = (long) Math.min(value * 1e9, Long.MAX_VALUE);
                } else if (rest.equals("-max-memory")) {
                    limits.maxMemory = (long) Math.min(value, Long.MAX_VALUE);
                } else {
                    limits.maxInstructions = (long) Math.min(value, Long.MAX_VALUE);
                }
                continue;
            }
            if (rest.isEmpty()) {
                break;
            }
            char option = rest.charAt(0);
            boolean alone = rest.length() == 1;
            switch (option) {
                case 'E':
                    if (!alone) return bad(index, argument);
                    ignoreEnvironment = true;
                    break;
                case 'W':
                    if (!alone) return bad(index, argument);
                    break;
                case 'i':
                    if (!alone) return bad(index, argument);
                    interactive = true;
                    version = true;
                    break;
                case 'v':
                    if (!alone) return bad(index, argument);
                    version = true;
                    break;
                case 'e':
                case 'l':
                    if (option == 'e') {
                        execute = true;
                    }
                    if (alone) {
                        index++;
                        if (index >= arguments.length || arguments[index].startsWith("-")) {
                            return bad(index - 1, argument);
                        }
                        if (option == 'l' && arguments[index].endsWith(".lua") && isFile.test(arguments[index])) {
                            return withLimits(new Options(arguments.length, null, false, false, false, ignoreEnvironment, arguments[index]), limits);
                        }
                    }
                    break;
                default:
                    return bad(index, argument);
            }
        }
        return withLimits(new Options(index, null, interactive, version, execute, ignoreEnvironment, null), limits);
    }

    private static Options withLimits(Options options, Options limits) {
        options.sandbox = limits.sandbox;
        options.maxInstructions = limits.maxInstructions;
        options.timeLimitNanos = limits.timeLimitNanos;
        options.maxMemory = limits.maxMemory;
        return options;
    }

    /** A number argument of a budget option, or -1 if it is not a positive finite number. */
    private static double positiveNumber(String text) {
        try {
            double value = Double.parseDouble(text);
            return value > 0 && Double.isFinite(value) ? value : -1;
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static Options bad(int index, String argument) {
        return new Options(index, argument, false, false, false, false, null);
    }

    /** lua.c's print_usage: the complaint about {@code badOption}, then the usage text. */
    static String usage(String program, String badOption) {
        StringBuilder text = new StringBuilder(program).append(": ");
        if (badOption.equals("--max-instructions") || badOption.equals("--timeout") || badOption.equals("--max-memory")) {
            text.append('\'').append(badOption).append("' needs a positive number argument\n");
        } else if (badOption.length() > 1 && (badOption.charAt(1) == 'e' || badOption.charAt(1) == 'l')) {
            text.append('\'').append(badOption).append("' needs argument\n");
        } else {
            text.append("unrecognized option '").append(badOption).append("'\n");
        }
        text.append("usage: ").append(program).append(" [options] [script [args]]\n")
                .append("Available options are:\n")
                .append("  -e stat   execute string 'stat'\n")
                .append("  -i        enter interactive mode after executing 'script'\n")
                .append("  -l mod    require library 'mod' into global 'mod'\n")
                .append("  -l g=mod  require library 'mod' into global 'g'\n")
                .append("  -l file.lua  list the bytecode of file.lua (Crescent)\n")
                .append("  -v        show version information\n")
                .append("  -E        ignore environment variables\n")
                .append("  -W        turn warnings on\n")
                .append("  --version show version information\n")
                .append("  --sandbox no files, processes or environment for scripts (Crescent)\n")
                .append("  --max-instructions n  stop each chunk after n instructions (Crescent)\n")
                .append("  --timeout seconds     stop each chunk after this time (Crescent)\n")
                .append("  --max-memory bytes    limit the memory of Lua values (Crescent)\n")
                .append("  --        stop handling options\n")
                .append("  -         stop handling options and execute stdin\n");
        return text.toString();
    }
}
