package org.crescent.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crescent.lexer.Lexer;
import org.crescent.runtime.LuaString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares, function by function, what the parser determines (lines, parameters, vararg,
 * debug locals in order, upvalues with their origin) with luac5.4's listing of the same
 * source: the sample chunks under test resources always, and the official test suite in
 * /work/testes when present. Skipped where luac5.4 is not installed.
 */
class LuacCrossCheckTest {
    private static final Path TEST_SUITE = Path.of("/work/testes");
    private static final Pattern HEADER = Pattern.compile("^(main|function) <.*:(\\d+),(\\d+)> \\(");
    private static final Pattern PARAMETERS = Pattern.compile("^(\\d+)(\\+?) params?,");
    private static final Pattern SECTION = Pattern.compile("^(locals|upvalues) \\((\\d+)\\) for");

    @TestFactory
    Stream<DynamicTest> samplesMatchLuac() throws IOException {
        assumeTrue(luacAvailable(), "luac5.4 not installed");
        Path samples = Path.of("src/test/resources/org/crescent/parser/samples");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(samples)) {
            list.filter(p -> p.toString().endsWith(".lua")).sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @TestFactory
    Stream<DynamicTest> testSuiteMatchesLuac() throws IOException {
        assumeTrue(luacAvailable(), "luac5.4 not installed");
        assumeTrue(Files.isDirectory(TEST_SUITE), "no Lua test suite at " + TEST_SUITE);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(TEST_SUITE)) {
            list.filter(p -> p.toString().endsWith(".lua")).sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) throws IOException, InterruptedException {
        byte[] source = Files.readAllBytes(file);
        List<FunctionShape> mine = FunctionShape.of(
                Parser.parse(source, Lexer.contentStart(source), LuaString.of("@" + file)));
        List<FunctionShape> luac = luacShapes(file);
        assertEquals(luac.size(), mine.size(), "number of functions");
        for (int i = 0; i < luac.size(); i++) {
            assertEquals(luac.get(i), mine.get(i), "function " + i + " of " + file);
        }
    }

    private static boolean luacAvailable() {
        try {
            Process process = new ProcessBuilder("luac5.4", "-v").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<FunctionShape> luacShapes(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("luac5.4", "-l", "-l", "-p", file.toString())
                .redirectErrorStream(true).start();
        List<FunctionShape> shapes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.ISO_8859_1))) {
            String line;
            int[] header = null;
            List<String> locals = null;
            List<String> upvalues = null;
            while ((line = reader.readLine()) != null) {
                Matcher matcher = HEADER.matcher(line);
                if (matcher.find()) {
                    header = new int[] {Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)), 0, 0};
                    continue;
                }
                matcher = PARAMETERS.matcher(line);
                if (header != null && matcher.find()) {
                    header[2] = Integer.parseInt(matcher.group(1));
                    header[3] = matcher.group(2).isEmpty() ? 0 : 1;
                    continue;
                }
                matcher = SECTION.matcher(line);
                if (matcher.find()) {
                    int count = Integer.parseInt(matcher.group(2));
                    List<String> entries = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        String[] fields = reader.readLine().split("\t");
                        if (matcher.group(1).equals("locals")) {
                            entries.add(fields[2]);
                        } else {
                            boolean inStack = fields[3].equals("1");
                            entries.add(FunctionShape.upvalue(fields[2], inStack,
                                    inStack ? -1 : Integer.parseInt(fields[4])));
                        }
                    }
                    if (matcher.group(1).equals("locals")) {
                        locals = entries;
                    } else {
                        upvalues = entries;
                        shapes.add(new FunctionShape(header[0], header[1], header[2], header[3] == 1,
                                locals, upvalues));
                        header = null;
                    }
                }
            }
        }
        assertEquals(0, process.waitFor(), "luac5.4 failed on " + file);
        return shapes;
    }
}
