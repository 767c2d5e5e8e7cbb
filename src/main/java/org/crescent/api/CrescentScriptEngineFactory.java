package org.crescent.api;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * Crescent's JSR-223 factory, registered in {@code META-INF/services}: the script engine
 * manager finds it by the names "lua", "Lua", "crescent", by the extension "lua", and by the
 * MIME types {@code text/x-lua}, {@code application/x-lua} and {@code text/lua}.
 */
public final class CrescentScriptEngineFactory implements ScriptEngineFactory {
    private static final List<String> NAMES = List.of("lua", "Lua", "crescent", "Crescent");
    private static final List<String> EXTENSIONS = List.of("lua");
    private static final List<String> MIME_TYPES = List.of("text/x-lua", "application/x-lua", "text/lua");

    /** Public for {@link java.util.ServiceLoader}. */
    public CrescentScriptEngineFactory() {}

    @Override
    public String getEngineName() {
        return "Crescent";
    }

    @Override
    public String getEngineVersion() {
        return Lua.VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return EXTENSIONS;
    }

    @Override
    public List<String> getMimeTypes() {
        return MIME_TYPES;
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return "Lua";
    }

    @Override
    public String getLanguageVersion() {
        return "5.4";
    }

    /** The standard keys; "THREADING" is null: an engine is used by one thread at a time. */
    @Override
    public Object getParameter(String key) {
        switch (key) {
            case ScriptEngine.ENGINE: return getEngineName();
            case ScriptEngine.ENGINE_VERSION: return getEngineVersion();
            case ScriptEngine.NAME: return NAMES.get(0);
            case ScriptEngine.LANGUAGE: return getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION: return getLanguageVersion();
            default: return null;
        }
    }

    @Override
    public String getMethodCallSyntax(String object, String method, String... arguments) {
        return object + ":" + method + "(" + String.join(", ", arguments) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        StringBuilder quoted = new StringBuilder("print(\"");
        for (char c : toDisplay.toCharArray()) {
            switch (c) {
                case '"': quoted.append("\\\""); break;
                case '\\': quoted.append("\\\\"); break;
                case '\n': quoted.append("\\n"); break;
                case '\r': quoted.append("\\r"); break;
                case '\0': quoted.append("\\0"); break;
                default: quoted.append(c);
            }
        }
        return quoted.append("\")").toString();
    }

    @Override
    public String getProgram(String... statements) {
        return String.join("\n", statements);
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new CrescentScriptEngine(this);
    }
}
