package org.crescent.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.crescent.api.Lua;
import org.crescent.api.LuaException;

/**
 * Runs {@link ProgramGenerator}'s programs on lua5.4 (a process, the program on standard
 * input, so chunks are named "stdin" in both) and on Crescent (in this JVM, a fresh runtime
 * per program) and compares standard output byte for byte, and whether the chunk raised.
 *
 * <p>{@code java -cp target/classes:target/test-classes org.crescent.fuzz.DifferentialRunner N SEED [DIR]}
 * runs programs SEED .. SEED+N-1, writes each mismatching program with both outputs to DIR
 * (default target/differential) and exits with status 1 if any mismatched; {@code print SEED}
 * prints one program.
 */
public final class DifferentialRunner {
    private static final long TIMEOUT_SECONDS = 20;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "differential-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private DifferentialRunner() {}

    /** One program's outputs; {@code mismatch()} says whether they differ. */
    record Outcome(long seed, String program, String reference, String crescent) {
        boolean mismatch() {
            return !reference.equals(crescent);
        }

        /** The first differing line of each output, for a one-line report. */
        String firstDifference() {
            String[] expected = reference.split("\n", -1);
            String[] actual = crescent.split("\n", -1);
            for (int i = 0; i < Math.max(expected.length, actual.length); i++) {
                String want = i < expected.length ? expected[i] : "<end>";
                String got = i < actual.length ? actual[i] : "<end>";
                if (!want.equals(got)) {
                    return "output line " + (i + 1) + ": lua5.4 `" + want + "`, Crescent `" + got + "`";
                }
            }
            return "no difference";
        }
    }

    /** Generates the program for {@code seed} and runs it on both implementations. */
    static Outcome compare(long seed) throws IOException, InterruptedException {
        String program = ProgramGenerator.generate(seed);
        byte[] source = program.getBytes(StandardCharsets.ISO_8859_1);
        return new Outcome(seed, program, reference(source), crescent(source));
    }

    /** lua5.4's standard output, then "[error]" and the message if the chunk raised. */
    static String reference(byte[] source) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("lua5.4", "-").start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(source);
        }
        ByteArrayOutputStream error = new ByteArrayOutputStream();
        Thread errorReader = new Thread(() -> {
            try {
                process.getErrorStream().transferTo(error);
            } catch (IOException ignored) {
                // the process died: what was read is what there is
            }
        });
        errorReader.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new String(output, StandardCharsets.ISO_8859_1) + "[timeout]\n";
        }
        errorReader.join();
        String text = new String(output, StandardCharsets.ISO_8859_1);
        if (process.exitValue() != 0) {
            String message = new String(error.toByteArray(), StandardCharsets.ISO_8859_1);
            int traceback = message.indexOf("\nstack traceback:");
            message = traceback >= 0 ? message.substring(0, traceback) : message.strip();
            text += "[error] " + message.replaceFirst("^lua5\\.4: ", "") + "\n";
        }
        return text;
    }

    /** Crescent's output in the same form as {@link #reference}. */
    static String crescent(byte[] source) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String error = null;
        try (Lua lua = Lua.create()) {
            lua.setStandardOutput(output);
            ScheduledFuture<?> watchdog = WATCHDOG.scheduleAtFixedRate(lua::interrupt, TIMEOUT_SECONDS, 1, TimeUnit.SECONDS);
            try {
                lua.load(source, "=stdin").call();
            } catch (LuaException raised) {
                error = raised.getMessage();
            } catch (RuntimeException | StackOverflowError escaped) {
                error = "Java " + escaped;
            } finally {
                watchdog.cancel(false);
            }
            RuntimeException internal = lua.globalState().lastJavaException;
            if (internal != null) {
                // Caught by pcall, it may not show in the output: a Java exception is a bug anyway.
                error = (error == null ? "" : error + "; ") + "Java exception inside: " + internal;
            }
        }
        String text = new String(output.toByteArray(), StandardCharsets.ISO_8859_1);
        return error == null ? text : text + "[error] " + error + "\n";
    }

    public static void main(String[] arguments) throws IOException, InterruptedException {
        if (arguments.length == 2 && arguments[0].equals("print")) {
            System.out.print(ProgramGenerator.generate(Long.parseLong(arguments[1])));
            return;
        }
        int count = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 100;
        long seed = arguments.length > 1 ? Long.parseLong(arguments[1]) : 1;
        Path directory = Paths.get(arguments.length > 2 ? arguments[2] : "target/differential");
        Files.createDirectories(directory);
        int mismatches = 0;
        for (long s = seed; s < seed + count; s++) {
            Outcome outcome = compare(s);
            if (outcome.mismatch()) {
                mismatches++;
                Path file = directory.resolve("mismatch-" + s + ".lua");
                Files.write(file, outcome.program().getBytes(StandardCharsets.ISO_8859_1));
                Files.write(directory.resolve("mismatch-" + s + ".lua5.4.out"), outcome.reference().getBytes(StandardCharsets.ISO_8859_1));
                Files.write(directory.resolve("mismatch-" + s + ".crescent.out"), outcome.crescent().getBytes(StandardCharsets.ISO_8859_1));
                System.out.println("seed " + s + ": " + outcome.firstDifference() + " (" + file + ")");
            }
        }
        System.out.println(count + " programs from seed " + seed + ": " + mismatches + " mismatches");
        System.exit(mismatches == 0 ? 0 : 1);
    }
}
