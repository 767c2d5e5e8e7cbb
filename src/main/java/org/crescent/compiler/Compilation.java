package org.crescent.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.crescent.ast.LocalVariable;
import org.crescent.runtime.ChunkNames;
import org.crescent.lexer.LuaSyntaxError;
import org.crescent.runtime.LuaString;

/**
 * State shared by all functions of one chunk while it compiles (the parts of C Lua's
 * {@code LexState} and {@code Dyndata} the code generator uses): the line of the last token
 * "consumed" (C's {@code lastline}, which every emitted instruction takes), the constant
 * cache, the active labels and pending gotos, and the descriptors of declared variables.
 *
 * <p>The constant cache is shared by all functions on purpose: C Lua's is, and since an entry
 * then may point into another function's table, a function can get duplicate constants. We
 * reproduce that so constant indices match luac's.
 */
final class Compilation {
    final LuaString chunkName;
    /** The line C Lua's {@code ls->lastline} would hold now. */
    int lastLine = 1;
    final Map<Object, Integer> constantCache = new HashMap<>();
    final List<JumpLabel> labels = new ArrayList<>();
    final List<JumpLabel> pendingGotos = new ArrayList<>();
    final Map<LocalVariable, VariableDescriptor> variables = new IdentityHashMap<>();
    /** Stands for nil in the constant cache, as C Lua uses the cache table itself. */
    static final Object NIL_KEY = new Object();

    Compilation(LuaString chunkName) {
        this.chunkName = chunkName;
    }

    /** Records that a token on {@code line} was consumed (ignores unknown lines). */
    void consume(int line) {
        if (line > 0) lastLine = line;
    }

    VariableDescriptor descriptor(LocalVariable variable) {
        VariableDescriptor descriptor = variables.get(variable);
        if (descriptor == null) {
            throw new IllegalStateException("variable not declared before use: " + variable);
        }
        return descriptor;
    }

    /**
     * A compile error at {@code line} in C Lua's "chunk:line: message" format. (C Lua adds
     * "near" and the current token for limit errors; the syntax tree keeps no tokens.)
     */
    LuaSyntaxError error(String message, int line) {
        return new LuaSyntaxError(ChunkNames.display(chunkName).concat(LuaString.of(":" + line + ": " + message)));
    }
}
