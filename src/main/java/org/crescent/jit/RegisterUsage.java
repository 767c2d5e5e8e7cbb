package org.crescent.jit;

import static org.crescent.bytecode.OpcodeNumbers.*;

import java.util.BitSet;
import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.Prototype;

/**
 * What the compiled method of one prototype needs to know before emitting code: which
 * instructions it executes itself (the others are exits), where the interpreter may enter it,
 * and which registers those instructions read or write. Compiled code keeps every used
 * register in JVM locals, loaded from the value stack on entry; on exit it writes back the
 * registers it may have written.
 */
final class RegisterUsage {
    final Prototype prototype;
    /** Instructions the compiled method executes; the rest exit to the interpreter. */
    final boolean[] compiled;
    /** Registers that compiled instructions read or write (loaded on entry). */
    final BitSet used = new BitSet();
    /** Registers that compiled instructions write (written back on exit). */
    final BitSet written = new BitSet();
    /** Instructions the interpreter may enter at: 0 and the loop back-edges (FORLOOP, backward JMP). */
    final int[] entries;

    RegisterUsage(Prototype prototype) {
        this.prototype = prototype;
        int[] code = prototype.code;
        compiled = new boolean[code.length];
        BitSet entryPoints = new BitSet();
        entryPoints.set(0);
        for (int pc = 0; pc < code.length; pc++) {
            int i = code[pc];
            int opcode = i & 0x7F;
            if (opcode == FORLOOP || (opcode == JMP && Instruction.signedJump(i) < 0 && !followsTest(code, pc))) {
                entryPoints.set(pc);
            }
            compiled[pc] = note(i, opcode);
        }
        entries = entryPoints.stream().toArray();
    }

    /** Whether the JMP at {@code pc} belongs to the comparison or test before it (never run on its own). */
    private static boolean followsTest(int[] code, int pc) {
        if (pc == 0) {
            return false;
        }
        int opcode = code[pc - 1] & 0x7F;
        return opcode >= EQ && opcode <= TESTSET;
    }

    /** Records the registers of one instruction; returns whether the compiled method executes it. */
    private boolean note(int i, int opcode) {
        int a = Instruction.a(i);
        int b = Instruction.b(i);
        int c = Instruction.c(i);
        boolean k = Instruction.k(i);
        switch (opcode) {
            case MOVE: read(b); write(a); return true;
            case LOADI: case LOADF: case LOADK: case LOADKX: case LOADFALSE: case LFALSESKIP: case LOADTRUE:
            case GETUPVAL: case GETTABUP:
                write(a); return true;
            case LOADNIL:
                for (int r = a; r <= a + b; r++) write(r);
                return true;
            case SETUPVAL: read(a); return true;
            case GETTABLE: read(b); read(c); write(a); return true;
            case GETI: case GETFIELD: read(b); write(a); return true;
            case SETTABUP: if (!k) read(c); return true;
            case SETTABLE: read(a); read(b); if (!k) read(c); return true;
            case SETI: case SETFIELD: read(a); if (!k) read(c); return true;
            case ADDI: case ADDK: case SUBK: case MULK: case MODK: case POWK: case DIVK: case IDIVK:
            case BANDK: case BORK: case BXORK: case SHRI: case SHLI:
            case UNM: case BNOT: case NOT: case LEN:
                read(b); write(a); return true;
            case ADD: case SUB: case MUL: case MOD: case POW: case DIV: case IDIV:
            case BAND: case BOR: case BXOR: case SHL: case SHR:
                read(b); read(c); write(a); return true;
            case EQ: case LT: case LE: read(a); read(b); return true;
            case EQK: case EQI: case LTI: case LEI: case GTI: case GEI: case TEST: read(a); return true;
            case TESTSET: read(b); write(a); return true;
            case JMP: case VARARGPREP: return true;
            case FORLOOP:
                read(a); read(a + 1); read(a + 2); write(a); write(a + 1); write(a + 3);
                return true;
            case FORPREP:
                read(a); read(a + 1); read(a + 2); write(a); write(a + 1); write(a + 2); write(a + 3);
                return true;
            default:
                return false;
        }
    }

    private void read(int register) {
        used.set(register);
    }

    private void write(int register) {
        used.set(register);
        written.set(register);
    }
}
