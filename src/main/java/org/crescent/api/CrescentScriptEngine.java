package org.crescent.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;

/**
 * Crescent as a JSR-223 script engine. Each engine owns one {@link Lua} runtime with every
 * standard library; its engine-scope bindings are a live view of the Lua globals, so
 * {@code engine.put("x", 1)} is the global {@code x} and a global a script sets is
 * {@code engine.get(name)}. A script run with other bindings sees them as globals for that
 * run, and what it sets is written back to them (see {@link ContextScope}).
 *
 * <p>{@code eval} returns the chunk's first result. As {@link Compilable} it compiles a script
 * once to run it many times; as {@link Invocable} it calls global functions
 * ({@code invokeFunction}), methods of tables ({@code invokeMethod(table, name)}, called as
 * {@code table:name(...)}), and implements Java interfaces with Lua functions
 * ({@code getInterface}). Errors are {@link ScriptException}s whose cause is the
 * {@link LuaException}. The context's writer, error writer and reader are Lua's standard
 * streams while a script runs.
 */
public final class CrescentScriptEngine extends AbstractScriptEngine implements Compilable, Invocable {
    private final CrescentScriptEngineFactory factory;
    private final Lua lua = Lua.create();
    private final Bindings globals = new GlobalsBindings(lua);
    /** The process streams, for contexts whose writers and reader are still the defaults. */
    private final PrintWriter standardWriter = new PrintWriter(System.out, true);
    private final PrintWriter standardErrorWriter = new PrintWriter(System.err, true);
    private final Reader standardReader = new java.io.InputStreamReader(System.in);

    CrescentScriptEngine(CrescentScriptEngineFactory factory) {
        this.factory = factory;
        SimpleScriptContext defaultContext = new SimpleScriptContext();
        defaultContext.setBindings(globals, ScriptContext.ENGINE_SCOPE);
        defaultContext.setWriter(standardWriter);
        defaultContext.setErrorWriter(standardErrorWriter);
        defaultContext.setReader(standardReader);
        setContext(defaultContext);
    }

    /** The Lua runtime behind this engine, for everything JSR-223 does not cover. */
    public Lua lua() {
        return lua;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        return run(compileCallable(script, context), context);
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(readAll(reader), context);
    }

    /** A new empty {@link SimpleBindings}; use it with {@code eval(script, bindings)}. */
    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    // ---- Compilable ----

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        LuaCallable chunk = compileCallable(script, context);
        return new CompiledScript() {
            @Override
            public Object eval(ScriptContext context) throws ScriptException {
                return run(chunk, context);
            }

            @Override
            public ScriptEngine getEngine() {
                return CrescentScriptEngine.this;
            }
        };
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    private LuaCallable compileCallable(String script, ScriptContext context) throws ScriptException {
        Object fileName = context.getAttribute(ScriptEngine.FILENAME);
        try {
            return fileName == null ? lua.load(script) : lua.load(script, "@" + fileName);
        } catch (LuaException error) {
            throw scriptException(error);
        }
    }

    /** Runs a compiled chunk with the context's bindings and streams. */
    private Object run(LuaCallable chunk, ScriptContext context) throws ScriptException {
        ContextScope scope = new ContextScope(lua, globals, context);
        Streams saved = redirect(context);
        try {
            scope.enter();
            return chunk.call();
        } catch (LuaException error) {
            throw scriptException(error);
        } finally {
            try {
                scope.leave();
            } finally {
                restore(saved);
            }
        }
    }

    // ---- Invocable ----

    @Override
    public Object invokeFunction(String name, Object... arguments) throws ScriptException, NoSuchMethodException {
        Object function = lua.get(name);
        if (!(function instanceof LuaCallable)) {
            throw new NoSuchMethodException("no Lua function '" + name + "'");
        }
        return invoke((LuaCallable) function, arguments);
    }

