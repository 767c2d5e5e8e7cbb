package org.crescent.parser;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crescent.lexer.Lexer;
import org.crescent.runtime.LuaString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Parses every file of the official Lua test suite, when it is present at /work/testes. */
class TestSuiteSmokeTest {
    private static final Path TEST_SUITE = Path.of("/work/testes");

    @TestFactory
    Stream<DynamicTest> everyTestSuiteFileParses() throws IOException {
        assumeTrue(Files.isDirectory(TEST_SUITE), "no Lua test suite at " + TEST_SUITE);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.walk(TEST_SUITE)) {
            list.filter(p -> p.toString().endsWith(".lua")).sorted().forEach(files::add);
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(TEST_SUITE.relativize(file).toString(), () -> {
            byte[] source = Files.readAllBytes(file);
            assertNotNull(Parser.parse(source, Lexer.contentStart(source), LuaString.of("@" + file)));
        }));
    }
}
