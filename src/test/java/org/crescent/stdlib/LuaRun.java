package org.crescent.stdlib;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.Tag;

/** A runtime with the standard libraries, its output captured, for library tests. */
final class LuaRun {
    final GlobalState global = new GlobalState();
    final ByteArrayOutputStream output = new ByteArrayOutputStream();
    final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    LuaRun() {
        this(null);
    }

    LuaRun(Path directory) {
        if (directory != null) {
            global.workingDirectory = directory;
        }
        global.standardOutput = new PrintStream(output, false);
        global.standardError = new PrintStream(errors, true);
        StandardLibraries.openAll(global);
    }

    /** Runs a chunk; returns what it printed so far. */
    String run(String source) {
        LuaThread thread = global.mainThread;
        LuaClosure closure = ChunkLoader.load(source.getBytes(StandardCharsets.UTF_8), Errors.bytesOf("=test"), "t",
                Tag.TABLE, 0, global.globals);
        int slot = thread.top;
        thread.pushFunction(closure);
        try {
            thread.call(slot, 0, 0);
        } finally {
            thread.top = slot;
        }
        return printed();
    }

    String printed() {
        global.standardOutput.flush();
        return new String(output.toByteArray(), StandardCharsets.ISO_8859_1);
    }
}
