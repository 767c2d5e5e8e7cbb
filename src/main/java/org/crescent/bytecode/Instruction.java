package org.crescent.bytecode;

/**
 * Packing and unpacking of 32-bit instructions. The layout follows Lua 5.4: opcode in bits
 * 0-6, A in 7-14, k in 15, B in 16-23, C in 24-31; Bx/sBx in 15-31; Ax/sJ in 7-31. Signed
 * operands are stored in excess-K form so that a plain unsigned field decodes them.
 */
public final class Instruction {
    public static final int SIZE_OPCODE = 7;
    public static final int SIZE_A = 8;
    public static final int SIZE_B = 8;
    public static final int SIZE_C = 8;
    public static final int SIZE_BX = SIZE_C + SIZE_B + 1;
    public static final int SIZE_AX = SIZE_BX + SIZE_A;
    public static final int SIZE_SJ = SIZE_BX + SIZE_A;

    public static final int POSITION_A = SIZE_OPCODE;
    public static final int POSITION_K = POSITION_A + SIZE_A;
    public static final int POSITION_B = POSITION_K + 1;
    public static final int POSITION_C = POSITION_B + SIZE_B;
    public static final int POSITION_BX = POSITION_K;

    public static final int MAX_A = (1 << SIZE_A) - 1;
    public static final int MAX_B = (1 << SIZE_B) - 1;
    public static final int MAX_C = (1 << SIZE_C) - 1;
    public static final int MAX_BX = (1 << SIZE_BX) - 1;
    public static final int MAX_AX = (1 << SIZE_AX) - 1;
    public static final int MAX_SJ = (1 << SIZE_SJ) - 1;

    /** Excess for sBx: sBx = Bx - OFFSET_SBX. */
    public static final int OFFSET_SBX = MAX_BX >> 1;
    /** Excess for sJ. */
    public static final int OFFSET_SJ = MAX_SJ >> 1;
    /** Excess for the signed immediates sB and sC. */
    public static final int OFFSET_SC = MAX_C >> 1;

    /** Largest register index the format can address (registers 0..MAX_REGISTERS-1). */
    public static final int MAX_REGISTERS = 255;

    private Instruction() {}

    public static int opcode(int instruction) {
        return instruction & 0x7F;
    }

    public static int a(int instruction) {
        return (instruction >>> POSITION_A) & MAX_A;
    }

    public static boolean k(int instruction) {
        return ((instruction >>> POSITION_K) & 1) != 0;
    }

    public static int b(int instruction) {
        return (instruction >>> POSITION_B) & MAX_B;
    }

    public static int c(int instruction) {
        return instruction >>> POSITION_C;
    }

    public static int signedB(int instruction) {
        return b(instruction) - OFFSET_SC;
    }

    public static int signedC(int instruction) {
        return c(instruction) - OFFSET_SC;
    }

    public static int bx(int instruction) {
        return instruction >>> POSITION_BX;
    }

    public static int signedBx(int instruction) {
        return bx(instruction) - OFFSET_SBX;
    }

    public static int ax(int instruction) {
        return instruction >>> POSITION_A;
    }

    public static int signedJump(int instruction) {
        return (instruction >>> POSITION_A) - OFFSET_SJ;
    }

    public static int encodeABC(Opcode opcode, int a, int b, int c, boolean k) {
        return opcode.ordinal() | (a << POSITION_A) | ((k ? 1 : 0) << POSITION_K)
                | (b << POSITION_B) | (c << POSITION_C);
    }

    public static int encodeABx(Opcode opcode, int a, int bx) {
        return opcode.ordinal() | (a << POSITION_A) | (bx << POSITION_BX);
    }

    public static int encodeAsBx(Opcode opcode, int a, int signedBx) {
        return encodeABx(opcode, a, signedBx + OFFSET_SBX);
    }

    public static int encodeAx(Opcode opcode, int ax) {
        return opcode.ordinal() | (ax << POSITION_A);
    }

    public static int encodeSJ(Opcode opcode, int signedJump) {
        return opcode.ordinal() | ((signedJump + OFFSET_SJ) << POSITION_A);
    }

    /** Returns the instruction with its A field replaced. */
    public static int withA(int instruction, int a) {
        return (instruction & ~(MAX_A << POSITION_A)) | (a << POSITION_A);
    }

    public static int withB(int instruction, int b) {
        return (instruction & ~(MAX_B << POSITION_B)) | (b << POSITION_B);
    }

    public static int withC(int instruction, int c) {
        return (instruction & ~(MAX_C << POSITION_C)) | (c << POSITION_C);
    }

    public static int withK(int instruction, boolean k) {
        return (instruction & ~(1 << POSITION_K)) | ((k ? 1 : 0) << POSITION_K);
    }

    public static int withBx(int instruction, int bx) {
        return (instruction & ~(MAX_BX << POSITION_BX)) | (bx << POSITION_BX);
    }

    public static int withSignedJump(int instruction, int signedJump) {
        return (instruction & 0x7F) | ((signedJump + OFFSET_SJ) << POSITION_A);
    }
}
