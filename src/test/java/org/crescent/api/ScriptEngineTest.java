package org.crescent.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/** Crescent through JSR-223 (javax.script), found as a service. */
class ScriptEngineTest {
    /** Implemented by Lua functions in {@link #interfacesAreImplementedByLuaFunctions}. */
    public interface Calculator {
        int add(int a, int b);

        String name();

        default String describe() {
            return "calculator " + name();
        }
    }

    private static ScriptEngine engine() {
        return new ScriptEngineManager().getEngineByName("lua");
    }

    @Test
    void foundByNameExtensionAndMimeType() {
        ScriptEngineManager manager = new ScriptEngineManager();
        assertInstanceOf(CrescentScriptEngine.class, manager.getEngineByName("lua"));
        assertInstanceOf(CrescentScriptEngine.class, manager.getEngineByName("crescent"));
        assertInstanceOf(CrescentScriptEngine.class, manager.getEngineByExtension("lua"));
        assertInstanceOf(CrescentScriptEngine.class, manager.getEngineByMimeType("text/x-lua"));
        assertInstanceOf(CrescentScriptEngine.class, manager.getEngineByMimeType("application/x-lua"));
        ScriptEngine engine = manager.getEngineByName("lua");
        assertEquals("Lua", engine.getFactory().getLanguageName());
        assertEquals("5.4", engine.getFactory().getLanguageVersion());
        assertEquals("Crescent", engine.getFactory().getParameter(ScriptEngine.ENGINE));
        assertNull(engine.getFactory().getParameter("THREADING"));
        assertEquals("obj:m(a, b)", engine.getFactory().getMethodCallSyntax("obj", "m", "a", "b"));
    }

    @Test
    void bindingsAreGlobals() throws ScriptException {
        ScriptEngine engine = engine();
        engine.put("x", 2);
        assertEquals(42L, engine.eval("y = x * 21 return y"));
        assertEquals(42L, engine.get("y"));
        assertEquals(42L, engine.getBindings(ScriptContext.ENGINE_SCOPE).get("y"));
        assertTrue(engine.getBindings(ScriptContext.ENGINE_SCOPE).containsKey("print"));
        assertEquals("hello", engine.eval(new StringReader("return 'hel' .. 'lo'")));
    }

    @Test
    void otherBindingsAreGlobalsForOneRun() throws ScriptException {
        ScriptEngine engine = engine();
        Bindings bindings = engine.createBindings();
        bindings.put("a", 1);
        assertEquals(2L, engine.eval("b = a + 1 return b", bindings));
        assertEquals(2L, bindings.get("b"));
        assertNull(engine.get("a"));
        assertNull(engine.get("b"));
        assertEquals("function", engine.eval("return type(print)", bindings));
    }

    @Test
    void globalScopeFillsInMissingNames() throws ScriptException {
        ScriptEngineManager manager = new ScriptEngineManager();
        manager.put("shared", "from the manager");
        ScriptEngine engine = manager.getEngineByName("lua");
        assertEquals("from the manager", engine.eval("return shared"));
        assertNull(engine.get("shared"));
    }

    @Test
    void contextStreamsAreLuaStreams() throws ScriptException {
        ScriptEngine engine = engine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ScriptContext context = new SimpleScriptContext();
        context.setBindings(engine.getBindings(ScriptContext.ENGINE_SCOPE), ScriptContext.ENGINE_SCOPE);
        context.setWriter(out);
        context.setErrorWriter(err);
        engine.eval("print('h\u00e9', 1)", context);
        assertEquals("h\u00e9\t1\n", out.toString());
    }

    @Test
    void compiledScriptsRunAgain() throws ScriptException {
        ScriptEngine engine = engine();
        CompiledScript script = ((Compilable) engine).compile("return n * 2");
        engine.put("n", 3);
        assertEquals(6L, script.eval());
        engine.put("n", 4);
        assertEquals(8L, script.eval());
        assertEquals(engine, script.getEngine());
    }

    @Test
    void functionsAndMethodsAreInvoked() throws Exception {
        ScriptEngine engine = engine();
        engine.eval("function add(a, b) return a + b end "
                + "counter = {count = 0} function counter:bump(by) self.count = self.count + by return self.count end");
        Invocable invocable = (Invocable) engine;
        assertEquals(3L, invocable.invokeFunction("add", 1, 2));
        Object counter = engine.get("counter");
        assertEquals(5L, invocable.invokeMethod(counter, "bump", 5));
        assertEquals(7L, invocable.invokeMethod(counter, "bump", 2));
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeFunction("missing"));
        assertThrows(NoSuchMethodException.class, () -> invocable.invokeMethod(counter, "missing"));
    }

    @Test
    void interfacesAreImplementedByLuaFunctions() throws Exception {
        ScriptEngine engine = engine();
        Invocable invocable = (Invocable) engine;
        assertNull(invocable.getInterface(Calculator.class));
        engine.eval("function add(a, b) return a + b end function name() return 'lua' end");
        Calculator calculator = invocable.getInterface(Calculator.class);
        assertEquals(5, calculator.add(2, 3));
        assertEquals("calculator lua", calculator.describe());
        engine.eval("object = {} function object:add(a, b) return a * b end function object:name() return 'table' end");
        Calculator methods = invocable.getInterface(engine.get("object"), Calculator.class);
        assertEquals(6, methods.add(2, 3));
        Runnable runnable = invocable.getInterface(engine.eval("return {run = function(self) ran = true end}"), Runnable.class);
        runnable.run();
        assertEquals(true, engine.get("ran"));
    }

    @Test
    void errorsAreScriptExceptions() {
        ScriptEngine engine = engine();
        ScriptException error = assertThrows(ScriptException.class, () -> engine.eval("error('bad thing')"));
        assertInstanceOf(LuaException.class, error.getCause());
        assertTrue(error.getMessage().contains("bad thing"), error.getMessage());
        ScriptException syntax = assertThrows(ScriptException.class, () -> engine.eval("x = = 1"));
        assertTrue(syntax.getMessage().contains("unexpected symbol near '='"), syntax.getMessage());
        engine.getContext().setAttribute(ScriptEngine.FILENAME, "named.lua", ScriptContext.ENGINE_SCOPE);
        ScriptException named = assertThrows(ScriptException.class, () -> engine.eval("\nerror('here')"));
        assertTrue(named.getMessage().startsWith("named.lua:2: here"), named.getMessage());
    }

    @Test
    void javaValuesGoIn() throws ScriptException {
        ScriptEngine engine = engine();
        engine.put("list", List.of("a", "b"));
        engine.put("twice", (LuaCallback) args -> args.checkInteger(1) * 2);
        assertEquals("a,b", engine.eval("return table.concat(list, ',')"));
        assertEquals(10L, engine.eval("return twice(5)"));
    }
}
