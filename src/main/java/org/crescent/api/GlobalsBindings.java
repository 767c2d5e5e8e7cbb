package org.crescent.api;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.script.Bindings;

/**
 * A JSR-223 engine scope that is the Lua globals table itself: putting a binding sets the
 * global, a global set by a script is a binding. Only string keys are bindings; values are
 * converted as {@link Lua#set} and {@link Lua#get} convert them.
 */
final class GlobalsBindings extends AbstractMap<String, Object> implements Bindings {
    private final Lua lua;
    private final LuaTableView globals;

    GlobalsBindings(Lua lua) {
        this.lua = lua;
        this.globals = lua.globals();
    }

    Lua lua() {
        return lua;
    }

    @Override
    public Object put(String name, Object value) {
        checkName(name);
        return globals.put(name, value);
    }

    @Override
    public Object get(Object key) {
        return key instanceof String ? globals.get(key) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Object remove(Object key) {
        return key instanceof String ? globals.remove(key) : null;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                Iterator<Map.Entry<Object, Object>> all = globals.entrySet().iterator();
                return new Iterator<>() {
                    private Map.Entry<String, Object> next = advance();

                    private Map.Entry<String, Object> advance() {
                        while (all.hasNext()) {
                            Map.Entry<Object, Object> entry = all.next();
                            if (entry.getKey() instanceof String) {
                                return new AbstractMap.SimpleEntry<>((String) entry.getKey(), entry.getValue());
                            }
                        }
                        return null;
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, Object> current = next;
                        next = advance();
                        return current;
                    }
                };
            }

            @Override
            public int size() {
                int count = 0;
                for (Iterator<Map.Entry<String, Object>> entries = iterator(); entries.hasNext(); entries.next()) {
                    count++;
                }
                return count;
            }
        };
    }

    static void checkName(String name) {
        if (name == null) {
            throw new NullPointerException("binding name is null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException("binding name is empty");
        }
    }
}
