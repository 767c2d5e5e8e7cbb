package org.crescent.jit;

import static org.crescent.bytecode.OpcodeNumbers.*;
import static org.objectweb.asm.Opcodes.*;

import java.util.BitSet;
import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.Prototype;
import org.crescent.runtime.Tag;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Emits the {@code run} method of one compiled prototype. Every used register lives in three
 * JVM locals (tag as int, bits as long, reference) from entry to exit: the prologue loads them
 * from the value stack, the instructions work on the locals (so HotSpot keeps numbers in
 * machine registers across a loop), and the single exit block writes back every register the
 * method may write before returning the pc where the interpreter takes over. Instructions the
 * method does not execute, and slow paths of those it does, jump to a per-pc exit stub.
 */
final class MethodEmitter {
    static final String THREAD_TYPE = "org/crescent/interpreter/LuaThread";
    static final String FRAME_TYPE = "org/crescent/interpreter/CallFrame";
    static final String GLOBAL_TYPE = "org/crescent/interpreter/GlobalState";
    static final String UPVALUE_TYPE = "org/crescent/interpreter/Upvalue";
    static final String TABLE_TYPE = "org/crescent/runtime/LuaTable";
    static final String STRING_TYPE = "org/crescent/runtime/LuaString";
    static final String SUPPORT_TYPE = "org/crescent/jit/JitSupport";
    static final String ARITHMETIC_TYPE = "org/crescent/runtime/LuaArithmetic";

    // Local variable slots.
    static final int THREAD = 1, FRAME = 2, PC = 3, TAGS = 4, BITS = 5, REFS = 6, BASE = 7, GLOBAL = 8, UPVALUES = 9;
    static final int LONG_TEMP = 10, LONG_TEMP2 = 12, DOUBLE_TEMP = 14, DOUBLE_TEMP2 = 16, DOUBLE_TEMP3 = 18;
    static final int TABLE_TEMP = 20, INT_TEMP = 21, UPVALUE_TEMP = 22, INT_TEMP2 = 23, REGISTERS = 24;

    final MethodVisitor method;
    final RegisterUsage usage;
    final Prototype prototype;
    final String className;
    /** String constants the code refers to; the class emitter makes a static field for each. */
    final BitSet constantFields = new BitSet();
    /** Whether the code reads the class's slot hints ({@link #SLOT_HINTS_FIELD}). */
    boolean usesSlotHints;
    static final String SLOT_HINTS_FIELD = "H";
    /** Whether the code reads the prototype's lookup hints (interpreter.FieldCache's) as {@link #LOOKUP_HINTS_FIELD}. */
    boolean usesLookupHints;
    static final String LOOKUP_HINTS_FIELD = "L";
    private final Label[] labels;
    private final Label[] exitStubs;
    /** One exit block per set of registers to write back, shared by the exits that need that set. */
    private final java.util.Map<BitSet, Label> exitBlocks = new java.util.LinkedHashMap<>();
    /** One handler per set of registers to write back, for calls that may raise a Lua error ({@link #guarded}). */
    private final java.util.Map<BitSet, Label> errorHandlers = new java.util.LinkedHashMap<>();
    /** Bytes of JVM code in the method, known once {@link #emit} has run. */
    int codeLength;
    /** Bytes of JVM code per instruction of the region, known once {@link #emit} has run. */
    int[] instructionSizes;

    MethodEmitter(MethodVisitor method, RegisterUsage usage, String className) {
        this.method = method;
        this.usage = usage;
        this.prototype = usage.prototype;
        this.className = className;
        int length = prototype.code.length;
        labels = new Label[length + 2];
        exitStubs = new Label[length + 2];
        for (int pc = 0; pc < labels.length; pc++) {
            labels[pc] = new Label();
        }
    }

    static int tagSlot(int register) {
        return REGISTERS + 3 * register;
    }

    static int bitsSlot(int register) {
        return REGISTERS + 3 * register + 1;
    }

    /** Pushes R[r]'s reference, read from the value stack (references are written through, never held in locals). */
    void pushRef(int r) {
        method.visitVarInsn(ALOAD, REFS);
        pushIndex(r);
        method.visitInsn(AALOAD);
    }

