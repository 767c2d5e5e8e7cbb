package org.crescent.jit;

import org.crescent.runtime.Tag;

/**
 * An operand of an arithmetic or comparison instruction as the emitter sees it: a register,
 * whose type is known only at run time, or a constant or immediate, whose type the emitter
 * knows and folds into the code.
 */
final class Operand {
    final boolean constant;
    final int register;
    final byte tag;
    final long bits;

    private Operand(boolean constant, int register, byte tag, long bits) {
        this.constant = constant;
        this.register = register;
        this.tag = tag;
        this.bits = bits;
    }

    static Operand register(int register) {
        return new Operand(false, register, Tag.NIL, 0);
    }

    static Operand constant(byte tag, long bits) {
        return new Operand(true, -1, tag, bits);
    }

    static Operand integer(long value) {
        return new Operand(true, -1, Tag.INTEGER, value);
    }

    /** Whether the operand can have the given tag when the instruction runs. */
    boolean mayBe(byte wanted) {
        return !constant || tag == wanted;
    }

    boolean mayBeNumber() {
        return !constant || tag == Tag.INTEGER || tag == Tag.FLOAT;
    }

    /** A numeric constant's value as a double. */
    double doubleValue() {
        return tag == Tag.INTEGER ? (double) bits : Double.longBitsToDouble(bits);
    }
}
