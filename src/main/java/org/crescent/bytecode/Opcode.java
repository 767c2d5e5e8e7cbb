package org.crescent.bytecode;

import static org.crescent.bytecode.OpcodeFormat.ABC;
import static org.crescent.bytecode.OpcodeFormat.ABX;
import static org.crescent.bytecode.OpcodeFormat.ASBX;
import static org.crescent.bytecode.OpcodeFormat.AX;
import static org.crescent.bytecode.OpcodeFormat.SJ;

/**
 * The instruction set: the single definition of every opcode's format, flags and meaning.
 * The compiler emits from it, the interpreter dispatches on {@link OpcodeNumbers} (checked
 * against the ordinals here by a test), the disassembler prints from it.
 *
 * <p>The set and operand conventions are Lua 5.4's, so that C Lua's rules for operands,
 * multiple results (a B or C of 0 means "up to the stack top") and symbolic error names carry
 * over unchanged. An arithmetic instruction that finds non-numbers falls through to the
 * {@code MMBIN*} instruction that follows it; on success it skips that instruction.
 *
 * <p>Flags: {@code setsA} the instruction writes R[A]; {@code test} the next instruction is a
 * jump taken or skipped; {@code metamethod} a metamethod fallback; {@code usesTop} an operand
 * of 0 takes values up to the stack top set by the previous instruction; {@code setsTop} it
 * leaves the stack top for the next instruction.
 */
public enum Opcode {
    MOVE(ABC, "R[A] := R[B]", Flags.SETS_A),
    LOADI(ASBX, "R[A] := sBx", Flags.SETS_A),
    LOADF(ASBX, "R[A] := (float)sBx", Flags.SETS_A),
    LOADK(ABX, "R[A] := K[Bx]", Flags.SETS_A),
    LOADKX(ABX, "R[A] := K[extra arg]", Flags.SETS_A),
    LOADFALSE(ABC, "R[A] := false", Flags.SETS_A),
    LFALSESKIP(ABC, "R[A] := false; pc++", Flags.SETS_A),
    LOADTRUE(ABC, "R[A] := true", Flags.SETS_A),
    LOADNIL(ABC, "R[A], R[A+1], ..., R[A+B] := nil", Flags.SETS_A),
    GETUPVAL(ABC, "R[A] := UpValue[B]", Flags.SETS_A),
    SETUPVAL(ABC, "UpValue[B] := R[A]", 0),

    GETTABUP(ABC, "R[A] := UpValue[B][K[C]:string]", Flags.SETS_A),
    GETTABLE(ABC, "R[A] := R[B][R[C]]", Flags.SETS_A),
    GETI(ABC, "R[A] := R[B][C]", Flags.SETS_A),
    GETFIELD(ABC, "R[A] := R[B][K[C]:string]", Flags.SETS_A),

    SETTABUP(ABC, "UpValue[A][K[B]:string] := RK(C)", 0),
    SETTABLE(ABC, "R[A][R[B]] := RK(C)", 0),
    SETI(ABC, "R[A][B] := RK(C)", 0),
    SETFIELD(ABC, "R[A][K[B]:string] := RK(C)", 0),

    NEWTABLE(ABC, "R[A] := {} (B: log2(hash size)+1, C: array size, k: C extended by EXTRAARG)", Flags.SETS_A),

    SELF(ABC, "R[A+1] := R[B]; R[A] := R[B][RK(C):string]", Flags.SETS_A),

    ADDI(ABC, "R[A] := R[B] + sC", Flags.SETS_A),

    ADDK(ABC, "R[A] := R[B] + K[C]:number", Flags.SETS_A),
    SUBK(ABC, "R[A] := R[B] - K[C]:number", Flags.SETS_A),
    MULK(ABC, "R[A] := R[B] * K[C]:number", Flags.SETS_A),
    MODK(ABC, "R[A] := R[B] % K[C]:number", Flags.SETS_A),
    POWK(ABC, "R[A] := R[B] ^ K[C]:number", Flags.SETS_A),
    DIVK(ABC, "R[A] := R[B] / K[C]:number", Flags.SETS_A),
    IDIVK(ABC, "R[A] := R[B] // K[C]:number", Flags.SETS_A),

    BANDK(ABC, "R[A] := R[B] & K[C]:integer", Flags.SETS_A),
    BORK(ABC, "R[A] := R[B] | K[C]:integer", Flags.SETS_A),
    BXORK(ABC, "R[A] := R[B] ~ K[C]:integer", Flags.SETS_A),

    SHRI(ABC, "R[A] := R[B] >> sC", Flags.SETS_A),
    SHLI(ABC, "R[A] := sC << R[B]", Flags.SETS_A),

    ADD(ABC, "R[A] := R[B] + R[C]", Flags.SETS_A),
    SUB(ABC, "R[A] := R[B] - R[C]", Flags.SETS_A),
    MUL(ABC, "R[A] := R[B] * R[C]", Flags.SETS_A),
    MOD(ABC, "R[A] := R[B] % R[C]", Flags.SETS_A),
    POW(ABC, "R[A] := R[B] ^ R[C]", Flags.SETS_A),
    DIV(ABC, "R[A] := R[B] / R[C]", Flags.SETS_A),
    IDIV(ABC, "R[A] := R[B] // R[C]", Flags.SETS_A),

    BAND(ABC, "R[A] := R[B] & R[C]", Flags.SETS_A),
    BOR(ABC, "R[A] := R[B] | R[C]", Flags.SETS_A),
    BXOR(ABC, "R[A] := R[B] ~ R[C]", Flags.SETS_A),
    SHL(ABC, "R[A] := R[B] << R[C]", Flags.SETS_A),
    SHR(ABC, "R[A] := R[B] >> R[C]", Flags.SETS_A),

