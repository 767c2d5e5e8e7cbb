package org.crescent.stdlib;

import java.io.PrintStream;
import org.crescent.interpreter.Compare;
import org.crescent.interpreter.Conversions;
import org.crescent.interpreter.Errors;
import org.crescent.interpreter.GlobalState;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.Metatables;
import org.crescent.interpreter.ValueFormatter;
import org.crescent.runtime.LuaError;
import org.crescent.runtime.LuaTermination;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * The basic library (manual section 6.1): print, type, tostring, tonumber, pairs, ipairs,
 * next, select, raw access, metatables, assert, error, pcall, xpcall, load and friends.
 * Loading functions live in {@link LoadLib}.
 */
public final class BaseLib {
    private static final LuaString METATABLE_FIELD = LuaString.of("__metatable");
    private static final LuaString MODE_FIELD = LuaString.of("__mode");
    private static final LuaString PAIRS_FIELD = LuaString.of("__pairs");

    private BaseLib() {}

    public static void open(GlobalState global) {
        LuaTable globals = global.globals;
        Library library = new Library(globals);
        library.registerAll(Function.values());
        library.set("_G", Tag.TABLE, 0, globals);
        library.set("_VERSION", Tag.STRING, 0, LuaString.of("Lua 5.4"));
        Library.loaded(global).setString(LuaString.of("_G"), Tag.TABLE, 0, globals);
    }

    /** The registration table, in lbaselib.c's order (the loading functions are {@link LoadLib}'s). */
    enum Function implements LibraryFunction, JavaFunction.FastCall {
        PRINT, TYPE, TOSTRING, TONUMBER, NEXT, PAIRS, IPAIRS, SELECT, RAWGET, RAWSET, RAWEQUAL, RAWLEN,
        SETMETATABLE, GETMETATABLE, ASSERT, ERROR, PCALL, XPCALL, COLLECTGARBAGE, WARN, LOAD, LOADFILE, DOFILE,
        /** ipairs' iterator, handed out by ipairs. */
        IPAIRS_STEP;

        @Override
        public String luaName() {
            return this == IPAIRS_STEP ? "ipairs_aux" : LibraryFunction.super.luaName();
        }

        @Override
        public int kind() {
            return this == NEXT ? LuaFunction.KIND_NEXT
                    : this == PCALL ? LuaFunction.KIND_PCALL
                    : this == XPCALL ? LuaFunction.KIND_XPCALL
                    : this == IPAIRS_STEP ? LuaFunction.KIND_IPAIRS_STEP
                    : LuaFunction.KIND_JAVA;
        }

        @Override
        public boolean registered() {
            return this != IPAIRS_STEP;
        }

        @Override
        public JavaFunction.FastCall fastCall() {
            return this == TYPE || this == SELECT ? this : null;
        }

        @Override
        public boolean call(LuaThread thread, int slot, int argumentCount) {
            return switch (this) {
                case TYPE -> fastType(thread, slot, argumentCount);
                case SELECT -> fastSelectCount(thread, slot, argumentCount);
                default -> false;
            };
        }

        @Override
        public int call(LuaThread thread, int count) {
            return switch (this) {
                case PRINT -> print(thread, count);
                case TYPE -> type(thread, count);
                case TOSTRING -> tostring(thread, count);
                case TONUMBER -> tonumber(thread, count);
                case NEXT -> next(thread, count);
                case PAIRS -> pairs(thread, count);
                case IPAIRS -> ipairs(thread, count);
                case SELECT -> select(thread, count);
                case RAWGET -> rawget(thread, count);
                case RAWSET -> rawset(thread, count);
                case RAWEQUAL -> rawequal(thread, count);
                case RAWLEN -> rawlen(thread, count);
                case SETMETATABLE -> setmetatable(thread, count);
                case GETMETATABLE -> getmetatable(thread, count);
                case ASSERT -> assertion(thread, count);
                case ERROR -> error(thread, count);
                case PCALL -> pcall(thread, count);
                case XPCALL -> xpcall(thread, count);
                case COLLECTGARBAGE -> collectgarbage(thread, count);
                case WARN -> warn(thread, count);
                case LOAD -> LoadLib.load(thread, count);
                case LOADFILE -> LoadLib.loadfile(thread, count);
                case DOFILE -> LoadLib.dofile(thread, count);
                case IPAIRS_STEP -> ipairsStep(thread, count);
            };
        }
    }

