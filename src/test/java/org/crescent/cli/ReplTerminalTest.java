package org.crescent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL driven in a real terminal: the command runs in a tmux pane (a pseudo-terminal, so
 * JLine edits lines there), keys are typed with send-keys and the screen read with
 * capture-pane. tmux is installed with apt-get when missing and possible; without it the test
 * is skipped, saying why.
 */
class ReplTerminalTest {
    private static String tmux;

    @TempDir
    Path home;

    private final String socket = "crescent-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    @BeforeAll
    static void findTmux() {
        tmux = locate();
        if (tmux == null && "root".equals(System.getProperty("user.name"))) {
            run(List.of("apt-get", "install", "-y", "-qq", "tmux"), 300);
            tmux = locate();
            if (tmux == null) {
                run(List.of("apt-get", "update", "-qq"), 300);
                run(List.of("apt-get", "install", "-y", "-qq", "tmux"), 300);
                tmux = locate();
            }
        }
        assumeTrue(tmux != null, "tmux is not installed and could not be installed (apt-get install tmux): "
                + "the REPL cannot be tested in a terminal");
    }

    private static String locate() {
        for (String candidate : List.of("/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    private static int run(List<String> command, int seconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException error) {
            return -1;
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @AfterEach
    void stopServer() {
        run(List.of(tmux, "-L", socket, "kill-server"), 10);
    }

    private void start() {
        StringBuilder command = new StringBuilder("env HOME=").append(quote(home.toString()));
        for (String part : CommandProcess.crescentCommand("crescent")) {
            command.append(' ').append(quote(part));
        }
        List<String> tmuxCommand = List.of(tmux, "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "repl",
                "-x", "120", "-y", "50", command.toString());
        assertEquals(0, run(tmuxCommand, 30), "tmux new-session");
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** Types text literally. */
    private void type(String text) {
        assertEquals(0, run(List.of(tmux, "-L", socket, "send-keys", "-t", "repl", "-l", text), 10));
    }

    /** Presses keys by tmux's names (Enter, C-c, BSpace, Up...). */
    private void press(String... keys) {
        List<String> command = new ArrayList<>(List.of(tmux, "-L", socket, "send-keys", "-t", "repl"));
        command.addAll(List.of(keys));
        assertEquals(0, run(command, 10));
    }

    private void line(String text) {
        type(text);
        press("Enter");
    }

    private String screen() {
        try {
            Process process = new ProcessBuilder(tmux, "-L", socket, "capture-pane", "-p", "-t", "repl", "-S", "-500")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            return text;
        } catch (IOException error) {
            return "";
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Waits until the screen has {@code count} lines matching {@code regex} (whole lines). */
    private String await(String regex, int count) {
        Pattern pattern = Pattern.compile("(?m)^" + regex + "\\s*$");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String text = "";
        while (System.nanoTime() < deadline) {
            text = screen();
            if (pattern.matcher(text).results().count() >= count) {
                return text;
            }
            sleep(100);
        }
        throw new AssertionError("no " + count + " line(s) matching " + regex + " on the screen:\n" + text);
    }

    private String await(String regex) {
        return await(regex, 1);
    }

    private static void sleep(long milliseconds) {
        try {
            Thread.sleep(milliseconds);
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many lines of the screen start with the prompt. */
    private int prompts() {
        return (int) Pattern.compile("(?m)^>.*$").matcher(screen()).results().count();
    }

    private boolean running() {
        return run(List.of(tmux, "-L", socket, "has-session", "-t", "repl"), 10) == 0;
    }

    @Test
    void evaluatesContinuesReportsAndLeaves() throws IOException {
        start();
        await(Pattern.quote(Command.VERSION));
        await(">");
        line("1+1");
        await("2");
        line("\"a\", nil");
        await("a\\s+nil");
        line("for i = 1, 2 do");
        await(">>");
        line("print(i * 10) end");
        await("20");
        line("error('boom')");
        await("stdin:1: boom");
        await("\\s*\\[C\\]: in \\?");
        line("x = 6 * 7");
        line("x");
        await("42");
        press("C-d");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (running() && System.nanoTime() < deadline) {
            sleep(100);
        }
        assertTrue(!running(), "Ctrl-D should leave the REPL");
        String history = Files.readString(home.resolve(".crescent_history"));
        assertTrue(history.contains("x = 6 * 7"), history);
        // A new session starts with that history.
        start();
        await(">");
        press("Up", "Up");
        press("Enter");
        await("> x = 6 \\* 7");
    }

    @Test
    void controlCStopsARunningChunk() {
        start();
        await(">");
        line("while true do end");
        sleep(700);
        press("C-c");
        // The terminal echoes ^C before the message.
        await("(\\^C)?interrupted!");
        line("6 * 7");
        await("42");
        // Ctrl-C at the prompt drops the line being typed.
        type("partial");
        await("> partial");
        int prompts = prompts();
        press("C-c");
        // Ctrl-C at the prompt arrives as a signal: wait for the fresh prompt, as a person would.
        await(">.*", prompts + 1);
        line("3 + 4");
        await("7");
        assertTrue(!screen().contains("'partial'"), screen());
        assertTrue(running());
    }

    @Test
    void editsLinesAndRecallsHistory() {
        start();
        await(">");
        type("print(1234");
        press("BSpace", "BSpace");
        line(")");
        await("12");
        type("+1");
        press("C-a");
        line("10");
        await("11");
        press("Up");
        press("Enter");
        await("11", 2);
        // Tab completes names from the globals and through tables.
        type("print(math.fl");
        press("Tab");
        line("(2.5))");
        await("2");
        line("things = setmetatable({}, {__index = {alpha = 'ABC'}})");
        type("print(things.al");
        press("Tab");
        line(")");
        await("ABC");
    }
}
