package org.crescent.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.script.Bindings;
import javax.script.ScriptContext;

/**
 * The bindings of one JSR-223 run mapped onto the Lua globals. The engine's own bindings are
 * the globals already. Other engine-scope bindings are set as globals for the run; afterwards
 * every global the run created or changed, and every binding's global, is written back to
 * them, and the globals are put back as they were. Global-scope bindings (the manager's)
 * fill in names that are not globals, for the run only.
 */
final class ContextScope {
    private final Lua lua;
    private final Bindings engineScope;
    private final Bindings globalScope;
    private final boolean foreign;
    private Map<String, Object> before;
    private final Set<String> lent = new HashSet<>();

    ContextScope(Lua lua, Bindings globals, ScriptContext context) {
        this.lua = lua;
        Bindings engine = context.getBindings(ScriptContext.ENGINE_SCOPE);
        this.engineScope = engine;
        this.globalScope = context.getBindings(ScriptContext.GLOBAL_SCOPE);
        this.foreign = engine != null && engine != globals;
    }

    void enter() {
        if (foreign) {
            before = snapshot();
            for (Map.Entry<String, Object> binding : engineScope.entrySet()) {
                lua.set(binding.getKey(), binding.getValue());
            }
        }
        if (globalScope != null) {
            for (Map.Entry<String, Object> binding : globalScope.entrySet()) {
                String name = binding.getKey();
                if (name != null && !name.isEmpty() && lua.get(name) == null && binding.getValue() != null) {
                    lua.set(name, binding.getValue());
                    lent.add(name);
                }
            }
        }
    }

    void leave() {
        Map<String, Object> after = foreign || !lent.isEmpty() ? snapshot() : null;
        for (String name : lent) {
            Object value = after.get(name);
            if (Objects.equals(value, globalScope.get(name))) {
                lua.set(name, null);
                after.remove(name);
            }
        }
        if (!foreign) {
            return;
        }
        for (Map.Entry<String, Object> global : after.entrySet()) {
            String name = global.getKey();
            if (engineScope.containsKey(name) || !Objects.equals(global.getValue(), before.get(name))) {
                engineScope.put(name, global.getValue());
            }
        }
        for (String name : new HashSet<>(engineScope.keySet())) {
            if (!after.containsKey(name)) {
                engineScope.remove(name);
            }
        }
        for (String name : after.keySet()) {
            if (!before.containsKey(name)) {
                lua.set(name, null);
            }
        }
        for (Map.Entry<String, Object> global : before.entrySet()) {
            lua.set(global.getKey(), global.getValue());
        }
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<Object, Object> entry : lua.globals().entrySet()) {
            if (entry.getKey() instanceof String) {
                values.put((String) entry.getKey(), entry.getValue());
            }
        }
        return values;
    }
}