    static int print(LuaThread thread, int argumentCount) {
        PrintStream out = thread.global.standardOutput;
        for (int n = 1; n <= argumentCount; n++) {
            LuaString text = ValueFormatter.toLuaString(thread, thread.slot(n));
            if (n > 1) {
                out.write('\t');
            }
            out.write(text.bytes(), 0, text.length());
        }
        out.write('\n');
        out.flush();
        return 0;
    }

    /** type()'s answers by tag, made once: type() is called in hot loops and must not allocate. */
    private static final LuaString[] TYPE_NAMES = new LuaString[Tag.THREAD + 1];

    static {
        for (byte tag = Tag.NIL; tag <= Tag.THREAD; tag++) {
            TYPE_NAMES[tag] = LuaString.of(Tag.typeName(tag));
        }
    }

    static boolean fastType(LuaThread thread, int slot, int argumentCount) {
        if (argumentCount < 1) {
            return false;
        }
        thread.tags[slot] = Tag.STRING;
        thread.refs[slot] = TYPE_NAMES[thread.tags[slot + 1]];
        return true;
    }

    static int type(LuaThread thread, int argumentCount) {
        thread.checkAny(1);
        thread.pushString(TYPE_NAMES[thread.argumentTag(1)]);
        return 1;
    }

    static int tostring(LuaThread thread, int argumentCount) {
        thread.checkAny(1);
        thread.pushString(ValueFormatter.toLuaString(thread, thread.slot(1)));
        return 1;
    }

    static int tonumber(LuaThread thread, int argumentCount) {
        if (thread.isNoneOrNil(2)) {
            byte tag = thread.argumentTag(1);
            if (tag == Tag.INTEGER || tag == Tag.FLOAT) {
                thread.pushArgument(1);
                return 1;
            }
            thread.checkAny(1);
            if (tag == Tag.STRING) {
                byte parsed = Conversions.parseNumber((LuaString) thread.refArgument(1), thread.scratch, 0);
                if (parsed != Tag.NIL) {
                    thread.pushValue(parsed, thread.scratch[0], null);
                    return 1;
                }
            }
            thread.pushNil();
            return 1;
        }
        long base = thread.checkInteger(2);
        if (thread.argumentTag(1) != Tag.STRING) {
            throw thread.typeError(1, "string");
        }
        if (base < 2 || base > 36) {
            throw thread.argumentError(2, "base out of range");
        }
        byte parsed = LuaNumbers.parseInteger((LuaString) thread.refArgument(1), (int) base, thread.scratch, 0);
        if (parsed == Tag.NIL) {
            thread.pushNil();
        } else {
            thread.pushInteger(thread.scratch[0]);
        }
        return 1;
    }

    static int next(LuaThread thread, int argumentCount) {
        LuaTable table = thread.checkTable(1);
        int key = thread.slot(2);
        byte keyTag = argumentCount >= 2 ? thread.tags[key] : Tag.NIL;
        int position = table.nextPosition(keyTag, argumentCount >= 2 ? thread.bits[key] : 0, argumentCount >= 2 ? thread.refs[key] : null);
        if (position < 0) {
            thread.pushNil();
            return 1;
        }
        thread.pushValue(table.keyTagAt(position), table.keyBitsAt(position), table.keyRefAt(position));
        thread.pushValue(table.valueTagAt(position), table.valueBitsAt(position), table.valueRefAt(position));
        return 2;
    }

