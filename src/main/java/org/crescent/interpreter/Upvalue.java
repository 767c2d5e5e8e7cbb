package org.crescent.interpreter;

import org.crescent.runtime.Tag;

/**
 * A variable captured by a closure. While open it is a window on one slot of a thread's
 * value stack ({@code tags[index]} etc. are that thread's arrays); once closed the arrays are
 * its own, of length one, and {@code index} is 0. Readers therefore never branch on the
 * state. Invariant: while open, the arrays are the owning thread's current stack arrays
 * (the thread re-points its open upvalues when it grows its stack).
 */
public final class Upvalue {
    public byte[] tags;
    public long[] bits;
    public Object[] refs;
    public int index;
    /** Next open upvalue of the same thread, at a lower stack index; null when closed. */
    Upvalue nextOpen;
    boolean open;

    Upvalue(LuaThread thread, int index) {
        this.tags = thread.tags;
        this.bits = thread.bits;
        this.refs = thread.refs;
        this.index = index;
        this.open = true;
    }

    /** A closed upvalue holding nil, for closures built outside any stack (load, API). */
    public Upvalue() {
        this.tags = new byte[] {Tag.NIL};
        this.bits = new long[1];
        this.refs = new Object[1];
    }

    void close() {
        byte tag = tags[index];
        long value = bits[index];
        Object ref = tag >= Tag.STRING ? refs[index] : null;
        tags = new byte[] {tag};
        bits = new long[] {value};
        refs = new Object[] {ref};
        index = 0;
        open = false;
        nextOpen = null;
    }

    public void set(byte tag, long value, Object ref) {
        tags[index] = tag;
        bits[index] = value;
        refs[index] = ref;
    }
}
