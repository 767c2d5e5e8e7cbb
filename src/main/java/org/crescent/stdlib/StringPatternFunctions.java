package org.crescent.stdlib;

import org.crescent.interpreter.Conversions;
import org.crescent.interpreter.JavaFunction;
import org.crescent.interpreter.LuaThread;
import org.crescent.interpreter.Metatables;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * The pattern-matching functions of the string library: find, match, gmatch and gsub
 * (lstrlib.c's str_find_aux, gmatch and str_gsub) over the {@link LuaPattern} engine.
 *
 * <p>One instance per runtime. {@code matcher} serves find, match and gsub with a string
 * replacement, during which no Lua code runs, so it is never in use when another call
 * starts. A gsub with a function or table replacement runs Lua code that may call gsub
 * again: it takes {@code callbackMatcher} when that is free ({@code callbackBusy} false)
 * and a fresh engine otherwise.
 */
final class StringPatternFunctions {
    private final LuaPattern matcher = new LuaPattern();
    private final LuaPattern callbackMatcher = new LuaPattern();
    private boolean callbackBusy;

    int find(LuaThread thread, int argumentCount) {
        LuaString subject = thread.checkString(1);
        LuaString pattern = thread.checkString(2);
        long init = thread.optInteger(3, 1);
        boolean plain = thread.toBoolean(4);
        matcher.runtime = thread.global;
        try {
            if (!matcher.find(subject, pattern, init, plain)) {
                thread.pushNil();
                return 1;
            }
            thread.ensureCapacity(LuaPattern.MAX_CAPTURES + 2);
            thread.pushInteger(matcher.matchStart() + 1L);
            thread.pushInteger(matcher.matchEnd());
            return 2 + pushCaptures(thread, matcher, matcher.captureCount());
        } catch (LibraryError error) {
            throw StringLib.raise(thread, error);
        }
    }

    int match(LuaThread thread, int argumentCount) {
        LuaString subject = thread.checkString(1);
        LuaString pattern = thread.checkString(2);
        long init = thread.optInteger(3, 1);
        matcher.runtime = thread.global;
        try {
            if (!matcher.match(subject, pattern, init)) {
                thread.pushNil();
                return 1;
            }
            return pushCaptures(thread, matcher, matcher.resultCount());
        } catch (LibraryError error) {
            throw StringLib.raise(thread, error);
        }
    }

    /** Pushes the first {@code count} captures of the current match (push_captures). */
    static int pushCaptures(LuaThread thread, LuaPattern match, int count) {
        thread.ensureCapacity(count);
        for (int i = 0; i < count; i++) {
            pushCapture(thread, match, i);
        }
        return count;
    }

    private static void pushCapture(LuaThread thread, LuaPattern match, int index) {
        if (match.isPositionCapture(index)) {
            thread.pushInteger(match.capturePosition(index));
        } else {
            thread.pushString(match.captureString(index));
        }
    }

    static int gmatch(LuaThread thread, int argumentCount) {
        LuaString subject = thread.checkString(1);
        LuaString pattern = thread.checkString(2);
        long init = thread.optInteger(3, 1);
        LuaPatternIterator iterator = new LuaPatternIterator(subject, pattern, init);
        thread.pushFunction(new JavaFunction("gmatch iterator", (caller, count) -> {
            try {
                iterator.matcher().runtime = caller.global;
                if (!iterator.next()) return 0;
                LuaPattern match = iterator.matcher();
                return pushCaptures(caller, match, match.resultCount());
            } catch (LibraryError error) {
                throw StringLib.raise(caller, error);
            }
        }).withUpvalues(3));  // C Lua's iterator keeps the subject, the pattern and its state
        return 1;
    }

    int gsub(LuaThread thread, int argumentCount) {
        LuaString subject = thread.checkString(1);
        LuaString pattern = thread.checkString(2);
        byte replacementTag = thread.argumentTag(3);
        long maxReplacements = thread.optInteger(4, subject.length() + 1L);
        try {
            LuaString result;
            long count;
            if (replacementTag == Tag.STRING || replacementTag == Tag.INTEGER || replacementTag == Tag.FLOAT) {
                matcher.runtime = thread.global;
                result = matcher.gsub(subject, pattern, thread.checkString(3), maxReplacements);
                count = matcher.replacementCount();
            } else if (replacementTag == Tag.FUNCTION || replacementTag == Tag.TABLE) {
                boolean shared = !callbackBusy;
                LuaPattern engine = shared ? callbackMatcher : new LuaPattern();
                callbackBusy = true;
                engine.runtime = thread.global;
                try {
                    result = engine.gsub(subject, pattern, new Callback(thread, replacementTag == Tag.TABLE), maxReplacements);
                    count = engine.replacementCount();
                } finally {
                    if (shared) callbackBusy = false;
                }
            } else {
                throw thread.typeError(3, "string/function/table");
            }
            thread.pushString(result);
            thread.pushInteger(count);
            return 2;
        } catch (LibraryError error) {
            throw StringLib.raise(thread, error);
        }
    }

    /**
     * A gsub replacement by the function or table in argument 3 (add_value): the function is
     * called with the captures, the table indexed (with __index) by the first capture.
     */
    private static final class Callback implements LuaPattern.Replacement {
        private final LuaThread thread;
        private final boolean table;

        Callback(LuaThread thread, boolean table) {
            this.thread = thread;
            this.table = table;
        }

        @Override
        public LuaString replace(LuaPattern match) {
            int slot = thread.top;
            if (table) {
                thread.pushNil();  // the result's slot
                pushCapture(thread, match, 0);
                int key = slot + 1;
                int replacement = thread.slot(3);
                Metatables.index(thread, Tag.TABLE, 0, (LuaTable) thread.refs[replacement],
                        thread.tags[key], thread.bits[key], thread.refs[key], slot, Integer.MIN_VALUE);
            } else {
                thread.pushArgument(3);
                int count = pushCaptures(thread, match, match.resultCount());
                thread.call(slot, count, 1);
            }
            thread.top = slot;
            byte tag = thread.tags[slot];
            switch (tag) {
                case Tag.NIL: case Tag.FALSE:
                    return null;
                case Tag.STRING:
                    return (LuaString) thread.refs[slot];
                case Tag.INTEGER: case Tag.FLOAT:
                    return Conversions.numberToString(tag, thread.bits[slot]);
                default:
                    throw LuaPattern.invalidReplacement(Tag.typeName(tag));
            }
        }
    }
}
