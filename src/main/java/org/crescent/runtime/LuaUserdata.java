package org.crescent.runtime;

/**
 * A full userdata: a Java object exposed to Lua, with its own metatable and user values.
 * Identity is the object's identity.
 */
public class LuaUserdata {
    public Object value;
    public LuaTable metatable;
    /** Set while the userdata is marked for finalization (__gc). */
    public Object gcSentinel;
    /** The 5.4 user values (debug.getuservalue / setuservalue), keyed 1..userValueCount; null when none. */
    public LuaTable userValues;
    public int userValueCount;

    public LuaUserdata(Object value) {
        this.value = value;
    }

    public LuaUserdata(Object value, LuaTable metatable) {
        this.value = value;
        this.metatable = metatable;
    }
}