    MMBIN(ABC, "call C metamethod over R[A] and R[B] (result to the previous instruction's A)", Flags.METAMETHOD),
    MMBINI(ABC, "call C metamethod over R[A] and sB (k: operands swapped)", Flags.METAMETHOD),
    MMBINK(ABC, "call C metamethod over R[A] and K[B] (k: operands swapped)", Flags.METAMETHOD),

    UNM(ABC, "R[A] := -R[B]", Flags.SETS_A),
    BNOT(ABC, "R[A] := ~R[B]", Flags.SETS_A),
    NOT(ABC, "R[A] := not R[B]", Flags.SETS_A),
    LEN(ABC, "R[A] := #R[B] (length operator)", Flags.SETS_A),

    CONCAT(ABC, "R[A] := R[A].. ... ..R[A + B - 1]", Flags.SETS_A),

    CLOSE(ABC, "close all upvalues >= R[A]", 0),
    TBC(ABC, "mark variable A \"to be closed\"", 0),
    JMP(SJ, "pc += sJ", 0),
    EQ(ABC, "if ((R[A] == R[B]) ~= k) then pc++", Flags.TEST),
    LT(ABC, "if ((R[A] <  R[B]) ~= k) then pc++", Flags.TEST),
    LE(ABC, "if ((R[A] <= R[B]) ~= k) then pc++", Flags.TEST),

    EQK(ABC, "if ((R[A] == K[B]) ~= k) then pc++", Flags.TEST),
    EQI(ABC, "if ((R[A] == sB) ~= k) then pc++ (C: sB is a float)", Flags.TEST),
    LTI(ABC, "if ((R[A] < sB) ~= k) then pc++ (C: sB is a float)", Flags.TEST),
    LEI(ABC, "if ((R[A] <= sB) ~= k) then pc++ (C: sB is a float)", Flags.TEST),
    GTI(ABC, "if ((R[A] > sB) ~= k) then pc++ (C: sB is a float)", Flags.TEST),
    GEI(ABC, "if ((R[A] >= sB) ~= k) then pc++ (C: sB is a float)", Flags.TEST),

    TEST(ABC, "if (not R[A] == k) then pc++", Flags.TEST),
    TESTSET(ABC, "if (not R[B] == k) then pc++ else R[A] := R[B]", Flags.TEST | Flags.SETS_A),

    CALL(ABC, "R[A], ... ,R[A+C-2] := R[A](R[A+1], ... ,R[A+B-1])",
            Flags.SETS_A | Flags.USES_TOP | Flags.SETS_TOP),
    TAILCALL(ABC, "return R[A](R[A+1], ... ,R[A+B-1])", Flags.SETS_A | Flags.USES_TOP | Flags.SETS_TOP),

    RETURN(ABC, "return R[A], ... ,R[A+B-2] (k: close upvalues; C-1: fixed parameters of a vararg function)",
            Flags.USES_TOP),
    RETURN0(ABC, "return", 0),
    RETURN1(ABC, "return R[A]", 0),

    FORLOOP(ABX, "update counters; if loop continues then pc-=Bx;", Flags.SETS_A),
    FORPREP(ABX, "check values and prepare counters; if not to run then pc+=Bx+1;", Flags.SETS_A),

    TFORPREP(ABX, "create upvalue for R[A + 3]; pc+=Bx", 0),
    TFORCALL(ABC, "R[A+4], ... ,R[A+3+C] := R[A](R[A+1], R[A+2]);", 0),
    TFORLOOP(ABX, "if R[A+2] ~= nil then { R[A]=R[A+2]; pc -= Bx }", Flags.SETS_A),

    SETLIST(ABC, "R[A][C+i] := R[A+i], 1 <= i <= B (B 0: up to top; k: C extended by EXTRAARG)", Flags.USES_TOP),

    CLOSURE(ABX, "R[A] := closure(KPROTO[Bx])", Flags.SETS_A),

    VARARG(ABC, "R[A], R[A+1], ..., R[A+C-2] = vararg", Flags.SETS_A | Flags.SETS_TOP),

    VARARGPREP(ABC, "(adjust vararg parameters; A: number of fixed parameters)", Flags.SETS_A | Flags.USES_TOP),

    EXTRAARG(AX, "extra (larger) argument for previous opcode", 0);

    /** Bit flags for the constructor; kept apart so the enum reads as a table. */
    private static final class Flags {
        static final int SETS_A = 1;
        static final int TEST = 2;
        static final int METAMETHOD = 4;
        static final int USES_TOP = 8;
        static final int SETS_TOP = 16;
    }

    private static final Opcode[] BY_NUMBER = values();

    private final OpcodeFormat format;
    private final String semantics;
    private final int flags;

    Opcode(OpcodeFormat format, String semantics, int flags) {
        this.format = format;
        this.semantics = semantics;
        this.flags = flags;
    }

    public static Opcode of(int instruction) {
        return BY_NUMBER[Instruction.opcode(instruction)];
    }

    public static Opcode byNumber(int number) {
        return BY_NUMBER[number];
    }

    public OpcodeFormat format() {
        return format;
    }

    /** The register-transfer line describing what the instruction does. */
    public String semantics() {
        return semantics;
    }

    public boolean setsA() {
        return (flags & Flags.SETS_A) != 0;
    }

    public boolean isTest() {
        return (flags & Flags.TEST) != 0;
    }

    public boolean isMetamethodFallback() {
        return (flags & Flags.METAMETHOD) != 0;
    }

    public boolean usesTop() {
        return (flags & Flags.USES_TOP) != 0;
    }

    public boolean setsTop() {
        return (flags & Flags.SETS_TOP) != 0;
    }
}
