package org.crescent.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The io library seen from an embedder: redirected standard streams, flushing at the end. */
class IoLibTest {
    @TempDir
    Path directory;

    @Test
    void printAndWriteShareStandardOutputInOrder() {
        LuaRun lua = new LuaRun();
        assertEquals("ab\ncd\n12.5\n", lua.run("io.write('a') print('b') io.stdout:write('c', 'd', '\\n') io.write(1, 2.5, '\\n')"));
    }

    @Test
    void standardStreamsFollowRedirectionsMadeAfterOpening() {
        LuaRun lua = new LuaRun();
        ByteArrayOutputStream later = new ByteArrayOutputStream();
        lua.global.standardOutput = new PrintStream(later, true);
        lua.global.standardInput = new ByteArrayInputStream("42 rest of line\nsecond\n".getBytes(StandardCharsets.US_ASCII));
        lua.run("local n, l = io.read('n', 'l') io.write(n + 1, '|', l, '|', io.read('L'), io.read('a'), '|', tostring(io.read()))");
        assertEquals("43| rest of line|second\n|nil", new String(later.toByteArray(), StandardCharsets.US_ASCII));
        assertEquals("", lua.printed());
    }

    @Test
    void standardErrorIsWrittenThrough() {
        LuaRun lua = new LuaRun();
        lua.run("io.stderr:write('problem ', 1, '\\n')");
        assertEquals("problem 1\n", new String(lua.errors.toByteArray(), StandardCharsets.US_ASCII));
    }

    @Test
    void closeAllFlushesFilesLeftOpen() throws IOException {
        LuaRun lua = new LuaRun(directory);
        lua.run("local f = io.open('left-open.txt', 'w') f:write('kept', ' data') io.output('default.txt') io.write('default')");
        assertEquals("", new String(Files.readAllBytes(directory.resolve("left-open.txt")), StandardCharsets.US_ASCII));
        IoLib.closeAll(lua.global);
        assertEquals("kept data", new String(Files.readAllBytes(directory.resolve("left-open.txt")), StandardCharsets.US_ASCII));
        assertEquals("default", new String(Files.readAllBytes(directory.resolve("default.txt")), StandardCharsets.US_ASCII));
    }

    @Test
    void flushAllKeepsFilesOpen() throws IOException {
        LuaRun lua = new LuaRun(directory);
        lua.run("f = io.open('partial.txt', 'w') f:write('one ')");
        IoLib.flushAll(lua.global);
        assertEquals("one ", new String(Files.readAllBytes(directory.resolve("partial.txt")), StandardCharsets.US_ASCII));
        lua.run("f:write('two') f:close()");
        assertEquals("one two", new String(Files.readAllBytes(directory.resolve("partial.txt")), StandardCharsets.US_ASCII));
    }

    @Test
    void relativeNamesResolveAgainstTheWorkingDirectory() throws IOException {
        Files.write(directory.resolve("input.txt"), "first\nsecond\n".getBytes(StandardCharsets.US_ASCII));
        LuaRun lua = new LuaRun(directory);
        assertEquals("first\nsecond\n2\n", lua.run("local n = 0 for l in io.lines('input.txt') do print(l) n = n + 1 end print(n)"));
    }

    @Test
    void largeFilesReadByLinesAndWhole() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            text.append("line ").append(i).append('\n');
        }
        text.append("a very long line:");
        for (int i = 0; i < 100000; i++) {
            text.append((char) ('a' + i % 26));
        }
        Files.write(directory.resolve("big.txt"), text.toString().getBytes(StandardCharsets.US_ASCII));
        LuaRun lua = new LuaRun(directory);
        String printed = lua.run("local n, bytes = 0, 0 for l in io.lines('big.txt', 'L') do n = n + 1 bytes = bytes + #l end "
                + "local f = io.open('big.txt') local all = f:read('a') f:close() print(n, bytes, #all)");
        int length = text.length();
        assertEquals("20001\t" + length + "\t" + length + "\n", printed);
    }

    @Test
    void unreachableHandlesAreFlushedWhenCollected() throws Exception {
        LuaRun lua = new LuaRun(directory);
        lua.run("do local f = io.open('garbage.txt', 'w') f:write('written') end");
        IoState io = IoState.of(lua.global);
        for (int attempt = 0; attempt < 20 && Files.size(directory.resolve("garbage.txt")) == 0; attempt++) {
            // Stale stack slots may keep the handle alive: clear them as a collection would.
            java.util.Arrays.fill(lua.global.mainThread.refs, lua.global.mainThread.top, lua.global.mainThread.refs.length, null);
            System.gc();
            Thread.sleep(10);
            io.reapUnreachable();
        }
        assertEquals("written", new String(Files.readAllBytes(directory.resolve("garbage.txt")), StandardCharsets.US_ASCII));
    }

    @Test
    void modeCheckFollowsC() {
        for (String mode : new String[] {"r", "w", "a", "r+", "w+", "a+", "rb", "r+b", "wbb"}) {
            assertTrue(IoLib.validMode(mode), mode);
        }
        for (String mode : new String[] {"", "rw", "rb+", "+", "b", "x", "r+bk"}) {
            assertTrue(!IoLib.validMode(mode), mode);
        }
    }
}
