package org.crescent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** examples/Embedding.java compiles and runs against the API (as its header tells a newcomer to run it). */
class ExampleProgramTest {
    @Test
    void embeddingExampleRuns() throws Exception {
        Path example = Path.of("examples", "Embedding.java");
        assertTrue(Files.exists(example), "examples/Embedding.java is missing");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, example.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertEquals(List.of(
                "hello Crescent, 42",
                "7 squared is 49",
                "total 77 over 2",
                "ada has 120",
                "error: example:2: attempt to index a nil value (local 't')",
                "error: example:1: bad argument #1 to 'add' (number expected, got string)",
                "JSR-223: 42"), output.lines().toList());
    }
}
