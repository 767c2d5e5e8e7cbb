package org.crescent.stdlib;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaThread;

/**
 * A command run by {@code /bin/sh -c}, for os.execute and io.popen. The child shares the
 * runtime's standard streams: the process's own ones are inherited directly; streams an
 * embedder substituted are fed by copying threads, joined before the status is reported.
 *
 * <p>The JVM reports a child killed by signal n as exit status 128 + n, the same number a
 * shell gives for {@code exit 128+n}; the two cannot be told apart, and such statuses are
 * reported as exits.
 */
final class ChildProcess {
    static final String SHELL = "/bin/sh";

    final Process process;
    private final List<Thread> copiers = new ArrayList<>();
    private int status = -1;
    private boolean finished;

    private ChildProcess(Process process) {
        this.process = process;
    }

    /**
     * Starts {@code command}. {@code pipe} is 'r' (the caller reads the child's output), 'w'
     * (the caller writes its input) or 0 (os.execute: nothing is piped).
     */
    static ChildProcess start(GlobalState global, String command, char pipe) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(SHELL, "-c", command);
        File directory = global.workingDirectory.toFile();
        if (directory.isDirectory()) {
            builder.directory(directory);
        }
        boolean inheritInput = global.standardInput == System.in;
        boolean inheritOutput = global.standardOutput == System.out;
        boolean inheritError = global.standardError == System.err;
        if (pipe != 'w') {
            builder.redirectInput(inheritInput ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        }
        if (pipe != 'r') {
            builder.redirectOutput(inheritOutput ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        }
        builder.redirectError(inheritError ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        global.standardOutput.flush();
        global.standardError.flush();
        ChildProcess child = new ChildProcess(builder.start());
        if (pipe != 'w' && !inheritInput) {
            child.process.getOutputStream().close();
        }
        if (pipe != 'r' && !inheritOutput) {
            child.copy(child.process.getInputStream(), global.standardOutput);
        }
        if (!inheritError) {
            child.copy(child.process.getErrorStream(), global.standardError);
        }
        return child;
    }

    private void copy(InputStream from, OutputStream to) {
        Thread copier = new Thread(() -> {
            byte[] chunk = new byte[8192];
            try (InputStream source = from) {
                for (int count; (count = source.read(chunk)) > 0; ) {
                    synchronized (to) {
                        to.write(chunk, 0, count);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // the child went away; nothing more to copy
            }
        }, "crescent-child-output");
        copier.setDaemon(true);
        copier.start();
        copiers.add(copier);
    }

    /** Waits for the child (and the copying of its output); the exit status, as the JVM reports it. */
    int waitForStatus() {
        if (finished) {
            return status;
        }
        boolean interrupted = false;
        for (;;) {
            try {
                status = process.waitFor();
                for (Thread copier : copiers) {
                    copier.join();
                }
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        finished = true;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return status;
    }

    /** luaL_execresult for a finished child: true/fail, "exit" or "signal", code. */
    static int pushStatus(LuaThread thread, int status) {
        if (status == 0) {
            thread.pushBoolean(true);
        } else {
            thread.pushNil();
        }
        thread.pushString("exit");
        thread.pushInteger(status);
        return 3;
    }
}