    @Override
    public Object invokeMethod(Object target, String name, Object... arguments) throws ScriptException, NoSuchMethodException {
        if (!(target instanceof LuaTableView)) {
            throw new IllegalArgumentException("invokeMethod needs a Lua table (LuaTableView), got "
                    + (target == null ? "null" : target.getClass().getName()));
        }
        Object method = ((LuaTableView) target).get(name);
        if (!(method instanceof LuaCallable)) {
            throw new NoSuchMethodException("no Lua method '" + name + "'");
        }
        Object[] withSelf = new Object[arguments.length + 1];
        withSelf[0] = target;
        System.arraycopy(arguments, 0, withSelf, 1, arguments.length);
        return invoke((LuaCallable) method, withSelf);
    }

    private Object invoke(LuaCallable function, Object[] arguments) throws ScriptException {
        Streams saved = redirect(context);
        try {
            return function.call(arguments);
        } catch (LuaException error) {
            throw scriptException(error);
        } finally {
            restore(saved);
        }
    }

    /** The interface implemented by global functions of the same names; null if one is missing. */
    @Override
    public <T> T getInterface(Class<T> type) {
        return implement(null, type);
    }

    /** The interface implemented by methods of the table {@code target}; null if one is missing. */
    @Override
    public <T> T getInterface(Object target, Class<T> type) {
        if (!(target instanceof LuaTableView)) {
            throw new IllegalArgumentException("getInterface needs a Lua table (LuaTableView)");
        }
        return implement((LuaTableView) target, type);
    }

    private <T> T implement(LuaTableView target, Class<T> type) {
        if (type == null || !type.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + type);
        }
        LuaTableView functions = target != null ? target : lua.globals();
        for (Method method : type.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers()) && !(functions.get(method.getName()) instanceof LuaCallable)) {
                return null;
            }
        }
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, arguments) -> {
            Object[] values = arguments == null ? new Object[0] : arguments;
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals": return self == values[0];
                    case "hashCode": return System.identityHashCode(self);
                    default: return "Lua implementation of " + type.getName();
                }
            }
            if (method.isDefault() && !(functions.get(method.getName()) instanceof LuaCallable)) {
                return java.lang.reflect.InvocationHandler.invokeDefault(self, method, values);
            }
            Object result = target != null ? invokeMethod(target, method.getName(), values) : invokeFunction(method.getName(), values);
            return JavaTypes.convert(result, method.getReturnType());
        });
        return type.cast(proxy);
    }

    // ---- streams ----

    private static final class Streams {
        PrintStream out;
        PrintStream err;
        InputStream in;
    }

    private Streams redirect(ScriptContext context) {
        Streams saved = new Streams();
        saved.out = lua.global.standardOutput;
        saved.err = lua.global.standardError;
        saved.in = lua.global.standardInput;
        Writer writer = context.getWriter();
        if (writer != null && writer != standardWriter) {
            lua.global.standardOutput = new PrintStream(new WriterOutputStream(writer), true);
        }
        Writer errorWriter = context.getErrorWriter();
        if (errorWriter != null && errorWriter != standardErrorWriter) {
            lua.global.standardError = new PrintStream(new WriterOutputStream(errorWriter), true);
        }
        Reader reader = context.getReader();
        if (reader != null && reader != standardReader) {
            lua.global.standardInput = new ReaderInputStream(reader);
        }
        return saved;
    }

    private void restore(Streams saved) {
        flush(lua.global.standardOutput);
        flush(lua.global.standardError);
        lua.global.standardOutput = saved.out;
        lua.global.standardError = saved.err;
        lua.global.standardInput = saved.in;
    }

    private static void flush(OutputStream stream) {
        try {
            stream.flush();
        } catch (IOException | RuntimeException ignored) {
            // a writer that cannot be flushed has already reported its trouble
        }
    }

    private static ScriptException scriptException(LuaException error) {
        ScriptException exception = new ScriptException(error.getMessage());
        exception.initCause(error);
        return exception;
    }

    private static String readAll(Reader reader) throws ScriptException {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int count; (count = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, count);
            }
            return text.toString();
        } catch (IOException error) {
            throw new ScriptException(error);
        }
    }
}
