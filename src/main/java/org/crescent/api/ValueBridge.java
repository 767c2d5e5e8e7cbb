package org.crescent.api;

import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.Metatables;
import org.crescent.interpreter.ValueFormatter;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.LuaUserdata;
import org.crescent.runtime.Tag;
import org.crescent.stdlib.ProcessExit;

/**
 * Conversions between Java objects and Lua values for one runtime.
 *
 * <p>Java to Lua: null is nil; Boolean; Long, Integer, Short and Byte are integers; Double,
 * Float and other numbers are floats; CharSequence is a string (UTF-8) and byte[] a string of
 * those bytes; a {@link LuaTableView} or {@link LuaCallable} of this runtime is its table or
 * function; a {@link LuaCallback} becomes a Lua function; a Map becomes a new table and a
 * List a new sequence (converted deeply); any other object becomes a userdata, the same one
 * each time for the same object, with the metatable registered for its class
 * ({@link Lua#registerType}).
 *
 * <p>Lua to Java: nil is null, booleans Boolean, integers Long, floats Double, strings String
 * (decoded as UTF-8), tables {@link LuaTableView}, functions {@link LuaCallable}, a userdata
 * the Java object it holds, and a coroutine an opaque object that converts back to itself.
 */
final class ValueBridge {
    private final Lua lua;
    private final UserdataCache userdata = new UserdataCache();

    ValueBridge(Lua lua) {
        this.lua = lua;
    }

    /** Converts {@code value} into {@code into}. */
    void toLua(Object value, Value into) {
        toLua(value, into, null);
    }

    private void toLua(Object value, Value into, IdentityHashMap<Object, LuaTable> converting) {
        if (value == null) {
            into.set(Tag.NIL, 0, null);
        } else if (value instanceof Boolean) {
            into.set(Tag.ofBoolean((Boolean) value), 0, null);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            into.set(Tag.INTEGER, ((Number) value).longValue(), null);
        } else if (value instanceof Number) {
            into.set(Tag.FLOAT, Double.doubleToRawLongBits(((Number) value).doubleValue()), null);
        } else if (value instanceof CharSequence) {
            into.set(Tag.STRING, 0, LuaString.wrap(value.toString().getBytes(StandardCharsets.UTF_8)));
        } else if (value instanceof Character) {
            into.set(Tag.STRING, 0, LuaString.wrap(value.toString().getBytes(StandardCharsets.UTF_8)));
        } else if (value instanceof byte[]) {
            byte[] bytes = (byte[]) value;
            into.set(Tag.STRING, 0, LuaString.copyOf(bytes, 0, bytes.length));
        } else if (value instanceof LuaString) {
            into.set(Tag.STRING, 0, value);
        } else if (value instanceof LuaTableView) {
            into.set(Tag.TABLE, 0, ((LuaTableView) value).table(lua));
        } else if (value instanceof LuaCallable) {
            LuaCallable callable = (LuaCallable) value;
            callable.checkRuntime(lua);
            into.set(callable.tag, callable.bits, callable.ref);
        } else if (value instanceof LuaCallback) {
            into.set(Tag.FUNCTION, 0, function("?", (LuaCallback) value));
        } else if (value instanceof Map || value instanceof List) {
            into.set(Tag.TABLE, 0, table(value, converting == null ? new IdentityHashMap<>() : converting));
        } else if (value instanceof LuaTable) {
            into.set(Tag.TABLE, 0, value);
        } else if (value instanceof LuaFunction) {
            into.set(Tag.FUNCTION, 0, value);
        } else if (value instanceof LuaThread) {
            into.set(Tag.THREAD, 0, value);
        } else if (value instanceof LuaUserdata) {
            into.set(Tag.USERDATA, 0, value);
        } else {
            into.set(Tag.USERDATA, 0, userdata(value));
        }
    }

