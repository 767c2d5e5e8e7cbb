package org.crescent.bytecode;

/**
 * How an instruction's 32 bits are split into operands, as in Lua 5.4's lopcodes.h.
 * Invariant: the opcode always occupies the low 7 bits.
 */
public enum OpcodeFormat {
    /** A (8 bits), k (1), B (8), C (8). */
    ABC,
    /** A (8 bits), Bx (17 bits, unsigned). */
    ABX,
    /** A (8 bits), sBx (17 bits, signed by excess-K). */
    ASBX,
    /** Ax (25 bits, unsigned). */
    AX,
    /** sJ (25 bits, signed by excess-K). */
    SJ
}