    static int pairs(LuaThread thread, int argumentCount) {
        thread.checkAny(1);
        byte tag = thread.argumentTag(1);
        int slot = thread.top;
        thread.pushNil();
        if (Metatables.loadField(thread, tag, thread.refArgument(1), PAIRS_FIELD, slot)) {
            // __pairs(t) runs in pairs' place, so that it may yield (lua_callk in C Lua).
            thread.pushArgument(1);
            thread.tailCallSlot = slot;
            thread.tailCallResults = 3;
            return org.crescent.interpreter.JavaFunction.TAIL_CALL;
        }
        thread.top = slot;
        thread.pushValue(Tag.FUNCTION, 0, nextFunction(thread));
        thread.pushArgument(1);
        thread.pushNil();
        return 3;
    }

    private static LuaFunction nextFunction(LuaThread thread) {
        int slot = thread.global.globals.findString(LuaString.of("next"));
        if (slot >= 0 && thread.global.globals.valueTags[slot] == Tag.FUNCTION) {
            return (LuaFunction) thread.global.globals.valueRefs[slot];
        }
        return NEXT;
    }

    private static final LuaFunction NEXT = Function.NEXT.function(null);
    private static final LuaFunction IPAIRS_STEP = Function.IPAIRS_STEP.function(null);

    static int ipairs(LuaThread thread, int argumentCount) {
        thread.checkAny(1);
        thread.pushValue(Tag.FUNCTION, 0, IPAIRS_STEP);
        thread.pushArgument(1);
        thread.pushInteger(0);
        return 3;
    }

    private static int ipairsStep(LuaThread thread, int argumentCount) {
        long index = thread.checkInteger(2) + 1;
        thread.pushInteger(index);
        int destination = thread.top;
        thread.pushNil();
        byte tag = thread.argumentTag(1);
        if (tag == Tag.TABLE) {
            LuaTable table = (LuaTable) thread.refArgument(1);
            table.getInteger(index, thread.tags, thread.bits, thread.refs, destination);
            if (thread.tags[destination] != Tag.NIL || table.metatable == null) {
                return thread.tags[destination] == Tag.NIL ? 1 : 2;
            }
        }
        Metatables.index(thread, tag, thread.bits[thread.slot(1)], thread.refArgument(1), Tag.INTEGER, index, null, destination, Integer.MIN_VALUE);
        thread.top = destination + 1;
        return thread.tags[destination] == Tag.NIL ? 1 : 2;
    }

    /** select('#', ...) for compiled callers; any other selector runs {@link #select}. */
    static boolean fastSelectCount(LuaThread thread, int slot, int argumentCount) {
        if (argumentCount < 1 || thread.tags[slot + 1] != Tag.STRING) {
            return false;
        }
        LuaString selector = (LuaString) thread.refs[slot + 1];
        if (selector.length() != 1 || selector.byteAt(0) != '#') {
            return false;
        }
        thread.tags[slot] = Tag.INTEGER;
        thread.bits[slot] = argumentCount - 1;
        return true;
    }

    static int select(LuaThread thread, int argumentCount) {
        if (thread.argumentTag(1) == Tag.STRING && ((LuaString) thread.refArgument(1)).length() == 1
                && ((LuaString) thread.refArgument(1)).byteAt(0) == '#') {
            thread.pushInteger(argumentCount - 1);
            return 1;
        }
        long n = thread.checkInteger(1);
        if (n < 0) {
            n = argumentCount + n;
        } else if (n > argumentCount) {
            n = argumentCount;
        }
        if (n < 1) {
            throw thread.argumentError(1, "index out of range");
        }
        // The results are the last arguments, already on top of the stack, as in C Lua.
        return argumentCount - (int) n;
    }

    static int rawget(LuaThread thread, int argumentCount) {
        LuaTable table = thread.checkTable(1);
        thread.checkAny(2);
        int destination = thread.top;
        thread.pushNil();
        int key = thread.slot(2);
        table.get(thread.tags[key], thread.bits[key], thread.refs[key], thread.tags, thread.bits, thread.refs, destination);
        return 1;
    }

