package org.crescent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crescent command as a real process, compared with lua5.4 run the same way (same
 * arguments, standard input, environment and folder): exit status, standard output and
 * standard error must be equal, but for the version line.
 */
class CommandTest {
    @TempDir
    Path directory;

    private void same(Map<String, String> environment, String input, String... arguments) {
        CommandProcess.Result expected = CommandProcess.reference(directory, environment, input, arguments);
        CommandProcess.Result actual = CommandProcess.crescent(directory, environment, input, arguments);
        assertEquals(normalize(expected.toString()), normalize(actual.toString()), String.join(" ", arguments));
    }

    private void same(String... arguments) {
        same(Map.of(), null, arguments);
    }

    /** The version line is the one thing allowed to differ. */
    private static String normalize(String text) {
        return text.replace(Command.VERSION, "<version>")
                .replace("Lua 5.4.4  Copyright (C) 1994-2022 Lua.org, PUC-Rio", "<version>");
    }

    @Test
    void executesStatements() {
        same("-e", "print(1, 'a', 2.5)");
        same("-eprint(1)", "-ea=3", "-e", "print(a)");
        same("-e", "x = ", "-e", "print('not reached')");
    }

    @Test
    void scriptsGetTheArgTable() throws Exception {
        CommandProcess.write(directory, "args.lua",
                "for i = -4, #arg do print(i, arg[i]) end print(select('#', ...), ...)\n");
        same("args.lua", "a", "b c", "");
        same("-e", "x = 1", "args.lua", "-e", "z");
        same("-e ", "--", "args.lua", "a");
        same("-e", "print(arg[0], arg[-1], #arg)");
    }

    @Test
    void reportsErrorsAsLua() throws Exception {
        CommandProcess.write(directory, "syntax.lua", "print(1\n");
        CommandProcess.write(directory, "runtime.lua", "local function f(t) return t.x.y end\nf({})\n");
        CommandProcess.write(directory, "table.lua", "error({})\n");
        CommandProcess.write(directory, "number.lua", "error(12)\n");
        CommandProcess.write(directory, "nil.lua", "error()\n");
        CommandProcess.write(directory, "tostring.lua", "error(setmetatable({}, {__tostring = function() return 'described' end}))\n");
        CommandProcess.write(directory, "comment.lua", "#!/usr/bin/lua\nprint(debug.getinfo(1).currentline)\n");
        for (String script : List.of("syntax.lua", "runtime.lua", "table.lua", "number.lua", "nil.lua", "tostring.lua",
                "comment.lua", "missing.lua")) {
            same(script);
        }
    }

    @Test
    void badOptionsPrintUsage() {
        for (String option : List.of("-h", "---", "-Ex", "-vv", "-iv", "-e", "-l", "-x")) {
            CommandProcess.Result expected = CommandProcess.reference(directory, Map.of(), null, option);
            CommandProcess.Result actual = CommandProcess.crescent(directory, Map.of(), null, option);
            assertEquals(expected.status, actual.status, option);
            // The usage text lists two Crescent additions (--version, -l file.lua).
            String firstLine = expected.err.substring(0, expected.err.indexOf('\n'));
            assertTrue(actual.err.startsWith(firstLine + "\nusage: lua5.4 [options] [script [args]]\n"), actual.err);
        }
    }

    @Test
    void readsStandardInput() {
        same(Map.of(), "print(1)\nprint(2)\n");
        same(Map.of(), "print(...)\n", "-", "-h", "x");
        same(Map.of(), "#!/bin/lua\nerror('stdin error')\n", "-");
        same(Map.of(), "print(...)", "-e", "arg[1] = 100", "-");
        same(Map.of(), "", "-e", "arg = 1", "-");
    }

    @Test
    void runsLuaInit() throws Exception {
        CommandProcess.write(directory, "init.lua", "x = (x or 10) print('init', x) x = x + 1\n");
        CommandProcess.write(directory, "show.lua", "print(x, X)\n");
        same(Map.of("LUA_INIT", "X = tonumber(arg[1])"), null, "show.lua", "3.2");
        same(Map.of("LUA_INIT_5_4", "X = 10", "LUA_INIT", "X = 3"), null, "show.lua");
        same(Map.of("LUA_INIT", "@init.lua"), null, "show.lua");
        same(Map.of("LUA_INIT", "error('msg')"), null, "show.lua");
        same(Map.of("LUA_INIT", "@missing.lua"), null, "show.lua");
        same(Map.of("LUA_INIT", "error('ignored')", "LUA_PATH", "xxx"), null, "-E", "-e", "print(package.path ~= 'xxx')");
    }

    @Test
    void requiresLibraries() throws Exception {
        CommandProcess.write(directory, "mod.lua", "print('loading', ...) return {x = 15}\n");
        Map<String, String> path = Map.of("LUA_PATH", "./?.lua");
        same(path, null, "-l", "mod", "-e", "print(mod.x)");
        same(path, null, "-lm=mod", "-l", "s=string", "-e", "print(m.x, s.upper('a'))");
        same(path, null, "-l", "missing");
    }