    private LuaTable table(Object value, IdentityHashMap<Object, LuaTable> converting) {
        LuaTable done = converting.get(value);
        if (done != null) {
            return done;
        }
        Value key = new Value();
        Value element = new Value();
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            LuaTable table = new LuaTable(list.size(), 0);
            converting.put(value, table);
            long index = 1;
            for (Object item : list) {
                toLua(item, element, converting);
                table.setInteger(index++, element.tag, element.bits, element.ref);
            }
            return table;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        LuaTable table = new LuaTable(0, map.size());
        converting.put(value, table);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            toKey(entry.getKey(), key);
            toLua(entry.getValue(), element, converting);
            table.set(key.tag, key.bits, key.ref, element.tag, element.bits, element.ref);
        }
        return table;
    }

    /** As {@link #toLua}, for a table key: nil and NaN are refused as Lua refuses them. */
    void toKey(Object key, Value into) {
        toLua(key, into);
        if (into.tag == Tag.NIL) {
            throw new IllegalArgumentException("a Lua table key cannot be null (nil)");
        }
        if (into.tag == Tag.FLOAT && Double.isNaN(Double.longBitsToDouble(into.bits))) {
            throw new IllegalArgumentException("a Lua table key cannot be NaN");
        }
    }

    /** The userdata standing for {@code object}: the same one while it lives. */
    LuaUserdata userdata(Object object) {
        LuaUserdata existing = userdata.get(object);
        if (existing != null) {
            return existing;
        }
        LuaUserdata created = new LuaUserdata(object, lua.metatableOf(object.getClass()));
        userdata.put(object, created);
        return created;
    }

    /** The Java view of a Lua value. */
    Object toJava(byte tag, long bits, Object ref) {
        switch (tag) {
            case Tag.NIL:
                return null;
            case Tag.FALSE:
                return Boolean.FALSE;
            case Tag.TRUE:
                return Boolean.TRUE;
            case Tag.INTEGER:
                return bits;
            case Tag.FLOAT:
                return Double.longBitsToDouble(bits);
            case Tag.STRING:
                return ref.toString();
            case Tag.TABLE:
                return new LuaTableView(lua, (LuaTable) ref);
            case Tag.FUNCTION:
                return new LuaCallable(lua, tag, bits, ref);
            case Tag.USERDATA: {
                Object value = ((LuaUserdata) ref).value;
                return value != null ? value : ref;
            }
            default:
                return ref;
        }
    }

    /** A Lua function that runs {@code callback}. */
    JavaFunction function(String name, LuaCallback callback) {
        return new JavaFunction(name, (thread, count) -> {
            Arguments arguments = new Arguments(lua, thread, count);
            Object result;
            try {
                result = callback.call(arguments);
            } catch (LuaExitException exit) {
                // os.exit in a nested call goes on ending the runtime, past any pcall.
                throw new ProcessExit(exit.status(), true);
            } catch (LuaException exception) {
                throw exception.toLuaError();
            } catch (LuaError error) {
                throw error;
            } catch (RuntimeException exception) {
                throw new JavaExceptionError(Errors.library(thread, String.valueOf(exception)), exception);
            } finally {
                arguments.close();
            }
            return push(thread, result);
        });
    }

    /** Pushes a callback's result (one value, or a {@link Results}) and returns how many. */
    int push(LuaThread thread, Object result) {
        Value value = new Value();
        if (result instanceof Results) {
            Object[] values = ((Results) result).values();
            thread.ensureCapacity(values.length);
            for (Object item : values) {
                toLua(item, value);
                thread.pushValue(value.tag, value.bits, value.ref);
            }
            return values.length;
        }
        toLua(result, value);
        thread.pushValue(value.tag, value.bits, value.ref);
        return 1;
    }

    /** The API's exception for an error that reached Java. */
    LuaException exception(LuaThread thread, LuaError error) {
        if (error instanceof org.crescent.runtime.LuaTermination) {
            return LuaStoppedException.of(error);
        }
        Throwable cause = error instanceof JavaExceptionError ? ((JavaExceptionError) error).javaException : null;
        Object value = toJava(error.valueTag, error.valueBits, error.valueRef);
        return new LuaException(error, value, message(thread, error), error.luaTraceback(), cause);
    }

    /** The error as text: a string or number as such, else through __tostring, else its type. */
    static String message(LuaThread thread, LuaError error) {
        byte tag = error.valueTag;
        if (tag == Tag.STRING) {
            return error.valueRef.toString();
        }
        if (tag == Tag.INTEGER || tag == Tag.FLOAT) {
            return ValueFormatter.plain(thread, tag, error.valueBits, null).toString();
        }
        if (tag != Tag.NIL && thread.global.metatable(tag, error.valueRef) != null) {
            int slot = thread.top;
            try {
                thread.ensureStack(slot + 2);
                thread.pushNil();
                if (Metatables.loadField(thread, tag, error.valueRef, LuaString.of("__tostring"), slot)) {
                    thread.pushValue(tag, error.valueBits, error.valueRef);
                    thread.call(slot, 1, 1);
                    if (thread.tags[slot] == Tag.STRING) {
                        return thread.refs[slot].toString();
                    }
                }
            } catch (LuaError ignored) {
                // fall back to the type
            } finally {
                thread.top = slot;
            }
        }
        return "(error object is a " + Tag.typeName(tag) + " value)";
    }

    /** A Lua error raised for a Java exception thrown by a callback, which it keeps as the cause. */
    static final class JavaExceptionError extends LuaError {
        private static final long serialVersionUID = 1L;
        final transient Throwable javaException;

        JavaExceptionError(LuaError message, Throwable javaException) {
            super(message.valueTag, message.valueBits, message.valueRef);
            this.javaException = javaException;
        }
    }
}
