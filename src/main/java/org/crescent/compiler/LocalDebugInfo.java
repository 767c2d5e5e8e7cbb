package org.crescent.compiler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crescent.bytecode.LocalVariableInfo;
import org.crescent.runtime.LuaString;

/**
 * The debug ranges of one function's local variables, in declaration order (C Lua's
 * {@code locvars}): each variable is live from the pc where it came into scope to the pc where
 * its scope ended. Compile-time constants have no entry.
 */
final class LocalDebugInfo {
    private final List<LuaString> names = new ArrayList<>();
    private int[] starts = new int[8];
    private int[] ends = new int[8];

    /** Adds a variable whose scope starts at {@code pc}; returns its entry index. */
    int add(LuaString name, int pc) {
        int index = names.size();
        if (index == starts.length) {
            starts = Arrays.copyOf(starts, index * 2);
            ends = Arrays.copyOf(ends, index * 2);
        }
        names.add(name);
        starts[index] = pc;
        return index;
    }

    void setStart(int index, int pc) {
        starts[index] = pc;
    }

    void setEnd(int index, int pc) {
        ends[index] = pc;
    }

    LocalVariableInfo[] toArray() {
        LocalVariableInfo[] locals = new LocalVariableInfo[names.size()];
        for (int i = 0; i < locals.length; i++) {
            locals[i] = new LocalVariableInfo(names.get(i), starts[i], ends[i]);
        }
        return locals;
    }
}