    @Test
    void warningsWithW() throws Exception {
        CommandProcess.write(directory, "warn.lua", "warn('@off', 'XXX') warn('@on') warn('Z', 'Z') warn('@off') warn('no')\n");
        same("-W", "warn.lua");
        same("warn.lua");
        same("-W", "-e", "warn('a', 'b')");
    }

    @Test
    void exitCodes() throws Exception {
        CommandProcess.write(directory, "exit3.lua", "io.write('before') os.exit(3)\n");
        CommandProcess.write(directory, "exitfalse.lua", "os.exit(false, true)\n");
        CommandProcess.write(directory, "exitclose.lua", "local x <close> = setmetatable({}, {__close = function() print('closed') end})\n"
                + "os.exit(true, true)\n");
        CommandProcess.write(directory, "file.lua", "io.output('out.txt') io.write('kept')\n");
        CommandProcess.write(directory, "finalizers.lua", "print('creating 1')\n"
                + "setmetatable({}, {__gc = function() print(1) end})\n"
                + "print('creating 2')\n"
                + "setmetatable({}, {__gc = function()\n"
                + "  print('2') print('creating 3')\n"
                + "  setmetatable({}, {__gc = function() print(3) end})\n"
                + "  print(collectgarbage())\n"
                + "  os.exit(0, true)\n"
                + "end})\n");
        same("-W", "finalizers.lua");
        same("exit3.lua");
        same("exitfalse.lua");
        same("exitclose.lua");
        same("file.lua");
        assertEquals("kept", Files.readString(directory.resolve("out.txt")));
    }

    @Test
    void interactiveModeFromAPipe() throws Exception {
        String session = "x = 1\nx\n1+1\n\"a\", nil\nfunction f()\nreturn 3 end\nf()\nerror('boom')\n=f()\n"
                + "for i = 1, 2 do\nprint(i)\nend\nlocal t = setmetatable({}, {__tostring = function() return 'T' end}) error(t)\n"
                + "x = = 1\n";
        same(Map.of(), session, "-i");
        same(Map.of(), "print('x')\n", "-e", "print = nil", "-i");
        same(Map.of(), "1\n2\n", "-e", "_PROMPT = 'lua> ' _PROMPT2 = setmetatable({}, {__tostring = function() return '..' end})", "-i");
        same(Map.of(), "a = [[b\nc]]\n=a\n", "-e", "_PROMPT='' _PROMPT2=''", "-i");
        CommandProcess.write(directory, "setx.lua", "x = ... print('script ran')\n");
        same(Map.of(), "x\n", "-i", "setx.lua", "from args");
        same(Map.of(), "x\n", "-v", "-i");
    }

    @Test
    void versionAndListing() throws Exception {
        CommandProcess.Result version = CommandProcess.crescent(directory, Map.of(), null, "-v");
        assertEquals(Command.VERSION + "\n", version.out);
        assertEquals(0, version.status);
        CommandProcess.Result both = CommandProcess.crescent(directory, Map.of(), null, "--version", "-e", "print('hello')");
        assertEquals(Command.VERSION + "\nhello\n", both.out);
        CommandProcess.write(directory, "list.lua", "local a = 1\nprint(a)\n");
        CommandProcess.Result listing = CommandProcess.crescent(directory, Map.of(), null, "-l", "list.lua");
        assertEquals(0, listing.status, listing.toString());
        assertTrue(listing.out.startsWith("\nmain <list.lua:0,0>"), listing.out);
        // Default program name when no launcher sets one.
        List<String> command = CommandProcess.crescentCommand("crescent");
        command.remove("-Dcrescent.program=crescent");
        command.add("missing.lua");
        CommandProcess.Result missing = CommandProcess.run(command, directory, Map.of(), null);
        assertEquals("crescent: cannot open missing.lua: No such file or directory\n", missing.err);
    }

    @Test
    void controlCInterruptsRunningCode() throws Exception {
        List<String> command = CommandProcess.crescentCommand("lua5.4");
        // Each -e runs on its own, with SIGINT caught again (the first Ctrl-C of a chunk puts back
        // the default action, so a second one would end the process, as in lua).
        command.add("-e");
        command.add("pcall(function() print(12) while true do end end) print(42)");
        command.add("-e");
        command.add("local ok, message = pcall(function() print(13) local function f() return f() end f() end) print(message)");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("12", out.readLine());
            interrupt(process);
            assertEquals("42", out.readLine());
            assertEquals("13", out.readLine());
            interrupt(process);
            assertEquals("interrupted!", out.readLine());
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void uncaughtInterruptEndsTheScript() throws Exception {
        List<String> command = CommandProcess.crescentCommand("lua5.4");
        command.add("-e");
        command.add("print('looping') while true do end");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("looping", out.readLine());
            interrupt(process);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(1, process.exitValue());
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals("lua5.4: interrupted!\nstack traceback:\n\t(command line):1: in main chunk\n\t[C]: in ?\n", err);
        } finally {
            process.destroyForcibly();
        }
    }

    /** kill -INT, a moment after the process printed (it is then inside the loop). */
    private static void interrupt(Process process) throws Exception {
        Thread.sleep(300);
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, kill.exitValue());
    }
}
