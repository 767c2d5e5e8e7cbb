package org.crescent.bytecode;

/**
 * The opcodes as compile-time int constants, for the interpreter's {@code switch}.
 * Invariant: each constant equals the ordinal of the {@link Opcode} of the same name (a test
 * checks it), so this is a mirror of the enum, never a second definition.
 */
public final class OpcodeNumbers {
    public static final int MOVE = 0;
    public static final int LOADI = 1;
    public static final int LOADF = 2;
    public static final int LOADK = 3;
    public static final int LOADKX = 4;
    public static final int LOADFALSE = 5;
    public static final int LFALSESKIP = 6;
    public static final int LOADTRUE = 7;
    public static final int LOADNIL = 8;
    public static final int GETUPVAL = 9;
    public static final int SETUPVAL = 10;
    public static final int GETTABUP = 11;
    public static final int GETTABLE = 12;
    public static final int GETI = 13;
    public static final int GETFIELD = 14;
    public static final int SETTABUP = 15;
    public static final int SETTABLE = 16;
    public static final int SETI = 17;
    public static final int SETFIELD = 18;
    public static final int NEWTABLE = 19;
    public static final int SELF = 20;
    public static final int ADDI = 21;
    public static final int ADDK = 22;
    public static final int SUBK = 23;
    public static final int MULK = 24;
    public static final int MODK = 25;
    public static final int POWK = 26;
    public static final int DIVK = 27;
    public static final int IDIVK = 28;
    public static final int BANDK = 29;
    public static final int BORK = 30;
    public static final int BXORK = 31;
    public static final int SHRI = 32;
    public static final int SHLI = 33;
    public static final int ADD = 34;
    public static final int SUB = 35;
    public static final int MUL = 36;
    public static final int MOD = 37;
    public static final int POW = 38;
    public static final int DIV = 39;
    public static final int IDIV = 40;
    public static final int BAND = 41;
    public static final int BOR = 42;
    public static final int BXOR = 43;
    public static final int SHL = 44;
    public static final int SHR = 45;
    public static final int MMBIN = 46;
    public static final int MMBINI = 47;
    public static final int MMBINK = 48;
    public static final int UNM = 49;
    public static final int BNOT = 50;
    public static final int NOT = 51;
    public static final int LEN = 52;
    public static final int CONCAT = 53;
    public static final int CLOSE = 54;
    public static final int TBC = 55;
    public static final int JMP = 56;
    public static final int EQ = 57;
    public static final int LT = 58;
    public static final int LE = 59;
    public static final int EQK = 60;
    public static final int EQI = 61;
    public static final int LTI = 62;
    public static final int LEI = 63;
    public static final int GTI = 64;
    public static final int GEI = 65;
    public static final int TEST = 66;
    public static final int TESTSET = 67;
    public static final int CALL = 68;
    public static final int TAILCALL = 69;
    public static final int RETURN = 70;
    public static final int RETURN0 = 71;
    public static final int RETURN1 = 72;
    public static final int FORLOOP = 73;
    public static final int FORPREP = 74;
    public static final int TFORPREP = 75;
    public static final int TFORCALL = 76;
    public static final int TFORLOOP = 77;
    public static final int SETLIST = 78;
    public static final int CLOSURE = 79;
    public static final int VARARG = 80;
    public static final int VARARGPREP = 81;
    public static final int EXTRAARG = 82;

    private OpcodeNumbers() {}
}
