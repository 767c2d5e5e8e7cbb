package org.crescent.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.crescent.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** os.exit inside an embedding, and the calendar arithmetic under os.date and os.time. */
class OsLibTest {
    @TempDir
    Path directory;

    @Test
    void exitThrowsWithItsStatus() {
        assertEquals(3, assertThrows(ProcessExit.class, () -> new LuaRun().run("os.exit(3)")).status);
        assertEquals(0, assertThrows(ProcessExit.class, () -> new LuaRun().run("os.exit(true)")).status);
        assertEquals(1, assertThrows(ProcessExit.class, () -> new LuaRun().run("os.exit(false)")).status);
        assertEquals(0, assertThrows(ProcessExit.class, () -> new LuaRun().run("os.exit()")).status);
    }

    @Test
    void exitPassesThroughProtectedCallsAndCoroutines() {
        ProcessExit exit = assertThrows(ProcessExit.class, () -> new LuaRun().run(
                "pcall(function() coroutine.wrap(function() os.exit(7, true) end)() end) print('not reached')"));
        assertEquals(7, exit.status);
        assertTrue(exit.closedState);
    }

    @Test
    void exitWithCloseClosesPendingVariablesAndFlushesFiles() throws Exception {
        LuaRun lua = new LuaRun(directory);
        assertThrows(ProcessExit.class, () -> lua.run(
                "local f = io.open('exit.txt', 'w') f:write('flushed')\n"
                + "local x <close> = setmetatable({}, {__close = function() print('closed x') end})\n"
                + "io.write('pending ') os.exit(0, true)"));
        assertEquals("pending closed x\n", lua.printed());
        assertEquals("flushed", new String(Files.readAllBytes(directory.resolve("exit.txt")), StandardCharsets.US_ASCII));
    }

    @Test
    void theCommandTurnsExitIntoItsStatus() throws Exception {
        Files.write(directory.resolve("exit.lua"), "io.write('out') io.open('f.txt', 'w'):write('data') os.exit(5)".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"exit.lua"}, new ByteArrayInputStream(new byte[0]), new PrintStream(out, false),
                new PrintStream(new ByteArrayOutputStream(), true), directory);
        assertEquals(5, status);
        assertEquals("out", out.toString("US-ASCII"));
        assertEquals("data", new String(Files.readAllBytes(directory.resolve("f.txt")), StandardCharsets.US_ASCII));
    }

    @Test
    void tmpnameCreatesAFileUnderTmp() throws Exception {
        LuaRun lua = new LuaRun();
        String name = lua.run("local name = os.tmpname() io.write(name)");
        assertTrue(name.matches("/tmp/lua_[A-Za-z0-9]{6}"), name);
        Path file = Path.of(name);
        assertTrue(Files.isRegularFile(file));
        Files.delete(file);
    }

    @Test
    void universalTimeMatchesJavaTime() {
        SplittableRandom random = new SplittableRandom(54);
        for (int i = 0; i < 20000; i++) {
            long seconds = random.nextLong(-400_000_000_000L, 400_000_000_000L);
            LocalDateTime expected = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
            CalendarTime time = CalendarTime.universal(seconds);
            assertEquals(expected.getYear() - 1900, time.year, "year of " + seconds);
            assertEquals(expected.getMonthValue() - 1, time.month);
            assertEquals(expected.getDayOfMonth(), time.day);
            assertEquals(expected.getHour(), time.hour);
            assertEquals(expected.getMinute(), time.minute);
            assertEquals(expected.getSecond(), time.second);
            assertEquals(expected.getDayOfYear() - 1, time.yearDay);
            assertEquals(expected.getDayOfWeek().getValue() % 7, time.weekDay);
        }
    }

    @Test
    void dayCountsMatchJavaTime() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20000; i++) {
            int year = random.nextInt(-100000, 100000);
            int month = random.nextInt(1, 13);
            int day = random.nextInt(1, 29);
            assertEquals(java.time.LocalDate.of(year, month, day).toEpochDay(), CalendarTime.daysFromCivil(year, month, day));
        }
    }

    @Test
    void yearsBeyondACIntCannotBeBrokenDown() {
        assertNull(CalendarTime.universal(1L << 60));
        assertFalse(CalendarTime.universal(67768036191676799L) == null);
        assertNull(CalendarTime.universal(67768036191676800L));
        assertFalse(CalendarTime.universal(-67768040609740800L) == null);
        assertNull(CalendarTime.universal(-67768040609740801L));
    }
}
