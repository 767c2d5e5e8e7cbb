package org.crescent.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the crescent command, or the reference lua5.4, as a real process: Crescent's
 * {@link Main} in a child JVM on the test class path, named "lua5.4" (the
 * {@code crescent.program} property bin/crescent sets) so that its messages can be compared
 * with the reference's byte for byte. SIGINT is put back to its default action through perl
 * when available, as bin/crescent does.
 */
final class CommandProcess {
    /** What a run printed and how it ended. */
    static final class Result {
        final int status;
        final String out;
        final String err;

        Result(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private CommandProcess() {}

    static String classPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null && !path.isEmpty() ? path : System.getProperty("java.class.path");
    }

    /** The command line of Crescent's command. */
    static List<String> crescentCommand(String program) {
        List<String> command = new ArrayList<>();
        if (new File("/usr/bin/perl").canExecute()) {
            command.add("/usr/bin/perl");
            command.add("-e");
            command.add("$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die");
            command.add("--");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xss16m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dcrescent.program=" + program);
        command.add("-cp");
        command.add(classPath());
        command.add(Main.class.getName());
        return command;
    }

    static Result crescent(Path directory, Map<String, String> environment, String input, String... arguments) {
        List<String> command = crescentCommand("lua5.4");
        command.addAll(List.of(arguments));
        return run(command, directory, environment, input);
    }

    static Result reference(Path directory, Map<String, String> environment, String input, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("lua5.4");
        command.addAll(List.of(arguments));
        return run(command, directory, environment, input);
    }

    static Result run(List<String> command, Path directory, Map<String, String> environment, String input) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().remove("LUA_INIT");
        builder.environment().remove("LUA_INIT_5_4");
        builder.environment().remove("LUA_PATH");
        builder.environment().remove("LUA_PATH_5_4");
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException error) {
            assumeTrue(false, command.get(0) + " cannot run: " + error.getMessage());
            return null;
        }
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try {
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("no result within 60s: " + command);
            }
            return new Result(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
        } catch (Exception error) {
            process.destroyForcibly();
            throw new AssertionError(error);
        }
    }

    static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException error) {
                return "<" + error + ">";
            }
        });
    }

    static Path write(Path directory, String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
