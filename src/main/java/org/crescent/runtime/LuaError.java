package org.crescent.runtime;

/**
 * A Lua error: any Lua value raised by {@code error} or by the VM, travelling as a Java
 * exception. It is the only exception type that leaves a call into the VM. The value is held
 * as a tag, bits and reference, like every Lua value. Java stack traces are not filled in:
 * Lua code raises and catches errors routinely ({@code pcall}), and the Lua traceback is what
 * a user needs.
 */
public class LuaError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public final byte valueTag;
    public final long valueBits;
    public final Object valueRef;
    private String luaTraceback;

    /** An error whose value is the given message as a Lua string. */
    public LuaError(String message) {
        this(LuaString.of(message));
    }

    public LuaError(LuaString message) {
        this(Tag.STRING, 0, message);
    }

    public LuaError(byte valueTag, long valueBits, Object valueRef) {
        super(null, null, false, false);
        this.valueTag = valueTag;
        this.valueBits = valueBits;
        this.valueRef = valueRef;
    }

    /** A copy of {@code cause}'s value raised again, keeping its Lua traceback. */
    public LuaError(LuaError cause) {
        this(cause.valueTag, cause.valueBits, cause.valueRef);
        this.luaTraceback = cause.luaTraceback;
    }

    public String luaTraceback() {
        return luaTraceback;
    }

    public void setLuaTraceback(String traceback) {
        this.luaTraceback = traceback;
    }

    /** The error value as C Lua's standalone interpreter shows it. */
    @Override
    public String getMessage() {
        switch (valueTag) {
            case Tag.STRING:
                return valueRef.toString();
            case Tag.INTEGER:
                return Long.toString(valueBits);
            case Tag.FLOAT:
                return Double.toString(Double.longBitsToDouble(valueBits));
            case Tag.NIL:
                return "nil";
            default:
                return "(error object is a " + Tag.typeName(valueTag) + " value)";
        }
    }
}