    static int rawset(LuaThread thread, int argumentCount) {
        LuaTable table = thread.checkTable(1);
        thread.checkAny(2);
        thread.checkAny(3);
        int key = thread.slot(2);
        int value = thread.slot(3);
        table.set(thread.tags[key], thread.bits[key], thread.refs[key], thread.tags[value], thread.bits[value], thread.refs[value]);
        thread.pushArgument(1);
        return 1;
    }

    static int rawequal(LuaThread thread, int argumentCount) {
        thread.checkAny(1);
        thread.checkAny(2);
        int left = thread.slot(1);
        int right = thread.slot(2);
        thread.pushBoolean(Compare.rawEquals(thread.tags[left], thread.bits[left], thread.refs[left],
                thread.tags[right], thread.bits[right], thread.refs[right]));
        return 1;
    }

    static int rawlen(LuaThread thread, int argumentCount) {
        byte tag = thread.argumentTag(1);
        if (tag == Tag.TABLE) {
            thread.pushInteger(((LuaTable) thread.refArgument(1)).length());
        } else if (tag == Tag.STRING) {
            thread.pushInteger(((LuaString) thread.refArgument(1)).length());
        } else {
            throw thread.typeError(1, "table or string");
        }
        return 1;
    }

    static int setmetatable(LuaThread thread, int argumentCount) {
        LuaTable table = thread.checkTable(1);
        byte tag = thread.argumentTag(2);
        if (tag != Tag.NIL && tag != Tag.TABLE) {
            throw thread.typeError(2, "nil or table");
        }
        if (table.metatable != null && protectionField(thread, table.metatable) != Tag.NIL) {
            throw thread.error("cannot change a protected metatable");
        }
        LuaTable metatable = tag == Tag.TABLE ? (LuaTable) thread.refArgument(2) : null;
        table.metatable = metatable;
        applyWeakMode(thread, table, metatable);
        thread.global.finalizers.markIfNeeded(table, metatable);
        thread.pushArgument(1);
        return 1;
    }

    /** Turns weak keys or values on or off according to the metatable's __mode. */
    static void applyWeakMode(LuaThread thread, LuaTable table, LuaTable metatable) {
        boolean weakKeys = false;
        boolean weakValues = false;
        if (metatable != null) {
            int slot = thread.top;
            thread.pushNil();
            metatable.getString(MODE_FIELD, thread.tags, thread.bits, thread.refs, slot);
            if (thread.tags[slot] == Tag.STRING) {
                LuaString mode = (LuaString) thread.refs[slot];
                for (int i = 0; i < mode.length(); i++) {
                    weakKeys |= mode.byteAt(i) == 'k';
                    weakValues |= mode.byteAt(i) == 'v';
                }
            }
            thread.top = slot;
        }
        boolean wasWeak = table.isWeak();
        if (weakKeys || weakValues || wasWeak) {
            table.setWeakMode(weakKeys, weakValues);
            if (!wasWeak) thread.global.finalizers.trackWeakTable(table);
        }
    }

    private static byte protectionField(LuaThread thread, LuaTable metatable) {
        int slot = thread.top;
        thread.pushNil();
        metatable.getString(METATABLE_FIELD, thread.tags, thread.bits, thread.refs, slot);
        thread.top = slot;
        return thread.tags[slot];
    }

    static int getmetatable(LuaThread thread, int argumentCount) {
        thread.checkAny(1);
        LuaTable metatable = thread.global.metatable(thread.argumentTag(1), thread.refArgument(1));
        if (metatable == null) {
            thread.pushNil();
            return 1;
        }
        int slot = thread.top;
        thread.pushNil();
        metatable.getString(METATABLE_FIELD, thread.tags, thread.bits, thread.refs, slot);
        if (thread.tags[slot] == Tag.NIL) {
            thread.tags[slot] = Tag.TABLE;
            thread.refs[slot] = metatable;
        }
        return 1;
    }

    static int assertion(LuaThread thread, int argumentCount) {
        if (thread.toBoolean(1)) {
            return argumentCount;
        }
        thread.checkAny(1);
        if (argumentCount < 2) {
            throw positioned(thread, Tag.STRING, 0, LuaString.of("assertion failed!"), 1);
        }
        int message = thread.slot(2);
        throw positioned(thread, thread.tags[message], thread.bits[message], thread.refs[message], 1);
    }

