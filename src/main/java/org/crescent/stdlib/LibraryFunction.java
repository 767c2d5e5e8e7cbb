package org.crescent.stdlib;

import java.util.Locale;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaThread;
import org.crescent.runtime.LuaFunction;

/**
 * A function of a library as a constant of that library's function enum. The enum is the
 * library's registration table ({@link Library#registerAll} registers its constants), and its
 * {@code call} is one switch expression over {@code this}, so that javac rejects a constant
 * without a body. Opening a library thus links no lambda: on JDK 25 each method reference
 * cost ~0.7 ms at first execution (LambdaMetafactory spins a hidden class), an enum constant
 * costs nothing beyond its enum's one class.
 *
 * <p>The overrides of {@link #luaName}, {@link #kind} and {@link #registered} compare
 * constants rather than switch over them: a switch on an enum loads javac's SwitchMap class,
 * which registration would then load for every library, also those whose functions a script
 * never calls.
 *
 * <p>Per-runtime data a function needs (the io library's {@link IoState}, the string
 * library's engines) is the {@code state} given at registration; the running function reads
 * it with {@link #state(LuaThread)}.
 */
public interface LibraryFunction extends JavaFunction.Body {
    /** The constant's name ({@link Enum#name}). */
    String name();

    /** The name Lua sees: by default the constant's name in lower case. */
    default String luaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The function's {@link LuaFunction} kind: plain Java unless the interpreter runs it itself. */
    default int kind() {
        return LuaFunction.KIND_JAVA;
    }

    /**
     * False for a function its library places itself rather than in the library table (an
     * iterator it hands out, a metamethod).
     */
    default boolean registered() {
        return true;
    }

    /**
     * The function's frameless path for compiled callers ({@link JavaFunction.FastCall}), or
     * null: an enum with such paths implements FastCall itself and answers {@code this} for the
     * constants that have one.
     */
    default JavaFunction.FastCall fastCall() {
        return null;
    }

    /** A new Lua function value for this constant, carrying {@code state}. */
    default JavaFunction function(Object state) {
        JavaFunction function = new JavaFunction(kind(), luaName(), this, state);
        function.fast = fastCall();
        return function;
    }

    /**
     * The state the running Java function was registered with: its frame's function's. Only
     * for {@code call}; a frameless fast path has no frame of its own.
     */
    static Object state(LuaThread thread) {
        return ((JavaFunction) thread.currentFrame().function).state;
    }
}
