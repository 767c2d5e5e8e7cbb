package org.crescent.jmh;

import java.nio.charset.StandardCharsets;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.LuaClosure;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ChunkLoader;
import org.crescent.stdlib.StandardLibraries;

/**
 * A Lua function compiled once in a fresh state with the standard libraries, called from Java
 * with one integer argument and one integer result: the chunk {@code source} must return the
 * function. The thread's stack is reset before each call, so calls never accumulate slots.
 */
final class LuaFunctionRunner {
    final GlobalState global = new GlobalState();
    private final LuaThread thread;
    private final Object function;

    LuaFunctionRunner(String source) {
        StandardLibraries.openAll(global);
        thread = global.mainThread;
        LuaClosure chunk = ChunkLoader.load(source.getBytes(StandardCharsets.UTF_8), LuaString.of("=jmh"), "t",
                Tag.TABLE, 0, global.globals);
        thread.top = 0;
        thread.pushFunction(chunk);
        thread.call(0, 0, 1);
        function = thread.refs[0];
        if (thread.tags[0] != Tag.FUNCTION) {
            throw new IllegalArgumentException("the chunk must return a function");
        }
    }

    /** Calls the function with {@code argument}; returns its result's bits (an integer's value). */
    long call(long argument) {
        thread.top = 1;
        thread.pushValue(Tag.FUNCTION, 0, function);
        thread.pushInteger(argument);
        thread.call(1, 1, 1);
        return thread.bits[1];
    }
}