    /** refs[base + r] := the reference {@code value} pushes. */
    void storeRef(int r, Runnable value) {
        // Skipped when the slot already holds the object: a reference store into the
        // long-lived stack array pays the collector's post-write barrier (a fence on G1), and
        // loops and calls often store the same function or table again.
        Label same = new Label();
        Label done = new Label();
        value.run();
        method.visitInsn(DUP);
        method.visitVarInsn(ALOAD, REFS);
        pushIndex(r);
        method.visitInsn(AALOAD);
        method.visitJumpInsn(IF_ACMPEQ, same);
        method.visitVarInsn(ALOAD, REFS);
        pushIndex(r);
        method.visitInsn(DUP2_X1);
        method.visitInsn(POP2);
        method.visitInsn(AASTORE);
        method.visitJumpInsn(GOTO, done);
        method.visitLabel(same);
        method.visitInsn(POP);
        method.visitLabel(done);
    }

    /** As {@link #storeRef}, only when the int {@code tag} pushes is a reference type (as the interpreter stores references). */
    void storeRefIfReference(int r, Runnable tag, Runnable value) {
        Label skip = new Label();
        tag.run();
        pushInt(Tag.STRING);
        method.visitJumpInsn(IF_ICMPLT, skip);
        storeRef(r, value);
        method.visitLabel(skip);
    }

