package org.crescent.stdlib;

import org.crescent.runtime.LuaString;

/** Placeholder; the pack engine follows. */
public final class StringPack {
    public interface Arguments {
        long checkInteger(int argument);
        double checkNumber(int argument);
        LuaString checkString(int argument);
    }
}