    /** An error value with the position of level {@code level} prepended when it is a string (luaB_error). */
    private static LuaError positioned(LuaThread thread, byte tag, long bits, Object ref, long level) {
        if (tag == Tag.STRING && level > 0) {
            String position = Errors.libraryWhere(Errors.frameAt(thread, (int) Math.min(level, Integer.MAX_VALUE)));
            if (!position.isEmpty()) {
                return new LuaError(Errors.bytesOf(position + " ").concat((LuaString) ref));
            }
        }
        return new LuaError(tag, bits, ref);
    }

    static int error(LuaThread thread, int argumentCount) {
        long level = thread.optInteger(2, 1);
        if (argumentCount < 1) {
            throw new LuaError(Tag.NIL, 0, null);
        }
        int value = thread.slot(1);
        throw positioned(thread, thread.tags[value], thread.bits[value], thread.refs[value], level);
    }

    /** pcall called from Java code (from Lua the interpreter runs it without recursion). */
    static int pcall(LuaThread thread, int argumentCount) {
        thread.checkAny(1);
        int first = thread.slot(1);
        int resultSlot = thread.top;
        thread.pushBoolean(true);
        for (int n = 0; n < argumentCount; n++) {
            thread.pushSlot(first + n);
        }
        try {
            thread.call(resultSlot + 1, argumentCount - 1, -1);
            return thread.top - resultSlot;
        } catch (LuaError error) {
            if (error instanceof LuaTermination) {
                throw error;
            }
            thread.top = resultSlot;
            thread.pushBoolean(false);
            thread.pushValue(error.valueTag, error.valueBits, error.valueRef);
            return 2;
        }
    }

    /** xpcall called from Java code. */
    static int xpcall(LuaThread thread, int argumentCount) {
        thread.checkFunction(2);
        int first = thread.slot(1);
        int resultSlot = thread.top;
        thread.pushBoolean(true);
        thread.pushSlot(first);
        for (int n = 2; n < argumentCount; n++) {
            thread.pushSlot(first + n);
        }
        try {
            thread.call(resultSlot + 1, argumentCount - 2, -1);
            return thread.top - resultSlot;
        } catch (LuaError error) {
            if (error instanceof LuaTermination) {
                throw error;
            }
            thread.top = resultSlot;
            thread.pushBoolean(false);
            int handler = thread.top;
            thread.pushSlot(first + 1);
            thread.pushValue(error.valueTag, error.valueBits, error.valueRef);
            thread.call(handler, 1, 1);
            thread.top = handler + 1;
            return 2;
        }
    }

    private static final String[] GC_OPTIONS = {"stop", "restart", "collect", "count", "step", "setpause",
        "setstepmul", "isrunning", "generational", "incremental"};

    static int collectgarbage(LuaThread thread, int argumentCount) {
        LuaString option = thread.optString(1, LuaString.of("collect"));
        String name = option.toString();
        int index = java.util.Arrays.asList(GC_OPTIONS).indexOf(name);
        if (index < 0) {
            throw thread.argumentError(1, "invalid option '" + Errors.latin(option) + "'");
        }
        return GarbageCollector.control(thread, name);
    }

    static int warn(LuaThread thread, int argumentCount) {
        thread.checkString(1);
        for (int n = 2; n <= argumentCount; n++) {
            thread.checkString(n);
        }
        StringBuilder message = new StringBuilder();
        for (int n = 1; n <= argumentCount; n++) {
            message.append(Errors.latin(thread.checkString(n)));
        }
        String text = message.toString();
        if (argumentCount == 1 && text.startsWith("@")) {
            if (text.equals("@on")) thread.global.warningsOn = true;
            else if (text.equals("@off")) thread.global.warningsOn = false;
            return 0;
        }
        if (thread.global.warningsOn) {
            PrintStream err = thread.global.standardError;
            org.crescent.interpreter.Warnings.warn(thread.global, text);
        }
        return 0;
    }
}
