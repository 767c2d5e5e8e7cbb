package org.crescent.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crescent.runtime.LuaString;

/**
 * A function body: {@code function (parameters) block end}, or the main chunk (a vararg
 * function without parameters, {@code line} and {@code lastLine} 0, as C Lua's
 * linedefined/lastlinedefined). It compiles to one prototype.
 *
 * <p>Invariant: the parser creates the body when it sees {@code function} (so that the
 * symbols declared inside can refer to it), appends parameters and upvalues while parsing it,
 * and calls {@link #finish} once at {@code end}; after parsing nothing changes. Lists
 * returned are unmodifiable views.
 */
public final class FunctionBody {
    private final int line;
    private final boolean isMethod;
    private final FunctionBody parent;
    private final List<LocalVariable> parameters = new ArrayList<>();
    private final List<Upvalue> upvalues = new ArrayList<>();
    private final List<LocalVariable> parametersView = Collections.unmodifiableList(parameters);
    private final List<Upvalue> upvaluesView = Collections.unmodifiableList(upvalues);
    private boolean isVararg;
    private Block block;
    private int lastLine;

    /**
     * @param line     C Lua's linedefined: the line of {@code function} for a function
     *                 statement, the line of the token after {@code function} (normally
     *                 {@code (}) for a function expression, the line of the token after the
     *                 name for {@code local function}; 0 for the main chunk
     * @param isMethod true for {@code function a:m() end}: the first parameter is {@code self}
     * @param parent   the enclosing function, null for the main chunk
     */
    public FunctionBody(int line, boolean isMethod, FunctionBody parent) {
        this.line = line;
        this.isMethod = isMethod;
        this.parent = parent;
    }

    /** C Lua's linedefined (see the constructor). */
    public int line() {
        return line;
    }

    /** The line of the closing {@code end} (C Lua's lastlinedefined). */
    public int lastLine() {
        return lastLine;
    }

    /** True for the {@code a:m} form, whose first parameter is the implicit {@code self}. */
    public boolean isMethod() {
        return isMethod;
    }

    /** The enclosing function, null for the main chunk. */
    public FunctionBody parent() {
        return parent;
    }

    /** The fixed parameters in order, {@code self} first for a method. */
    public List<LocalVariable> parameters() {
        return parametersView;
    }

    /** True if the parameter list ends with {@code ...} (always true for the main chunk). */
    public boolean isVararg() {
        return isVararg;
    }

    /** The body; its scope is inside the parameters' scope. */
    public Block block() {
        return block;
    }

    /** The upvalues in C Lua's order (first reference first). */
    public List<Upvalue> upvalues() {
        return upvaluesView;
    }

    public void addParameter(LocalVariable parameter) {
        parameters.add(parameter);
    }

    public void setVararg() {
        isVararg = true;
    }

    /** Appends an upvalue and returns its index. */
    public int addUpvalue(Upvalue upvalue) {
        upvalues.add(upvalue);
        return upvalues.size() - 1;
    }

    /** The index of the upvalue named {@code name}, or -1 (C Lua looks upvalues up by name). */
    public int upvalueIndex(LuaString name) {
        for (int i = 0; i < upvalues.size(); i++) {
            if (upvalues.get(i).name().equals(name)) return i;
        }
        return -1;
    }

    /** Called once by the parser at the function's {@code end}. */
    public void finish(Block body, int lastLine) {
        if (block != null) throw new IllegalStateException("function body already finished");
        this.block = body;
        this.lastLine = lastLine;
    }

    /** True for the main chunk. */
    public boolean isMain() {
        return parent == null;
    }

    @Override
    public String toString() {
        return "FunctionBody[line=" + line + ", lastLine=" + lastLine + "]";
    }
}
