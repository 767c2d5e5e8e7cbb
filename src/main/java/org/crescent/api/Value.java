package org.crescent.api;

import org.crescent.runtime.Tag;

/**
 * One Lua value in the interpreter's form (tag, number bits, reference), as a small mutable
 * holder for conversions at the API edge, where a value has to be carried between calls.
 */
final class Value {
    byte tag = Tag.NIL;
    long bits;
    Object ref;

    void set(byte tag, long bits, Object ref) {
        this.tag = tag;
        this.bits = bits;
        this.ref = ref;
    }
}
