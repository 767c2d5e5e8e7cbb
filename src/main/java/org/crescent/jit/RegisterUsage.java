package org.crescent.jit;

import static org.crescent.bytecode.OpcodeNumbers.*;

import java.util.Arrays;
import java.util.BitSet;
import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.Prototype;

/**
 * What the compiled method of one prototype needs to know before emitting code: which
 * instructions it executes itself (the others are exits), where the interpreter may enter it,
 * and two data-flow facts per instruction over the registers, which compiled code keeps in
 * JVM locals:
 * <ul>
 * <li>{@link #writtenBefore}: registers some path from an entry may have written before the
 *     instruction (forward, may). An exit at the instruction writes exactly these back.
 * <li>{@link #liveIn}: registers whose local may be read from the instruction on, by an
 *     instruction or by an exit's write-back, before being overwritten (backward, may). An
 *     entry loads exactly these from the value stack.
 * </ul>
 * The JVM verifier checks the second: a register read without being loaded or written on
 * every path would make the class fail verification (and the prototype stay interpreted).
 */
final class RegisterUsage {
    final Prototype prototype;
    /** Instructions the compiled method executes; the rest exit to the interpreter. */
    final boolean[] compiled;
    /** Instructions the interpreter may enter at (function start, loop back-edges, after calls). */
    final int[] entries;
    /** Registers an exit at each instruction writes back (a superset of those possibly written before it). */
    final BitSet[] writtenBefore;
    final BitSet[] liveIn;
    /** Registers every entry loads: the union of the entries' live sets (one shared load block). */
    final BitSet entryLoads = new BitSet();

    private final BitSet[] reads;
    private final BitSet[] writes;
    private final BitSet[] kills;
    private final boolean[] canExit;
    private final int[][] successors;

    /** The instructions {@code [from, to)} this method covers (a region of a function too large for one method). */
    final int from;
    final int to;

    RegisterUsage(Prototype prototype, int from, int to) {
        this.prototype = prototype;
        this.from = from;
        this.to = to;
        int[] code = prototype.code;
        int length = code.length;
        compiled = new boolean[length];
        reads = new BitSet[length];
        writes = new BitSet[length];
        kills = new BitSet[length];
        canExit = new boolean[length];
        successors = new int[length][];
        boolean[] supported = new boolean[length];
        for (int pc = 0; pc < length; pc++) {
            reads[pc] = new BitSet();
            writes[pc] = new BitSet();
            kills[pc] = new BitSet();
            successors[pc] = new int[0];
            supported[pc] = note(code, pc);
            compiled[pc] = supported[pc] && pc >= from && pc < to;
        }
        BitSet entryPoints = new BitSet();
        for (int pc = from; pc < to; pc++) {
            boolean entry = pc == from || loopStart(code, pc) >= 0 || resumesAfter(code[pc - 1] & 0x7F);
            if (entry && compiled[pc]) {
                entryPoints.set(pc);
            }
        }
        // Instructions that other regions' code flows into.
        for (int pc = 0; pc < length; pc++) {
            if (supported[pc] && (pc < from || pc >= to)) {
                for (int next : successors[pc]) {
                    if (next >= from && next < to && compiled[next]) {
                        entryPoints.set(next);
                    }
                }
            }
        }
        for (int pc = 0; pc < length; pc++) {
            if (!compiled[pc]) {
                successors[pc] = new int[0];
            }
        }
        entries = entryPoints.stream().toArray();
        writtenBefore = exitSets(code, forwardWrites(length));
        liveIn = backwardLiveness(length);
        for (int entry : entries) {
            entryLoads.or(liveIn[entry]);
        }
    }

    /**
     * Widens each instruction's write-back set to the union over its innermost enclosing loop
     * (or over the code outside loops), so that exits share a few write-back blocks instead of
     * one per instruction. Inside a loop the sets are nearly equal anyway after one iteration;
     * liveness then makes entries load what the wider sets write back.
     */
    private BitSet[] exitSets(int[] code, BitSet[] written) {
        int length = code.length;
        int[] region = new int[length];
        int[] regionSize = new int[length];
        Arrays.fill(region, -1);
        for (int end = 0; end < length; end++) {
            int start = loopStart(code, end);
            if (start < 0 || start > end) {
                continue;
            }
            for (int pc = start; pc <= end; pc++) {
                if (region[pc] < 0 || regionSize[pc] > end - start) {
                    region[pc] = end;
                    regionSize[pc] = end - start;
                }
            }
        }
        java.util.Map<Integer, BitSet> unions = new java.util.HashMap<>();
        for (int pc = 0; pc < length; pc++) {
            unions.computeIfAbsent(region[pc], key -> new BitSet()).or(written[pc]);
        }
        BitSet[] sets = new BitSet[length];
        for (int pc = 0; pc < length; pc++) {
            sets[pc] = unions.get(region[pc]);
        }
        return sets;
    }

