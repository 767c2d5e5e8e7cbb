package org.crescent.api;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Runs the reference interpreter lua5.4 on a chunk, for expected texts (tests skip without it). */
final class ReferenceLua {
    private ReferenceLua() {}

    /** What {@code lua5.4 -e chunk} prints on standard output. */
    static String output(String chunk) {
        try {
            Process process = new ProcessBuilder("lua5.4", "-e", chunk).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            process.waitFor(30, TimeUnit.SECONDS);
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException error) {
            assumeTrue(false, "lua5.4 is not installed: " + error.getMessage());
            return null;
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
            throw new AssertionError(error);
        }
    }

    /** The message of the error {@code chunk} raises under lua5.4, caught with pcall. */
    static String error(String chunk) {
        String text = output("local ok, message = pcall(load(" + quote(chunk) + ")) io.write(tostring(message))");
        return text;
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            if (c == '\n') {
                quoted.append("\\n");
                continue;
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }
}
