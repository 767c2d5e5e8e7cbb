package org.crescent.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The {@code crescent} command: {@code crescent [options] [script [args]]}, with the options
 * and behaviour of the {@code lua} 5.4 command (see {@link Command}), plus {@code --version}
 * and {@code -l file.lua}, which lists the bytecode of a file.
 *
 * <p>The program name shown in messages and stored at the lowest index of {@code arg} is
 * what the launcher passes in the system property {@code crescent.program} (bin/crescent
 * passes the path it was started by, as a C program gets argv[0]), else "crescent".
 */
public final class Main {
    /** Crescent's version, as {@code -v} shows it. */
    public static final String VERSION = org.crescent.api.Lua.VERSION;
    static final String PROGRAM = "crescent";

    private Main() {}

    public static void main(String[] args) {
        // A buffered stdout, as C's stdio buffers a pipe; flushed by line on a terminal.
        boolean terminal = isTerminal(0) && isTerminal(1);
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                isTerminal(1));
        System.setOut(out);
        String program = System.getProperty("crescent.program", PROGRAM);
        Command command = new Command(program, System.in, out, System.err, null, System.getenv(), terminal, true);
        int status = command.run(args);
        out.flush();
        if (status != 0 || command.ranInteractively()) {
            System.exit(status);
        }
        // Status 0 after a script: returning ends the process as exit(0) does (shutdown hooks
        // run; no thread of ours is a non-daemon one) without System.exit's look-up of a
        // System.Logger, a ServiceLoader scan that cost ~10 ms of every run.
    }

    /** Runs the command with the given streams and returns its exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, null);
    }

    /** As {@link #run(String[], InputStream, PrintStream, PrintStream)}, with relative paths resolved against {@code directory}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path directory) {
        return new Command(PROGRAM, in, out, err, directory, System.getenv(), false, false).run(args);
    }

    /**
     * Whether file descriptor 0, 1 or 2 of this process is a terminal: read from /proc on
     * Linux; elsewhere, whether the JVM has a console (standard input and output both
     * terminals).
     */
    static boolean isTerminal(int descriptor) {
        Path link = Paths.get("/proc/self/fd/" + descriptor);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException noProc) {
            return System.console() != null;
        }
    }
}
