package org.crescent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crescent.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden script under src/test/resources/golden through the crescent command, in
 * its own folder, and compares what it prints with the expectation lua5.4 produced (see
 * scripts/golden-regenerate.sh for the format).
 */
class GoldenScriptTest {
    private static final Path ROOT = Paths.get("src/test/resources/golden");
    /**
     * Scripts known to fail, one relative path per line ('#' comments): each still runs; a
     * failure is reported as skipped, and a pass fails the test so the list only shrinks.
     */
    private static final Path KNOWN_FAILURES = ROOT.resolve("known-failures.txt");

    @TestFactory
    Stream<DynamicTest> goldenScripts() throws IOException {
        java.util.Set<String> known = knownFailures();
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(ROOT)) {
            scripts = files.filter(path -> path.toString().endsWith(".lua"))
                    .filter(path -> Files.exists(expectationOf(path)))
                    .sorted()
                    .collect(Collectors.toList());
        }
        return scripts.stream().map(script -> {
            String name = ROOT.relativize(script).toString();
            return DynamicTest.dynamicTest(name, () -> {
                if (!known.contains(name)) {
                    check(script);
                    return;
                }
                boolean passes;
                try {
                    check(script);
                    passes = true;
                } catch (AssertionError expected) {
                    passes = false;
                }
                if (passes) {
                    throw new AssertionError(name + " passes now: remove it from " + KNOWN_FAILURES);
                }
                Assumptions.abort("known failure (" + KNOWN_FAILURES.getFileName() + ")");
            });
        });
    }

    static java.util.Set<String> knownFailures() throws IOException {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (Files.exists(KNOWN_FAILURES)) {
            for (String line : Files.readAllLines(KNOWN_FAILURES)) {
                String entry = line.replaceAll("#.*", "").trim();
                if (!entry.isEmpty()) {
                    names.add(entry);
                }
            }
        }
        return names;
    }

    private static Path expectationOf(Path script) {
        String name = script.getFileName().toString();
        return script.resolveSibling(name.substring(0, name.length() - 4) + ".expected");
    }

    private static void check(Path script) throws IOException {
        String expected = new String(Files.readAllBytes(expectationOf(script)), StandardCharsets.ISO_8859_1);
        assertEquals(expected, run(script), script.toString());
    }

    /** What the crescent command prints for the script, in the expectation file's format. */
    static String run(Path script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true);
             PrintStream errStream = new PrintStream(err, true)) {
            status = Main.run(new String[] {script.getFileName().toString()}, new ByteArrayInputStream(new byte[0]),
                    outStream, errStream, script.getParent());
        }
        StringBuilder text = new StringBuilder(new String(out.toByteArray(), StandardCharsets.ISO_8859_1));
        if (status != 0) {
            String errors = new String(err.toByteArray(), StandardCharsets.ISO_8859_1);
            if (errors.startsWith("crescent: ")) {
                errors = "lua: " + errors.substring("crescent: ".length());
            }
            text.append("--- exit ").append(status).append('\n').append(errors);
        }
        return text.toString();
    }
}