    private BitSet[] forwardWrites(int length) {
        BitSet[] in = new BitSet[length];
        for (int pc = 0; pc < length; pc++) in[pc] = new BitSet();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = 0; pc < length; pc++) {
                if (!compiled[pc]) continue;
                BitSet out = (BitSet) in[pc].clone();
                out.or(writes[pc]);
                for (int next : successors[pc]) {
                    if (next >= length) continue;
                    BitSet target = in[next];
                    int before = target.cardinality();
                    target.or(out);
                    changed |= target.cardinality() != before;
                }
            }
        }
        return in;
    }

    private BitSet[] backwardLiveness(int length) {
        BitSet[] live = new BitSet[length];
        for (int pc = 0; pc < length; pc++) live[pc] = new BitSet();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = length - 1; pc >= 0; pc--) {
                BitSet value;
                if (!compiled[pc]) {
                    value = writtenBefore[pc];
                } else {
                    value = new BitSet();
                    for (int next : successors[pc]) {
                        if (next < length) value.or(live[next]);
                    }
                    value.andNot(kills[pc]);
                    value.or(reads[pc]);
                    if (canExit[pc]) value.or(writtenBefore[pc]);
                }
                if (!value.equals(live[pc])) {
                    live[pc] = (BitSet) value.clone();
                    changed = true;
                }
            }
        }
        return live;
    }

    /** Whether the JMP at {@code pc} belongs to the comparison or test before it (never run on its own). */
    private static boolean followsTest(int[] code, int pc) {
        if (pc == 0) {
            return false;
        }
        int opcode = code[pc - 1] & 0x7F;
        return opcode >= EQ && opcode <= TESTSET;
    }

    /**
     * Whether compiled code offers an entry after an instruction with this opcode: after a
     * call returns, the interpreter enters compiled code again. (It would also after a
     * metamethod, but each entry costs code that loads its live registers, and HotSpot does
     * not compile methods over 8000 bytes: calls are what numeric loops make.)
     */
    private static boolean resumesAfter(int opcode) {
        return opcode == CALL || opcode == TFORCALL;
    }

    /**
     * Where a function may be cut into regions without cutting an innermost loop: true at
     * {@code pc} when no innermost loop contains both {@code pc - 1} and {@code pc}.
     */
    static boolean[] goodCuts(int[] code) {
        boolean[] good = new boolean[code.length + 1];
        Arrays.fill(good, true);
        for (int end = 0; end < code.length; end++) {
            int start = loopStart(code, end);
            if (start < 0 || start > end) {
                continue;
            }
            boolean innermost = true;
            for (int inner = start; inner < end && innermost; inner++) {
                innermost = loopStart(code, inner) < 0;
            }
            if (innermost) {
                for (int pc = start + 1; pc <= end; pc++) good[pc] = false;
            }
        }
        return good;
    }

    /** True at each instruction some loop (from its first instruction to its back-edge) contains. */
    static boolean[] loopBodies(int[] code) {
        boolean[] inside = new boolean[code.length];
        for (int end = 0; end < code.length; end++) {
            int start = loopStart(code, end);
            for (int pc = Math.max(start, 0); start >= 0 && pc <= end; pc++) {
                inside[pc] = true;
            }
        }
        return inside;
    }

    /** The first instruction of the loop whose back-edge is at {@code pc}, or -1 if it is not a back-edge. */
    private static int loopStart(int[] code, int pc) {
        int i = code[pc];
        int opcode = i & 0x7F;
        if (opcode == FORLOOP || opcode == TFORLOOP) {
            return pc + 1 - Instruction.bx(i);
        }
        if (opcode == JMP && Instruction.signedJump(i) < 0 && !followsTest(code, pc)) {
            return pc + 1 + Instruction.signedJump(i);
        }
        return -1;
    }

    /** Records registers and successors of one instruction; returns whether the compiled method executes it. */
    private boolean note(int[] code, int pc) {
        int i = code[pc];
        int opcode = i & 0x7F;
        int a = Instruction.a(i);
        int b = Instruction.b(i);
        int c = Instruction.c(i);
        boolean k = Instruction.k(i);
        int next = pc + 1;
        canExit[pc] = true;
        switch (opcode) {
            case MOVE: read(pc, b); kill(pc, a); flow(pc, next, false); return true;
            case LOADI: case LOADF: case LOADK: case LOADFALSE: case LOADTRUE: case GETUPVAL:
                kill(pc, a); flow(pc, next, false); return true;
            case LOADKX: case LFALSESKIP:
                kill(pc, a); flow(pc, pc + 2, false); return true;
            case LOADNIL:
                for (int r = a; r <= a + b; r++) kill(pc, r);
                flow(pc, next, false);
                return true;
            case SETUPVAL: read(pc, a); flow(pc, next, false); return true;
            case GETTABUP: kill(pc, a); flow(pc, next, true); return true;
            case GETTABLE: read(pc, b); read(pc, c); kill(pc, a); flow(pc, next, true); return true;
            case GETI: case GETFIELD: case LEN: read(pc, b); kill(pc, a); flow(pc, next, true); return true;
            case SETTABUP: if (!k) read(pc, c); flow(pc, next, true); return true;
            case SETTABLE: read(pc, a); read(pc, b); if (!k) read(pc, c); flow(pc, next, true); return true;
            case SETI: case SETFIELD: read(pc, a); if (!k) read(pc, c); flow(pc, next, true); return true;
            case UNM: case BNOT: read(pc, b); kill(pc, a); flow(pc, next, true); return true;
            case NOT: read(pc, b); kill(pc, a); flow(pc, next, false); return true;
            case ADDI: case ADDK: case SUBK: case MULK: case MODK: case POWK: case DIVK: case IDIVK:
            case BANDK: case BORK: case BXORK: case SHRI: case SHLI:
                read(pc, b); kill(pc, a); flow(pc, pc + 2, true); return true;
            case ADD: case SUB: case MUL: case MOD: case POW: case DIV: case IDIV:
            case BAND: case BOR: case BXOR: case SHL: case SHR:
                read(pc, b); read(pc, c); kill(pc, a); flow(pc, pc + 2, true); return true;
            case EQ: case LT: case LE: read(pc, a); read(pc, b); test(code, pc); return true;
            case EQK: case EQI: case LTI: case LEI: case GTI: case GEI: case TEST: read(pc, a); test(code, pc); return true;
            case TESTSET: read(pc, b); write(pc, a); test(code, pc); return true;
            case JMP: {
                int target = next + Instruction.signedJump(i);
                flow(pc, target, target <= pc);
                return true;
            }
            case VARARGPREP: flow(pc, next, false); return true;
            case NEWTABLE: kill(pc, a); flow(pc, pc + 2, true); return true;
            case SELF: read(pc, b); if (!k) read(pc, c); kill(pc, a); kill(pc, a + 1); flow(pc, next, true); return true;
            case CONCAT:
                for (int r = a; r < a + b; r++) read(pc, r);
                kill(pc, a);
                flow(pc, next, true);
                return true;
            case SETLIST:
                // B = 0: the items up to the stack top, set by the multiple-result CALL or
                // VARARG before it, are on the value stack (written back below).
                for (int r = a; r <= a + b; r++) read(pc, r);
                flow(pc, k ? pc + 2 : next, true);
                return true;
            case CALL: case VARARG:
                // The registers are written back before the call (an exit's set) and those
                // live after it reloaded from the stack: the callee, its upvalues or
                // debug.setlocal may change any of them. Counts set by the stack top (B or C
                // zero) need nothing more: every register a later write-back could store is
                // live, so reloaded with what the call left on the stack.
                kills[pc].set(0, prototype.maxStackSize);
                flow(pc, next, true);
                return true;
            case TFORPREP: read(pc, a + 3); flow(pc, next + Instruction.bx(i), true); return true;
            case CLOSE: flow(pc, next, true); return true;
            case TFORCALL:
                // As CALL: registers written back before, those live after reloaded.
                kills[pc].set(0, prototype.maxStackSize);
                flow(pc, next, true);
                return true;
            case TAILCALL: case RETURN:
                successors[pc] = new int[0]; // a helper (after the exit's write-back) or an exit
                return true;
            case CLOSURE: kill(pc, a); flow(pc, next, true); return true;
            case RETURN1: read(pc, a); successors[pc] = new int[0]; return true;
            case RETURN0: successors[pc] = new int[0]; return true;
            case FORLOOP:
                read(pc, a); read(pc, a + 1); read(pc, a + 2);
                write(pc, a); write(pc, a + 1); write(pc, a + 3);
                successors[pc] = new int[] {next, next - Instruction.bx(i)};
                return true;
            case TFORLOOP:
                read(pc, a + 4); write(pc, a + 2);
                successors[pc] = new int[] {next, next - Instruction.bx(i)};
                return true;
            case FORPREP:
                read(pc, a); read(pc, a + 1); read(pc, a + 2);
                write(pc, a); write(pc, a + 1); write(pc, a + 2); write(pc, a + 3);
                successors[pc] = new int[] {next, pc + Instruction.bx(i) + 2};
                return true;
            default:
                break;
        }
        canExit[pc] = false;
        return false;
    }

    /** A comparison or test: skips the following JMP or takes it (a backward jump may exit for an interrupt). */
    private void test(int[] code, int pc) {
        int target = pc + 2 + Instruction.signedJump(code[pc + 1]);
        int opcode = code[pc] & 0x7F;
        boolean mayExit = target <= pc + 1 || opcode == EQ || opcode == LT || opcode == LE
                || (opcode >= LTI && opcode <= GEI);
        canExit[pc] = mayExit;
        successors[pc] = new int[] {pc + 2, target};
    }

    private void flow(int pc, int next, boolean mayExit) {
        successors[pc] = new int[] {next};
        canExit[pc] = mayExit;
    }

    private void read(int pc, int register) {
        reads[pc].set(register);
    }

    private void write(int pc, int register) {
        writes[pc].set(register);
    }

    /** A register the instruction always writes when it does not exit. */
    private void kill(int pc, int register) {
        writes[pc].set(register);
        kills[pc].set(register);
    }
}