    /** The thread's value-stack arrays into their locals: at entry, and again after a call (which may grow them). */
    void loadStackArrays() {
        MethodVisitor m = method;
        m.visitVarInsn(ALOAD, THREAD);
        m.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, THREAD_TYPE, "tags", "[B");
        m.visitVarInsn(ASTORE, TAGS);
        m.visitVarInsn(ALOAD, THREAD);
        m.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, THREAD_TYPE, "bits", "[J");
        m.visitVarInsn(ASTORE, BITS);
        m.visitVarInsn(ALOAD, THREAD);
        m.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, THREAD_TYPE, "refs", "[Ljava/lang/Object;");
        m.visitVarInsn(ASTORE, REFS);
    }

    void emit() {
        MethodVisitor m = method;
        m.visitCode();
        loadStackArrays();
        m.visitVarInsn(ALOAD, FRAME);
        m.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, FRAME_TYPE, "base", "I");
        m.visitVarInsn(ISTORE, BASE);
        m.visitVarInsn(ALOAD, THREAD);
        m.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, THREAD_TYPE, "global", "L" + GLOBAL_TYPE + ";");
        m.visitVarInsn(ASTORE, GLOBAL);
        m.visitVarInsn(ALOAD, FRAME);
        m.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, FRAME_TYPE, "closure", "Lorg/crescent/interpreter/LuaClosure;");
        m.visitFieldInsn(org.objectweb.asm.Opcodes.GETFIELD, "org/crescent/interpreter/LuaClosure", "upvalues", "[L" + UPVALUE_TYPE + ";");
        m.visitVarInsn(ASTORE, UPVALUES);
        int[] entries = usage.entries;
        Label[] targets = new Label[entries.length];
        // Each entry loads the registers live there, unless that costs much more code than one
        // shared block loading the union (entries after calls in a loop are frequent: the
        // fewer loads the better).
        int separateLoads = 0;
        for (int entry : entries) {
            separateLoads += usage.liveIn[entry].cardinality();
        }
        boolean separate = separateLoads <= 2 * usage.entryLoads.cardinality() + 8;
        if (!separate) {
            BitSet loads = usage.entryLoads;
            for (int r = loads.nextSetBit(0); r >= 0; r = loads.nextSetBit(r + 1)) {
                loadRegister(r);
            }
        }
        for (int n = 0; n < entries.length; n++) {
            targets[n] = separate ? new Label() : labels[entries[n]];
        }
        Label notAnEntry = new Label();
        m.visitVarInsn(ILOAD, PC);
        m.visitLookupSwitchInsn(notAnEntry, entries, targets);
        m.visitLabel(notAnEntry);
        m.visitVarInsn(ILOAD, PC);
        m.visitInsn(IRETURN);
        if (separate) {
            for (int n = 0; n < entries.length; n++) {
                m.visitLabel(targets[n]);
                BitSet live = usage.liveIn[entries[n]];
                for (int r = live.nextSetBit(0); r >= 0; r = live.nextSetBit(r + 1)) {
                    loadRegister(r);
                }
                m.visitJumpInsn(GOTO, labels[entries[n]]);
            }
        }
        int[] code = prototype.code;
        instructionSizes = new int[code.length];
        for (int pc = usage.from; pc < usage.to; pc++) {
            m.visitLabel(labels[pc]);
            m.visitLineNumber(pc, labels[pc]); // JVM "lines" are Lua pcs: profiles then name the instruction
            if (usage.compiled[pc]) {
                emitInstruction(pc, code[pc]);
            } else {
                exitHere(pc);
            }
            if (pc == usage.to - 1 && usage.to < code.length) {
                m.visitJumpInsn(GOTO, labelAt(usage.to)); // falling into the next region
            }
            Label after = new Label();
            m.visitLabel(after);
            instructionSizes[pc] = after.getOffset() - labels[pc].getOffset();
        }
        // Jumps past the end never happen (a function ends with a return), but keep the labels defined.
        for (int pc = code.length; pc < labels.length; pc++) {
            m.visitLabel(labels[pc]);
            m.visitVarInsn(ILOAD, PC);
            m.visitInsn(IRETURN);
        }
        for (int pc = 0; pc < exitStubs.length; pc++) {
            if (exitStubs[pc] != null) {
                m.visitLabel(exitStubs[pc]);
                exitHere(pc);
            }
        }
        for (java.util.Map.Entry<BitSet, Label> exit : exitBlocks.entrySet()) {
            m.visitLabel(exit.getValue());
            BitSet written = exit.getKey();
            for (int r = written.nextSetBit(0); r >= 0; r = written.nextSetBit(r + 1)) {
                storeRegister(r);
            }
            m.visitVarInsn(ILOAD, PC);
            m.visitInsn(IRETURN);
        }
        for (java.util.Map.Entry<BitSet, Label> handler : errorHandlers.entrySet()) {
            // The error on the operand stack: write back, position the frame, rethrow.
            m.visitLabel(handler.getValue());
            BitSet written = handler.getKey();
            for (int r = written.nextSetBit(0); r >= 0; r = written.nextSetBit(r + 1)) {
                storeRegister(r);
            }
            m.visitVarInsn(ALOAD, FRAME);
            m.visitVarInsn(ILOAD, PC);
            m.visitInsn(ICONST_1);
            m.visitInsn(IADD);
            m.visitFieldInsn(PUTFIELD, FRAME_TYPE, "pc", "I");
            m.visitInsn(ATHROW);
        }
        Label end = new Label();
        m.visitLabel(end);
        codeLength = end.getOffset();
        if (Boolean.getBoolean("crescent.jit.sizes")) {
            java.util.Map<String, Integer> sizes = new java.util.TreeMap<>();
            for (int pc = usage.from; pc < usage.to; pc++) {
                sizes.merge(org.crescent.bytecode.Opcode.values()[code[pc] & 0x7F].name(), instructionSizes[pc], Integer::sum);
            }
            System.err.println("crescent.jit: sizes " + sizes + " prologue " + labels[usage.from].getOffset());
        }
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /** The code of instruction {@code pc}, or its exit stub when it lies outside this method's region. */
    Label labelAt(int pc) {
        if (pc < prototype.code.length && (pc < usage.from || pc >= usage.to)) {
            return exitStub(pc);
        }
        return labels[Math.min(pc, labels.length - 1)];
    }

    /** A label that leaves the method at instruction {@code pc} (the interpreter runs it). */
    Label exitStub(int pc) {
        if (exitStubs[pc] == null) {
            exitStubs[pc] = new Label();
        }
        return exitStubs[pc];
    }

    /**
     * Emits {@code call}, a call that changes nothing the interpreter would see before it may
     * raise a Lua error (not enough memory, ...): should it throw, the registers are written
     * back and the frame's pc set to the instruction's, as if the interpreter had raised it.
     */
    void guarded(int pc, Runnable call) {
        Label start = new Label();
        Label end = new Label();
        Label handler = errorHandlers.computeIfAbsent(usage.writtenBefore[pc], written -> new Label());
        method.visitTryCatchBlock(start, end, handler, null);
        pushInt(pc);
        method.visitVarInsn(ISTORE, PC);
        method.visitLabel(start);
        call.run();
        method.visitLabel(end);
    }

    /** Leaves at {@code pc}, writing back the registers that may have been written before it. */
    private void exitHere(int pc) {
        pushInt(pc);
        method.visitVarInsn(ISTORE, PC);
        method.visitJumpInsn(GOTO, exitBlocks.computeIfAbsent(usage.writtenBefore[pc], written -> new Label()));
    }

    private void emitInstruction(int pc, int i) {
        int opcode = i & 0x7F;
        int a = Instruction.a(i);
        int b = Instruction.b(i);
        int c = Instruction.c(i);
        MethodVisitor m = method;
        switch (opcode) {
            case MOVE:
                m.visitVarInsn(ILOAD, tagSlot(b));
                m.visitVarInsn(ISTORE, tagSlot(a));
                m.visitVarInsn(LLOAD, bitsSlot(b));
                m.visitVarInsn(LSTORE, bitsSlot(a));
                storeRefIfReference(a, () -> m.visitVarInsn(ILOAD, tagSlot(b)), () -> pushRef(b));
                return;
            case LOADI:
                setInteger(a, Instruction.signedBx(i));
                return;
            case LOADF:
                setTag(a, Tag.FLOAT);
                pushLong(Double.doubleToRawLongBits(Instruction.signedBx(i)));
                m.visitVarInsn(LSTORE, bitsSlot(a));
                return;
            case LOADK:
                loadConstant(a, Instruction.bx(i));
                return;
            case LOADKX:
                loadConstant(a, Instruction.ax(prototype.code[pc + 1]));
                m.visitJumpInsn(GOTO, labelAt(pc + 2));
                return;
            case LOADFALSE:
                setTag(a, Tag.FALSE);
                return;
            case LFALSESKIP:
                setTag(a, Tag.FALSE);
                m.visitJumpInsn(GOTO, labelAt(pc + 2));
                return;
            case LOADTRUE:
                setTag(a, Tag.TRUE);
                return;
            case LOADNIL:
                for (int r = a; r <= a + b; r++) setTag(r, Tag.NIL);
                return;
            case GETUPVAL:
                UpvalueEmitter.get(this, a, b);
                return;
            case SETUPVAL:
                UpvalueEmitter.set(this, a, b);
                return;
            case JMP: {
                int target = pc + 1 + Instruction.signedJump(i);
                if (target <= pc) {
                    checkInterrupt(pc);
                }
                m.visitJumpInsn(GOTO, labelAt(target));
                return;
            }
            case VARARGPREP:
                return;
            case CALL: case RETURN0: case RETURN1: case TAILCALL: case org.crescent.bytecode.OpcodeNumbers.RETURN: case VARARG: case CLOSURE:
                CallEmitter.emit(this, pc, i);
                return;
            case FORPREP:
                LoopEmitter.forPrepare(this, pc, a, Instruction.bx(i));
                return;
            case FORLOOP:
                LoopEmitter.forLoop(this, pc, a, Instruction.bx(i));
                return;
            case TFORLOOP:
                checkInterrupt(pc);
                m.visitVarInsn(ILOAD, tagSlot(a + 4));
                m.visitJumpInsn(IFEQ, labelAt(pc + 1));
                m.visitVarInsn(ILOAD, tagSlot(a + 4));
                m.visitVarInsn(ISTORE, tagSlot(a + 2));
                m.visitVarInsn(LLOAD, bitsSlot(a + 4));
                m.visitVarInsn(LSTORE, bitsSlot(a + 2));
                storeRef(a + 2, () -> pushRef(a + 4));
                m.visitJumpInsn(GOTO, labelAt(pc + 1 - Instruction.bx(i)));
                return;
            case NEWTABLE: case SELF: case CONCAT: case SETLIST: case TFORCALL: case TFORPREP: case CLOSE:
                ObjectEmitter.emit(this, pc, i);
                return;
            case GETTABUP: case GETTABLE: case GETI: case org.crescent.bytecode.OpcodeNumbers.GETFIELD:
            case SETTABUP: case SETTABLE: case SETI: case SETFIELD: case LEN:
                TableEmitter.emit(this, pc, i);
                return;
            case EQ: case LT: case LE: case EQK: case EQI: case LTI: case LEI: case GTI: case GEI:
            case TEST: case TESTSET: case NOT:
                ComparisonEmitter.emit(this, pc, i);
                return;
            default:
                ArithmeticEmitter.emit(this, pc, i);
        }
    }

    // ---- registers and constants

    void loadRegister(int r) {
        MethodVisitor m = method;
        m.visitVarInsn(ALOAD, TAGS);
        pushIndex(r);
        m.visitInsn(BALOAD);
        m.visitVarInsn(ISTORE, tagSlot(r));
        m.visitVarInsn(ALOAD, BITS);
        pushIndex(r);
        m.visitInsn(LALOAD);
        m.visitVarInsn(LSTORE, bitsSlot(r));
    }

    /** Writes a register's tag and bits back (its reference is already there: references are written through). */
    void storeRegister(int r) {
        MethodVisitor m = method;
        m.visitVarInsn(ALOAD, TAGS);
        pushIndex(r);
        m.visitVarInsn(ILOAD, tagSlot(r));
        m.visitInsn(BASTORE);
        m.visitVarInsn(ALOAD, BITS);
        pushIndex(r);
        m.visitVarInsn(LLOAD, bitsSlot(r));
        m.visitInsn(LASTORE);
    }

    /** Pushes base + r. */
    void pushIndex(int r) {
        method.visitVarInsn(ILOAD, BASE);
        if (r != 0) {
            pushInt(r);
            method.visitInsn(IADD);
        }
    }

    /**
     * Sets R[r]'s tag; nil and booleans also get zero bits, so that the bits local is assigned
     * wherever the register is (the verifier insists, and the exit's write-back reads it).
     */
    void setTag(int r, byte tag) {
        pushInt(tag);
        method.visitVarInsn(ISTORE, tagSlot(r));
        if (tag < Tag.INTEGER) {
            method.visitInsn(LCONST_0);
            method.visitVarInsn(LSTORE, bitsSlot(r));
        }
    }

    void setInteger(int r, long value) {
        setTag(r, Tag.INTEGER);
        pushLong(value);
        method.visitVarInsn(LSTORE, bitsSlot(r));
    }

    /** Stores the long on the stack as R[r]'s integer value. */
    void storeInteger(int r) {
        method.visitVarInsn(LSTORE, bitsSlot(r));
        setTag(r, Tag.INTEGER);
    }

    /** Stores the double on the stack as R[r]'s float value. */
    void storeFloat(int r) {
        method.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J", false);
        method.visitVarInsn(LSTORE, bitsSlot(r));
        setTag(r, Tag.FLOAT);
    }

    /** Copies constant {@code index} into R[r] (the reference only for reference types, as the interpreter). */
    void loadConstant(int r, int index) {
        byte tag = prototype.constantTags[index];
        setTag(r, tag);
        pushLong(prototype.constantBits[index]);
        method.visitVarInsn(LSTORE, bitsSlot(r));
        if (tag >= Tag.STRING) {
            storeRef(r, () -> pushConstantRef(index));
        }
    }

    /** Pushes the reference of a (string) constant, held in a static final field of the class. */
    void pushConstantRef(int index) {
        constantFields.set(index);
        method.visitFieldInsn(GETSTATIC, className, constantField(index), "L" + STRING_TYPE + ";");
    }

    /** Pushes the class's slot hints (two ints per instruction; see TableEmitter.findString). */
    void pushSlotHints() {
        usesSlotHints = true;
        method.visitFieldInsn(GETSTATIC, className, SLOT_HINTS_FIELD, "[I");
    }

    /** Pushes the prototype's lookup hints (two per instruction: interpreter.FieldCache's __index chain cache). */
    void pushLookupHints() {
        usesLookupHints = true;
        method.visitFieldInsn(GETSTATIC, className, LOOKUP_HINTS_FIELD, "[I");
    }

    static String constantField(int index) {
        return "K" + index;
    }

    void pushInt(int value) {
        pushIntTo(method, value);
    }

    static void pushIntTo(MethodVisitor method, int value) {
        if (value >= -1 && value <= 5) {
            method.visitInsn(ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            method.visitIntInsn(BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            method.visitIntInsn(SIPUSH, value);
        } else {
            method.visitLdcInsn(value);
        }
    }

    void pushLong(long value) {
        if (value == 0 || value == 1) {
            method.visitInsn(LCONST_0 + (int) value);
        } else {
            method.visitLdcInsn(value);
        }
    }

    void pushDouble(double value) {
        if (Double.doubleToRawLongBits(value) == 0L) {
            method.visitInsn(DCONST_0);
        } else if (value == 1.0) {
            method.visitInsn(DCONST_1);
        } else {
            method.visitLdcInsn(value);
        }
    }

    // ---- operands

    /** Jumps to {@code otherwise} unless the operand has {@code tag} (nothing for a constant that has it). */
    void requireTag(Operand operand, byte tag, Label otherwise) {
        if (operand.constant) {
            if (operand.tag != tag) {
                method.visitJumpInsn(GOTO, otherwise);
            }
            return;
        }
        method.visitVarInsn(ILOAD, tagSlot(operand.register));
        pushInt(tag);
        method.visitJumpInsn(IF_ICMPNE, otherwise);
    }

    /** Jumps to {@code otherwise} unless the operand is a number. */
    void requireNumber(Operand operand, Label otherwise) {
        if (operand.constant) {
            if (!operand.mayBeNumber()) {
                method.visitJumpInsn(GOTO, otherwise);
            }
            return;
        }
        method.visitVarInsn(ILOAD, tagSlot(operand.register));
        pushInt(Tag.INTEGER);
        method.visitJumpInsn(IF_ICMPLT, otherwise);
        method.visitVarInsn(ILOAD, tagSlot(operand.register));
        pushInt(Tag.FLOAT);
        method.visitJumpInsn(IF_ICMPGT, otherwise);
    }

    void pushBits(Operand operand) {
        if (operand.constant) {
            pushLong(operand.bits);
        } else {
            method.visitVarInsn(LLOAD, bitsSlot(operand.register));
        }
    }

    /** Pushes a float operand's value (the operand is known to be a float). */
    void pushFloat(Operand operand) {
        if (operand.constant) {
            pushDouble(operand.doubleValue());
        } else {
            method.visitVarInsn(LLOAD, bitsSlot(operand.register));
            method.visitMethodInsn(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false);
        }
    }

    /** Pushes a number operand's value converted to a float. */
    void pushNumberAsDouble(Operand operand) {
        if (operand.constant) {
            pushDouble(operand.doubleValue());
        } else {
            method.visitVarInsn(ILOAD, tagSlot(operand.register));
            method.visitVarInsn(LLOAD, bitsSlot(operand.register));
            method.visitMethodInsn(INVOKESTATIC, SUPPORT_TYPE, "toDouble", "(IJ)D", false);
        }
    }

    /** Leaves at {@code pc} if another thread asked to interrupt (the interpreter raises the error). */
    void checkInterrupt(int pc) {
        method.visitVarInsn(ALOAD, GLOBAL);
        method.visitMethodInsn(INVOKESTATIC, "org/crescent/interpreter/Interrupts", "isRequested",
                "(L" + GLOBAL_TYPE + ";)Z", false);
        method.visitJumpInsn(IFNE, exitStub(pc));
    }
}
