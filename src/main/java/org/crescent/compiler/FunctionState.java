package org.crescent.compiler;

import static org.crescent.compiler.ExpressionDescriptor.NO_JUMP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crescent.ast.FunctionBody;
import org.crescent.ast.LocalVariable;
import org.crescent.ast.Upvalue;
import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.Opcode;
import org.crescent.bytecode.Prototype;
import org.crescent.bytecode.UpvalueInfo;

/**
 * The function being compiled (C Lua's {@code FuncState} with the low-level half of lcode.c):
 * its growing code and line arrays, registers, active variables and blocks, and the
 * primitives that emit instructions, chain and patch jump lists, and intern constants.
 *
 * <p>Invariant: {@code activeRegisterCount() <= freeRegister <= maxStackSize}; every
 * instruction emitted gets the compilation's current {@code lastLine}.
 */
final class FunctionState {
    private static final int MAX_REGISTERS = 255;
    /** Largest constant index usable as an RK operand (C Lua's MAXINDEXRK). */
    static final int MAX_INDEX_RK = Instruction.MAX_B;
    static final int NO_REGISTER = Instruction.MAX_A;

    final Compilation compilation;
    final FunctionState parent;
    final FunctionBody body;
    final FunctionConstants constants;
    int[] code = new int[32];
    int[] lines = new int[32];
    int pc;
    /** Position of the last jump target; instructions before it may not be merged with. */
    int lastTarget;
    int freeRegister;
    int maxStackSize = 2;
    boolean needClose;
    boolean isVararg;
    int parameterCount;
    BlockScope block;
    final List<Prototype> prototypes = new ArrayList<>();
    final UpvalueInfo[] upvalues;
    /**
     * Declared variables (C's actvar slice of this function): the first {@code activeCount}
     * are in scope, up to {@code declaredCount} are declared but not yet in scope. Entries
     * past {@code declaredCount} are stale but kept, as C Lua keeps them: leaving a block
     * still reads the registers of its variables after removing them.
     */
    private VariableDescriptor[] variables = new VariableDescriptor[16];
    private int declaredCount;
    int activeCount;
    private final LocalDebugInfo debugInfo = new LocalDebugInfo();
    /** First label and pending goto of this function in the compilation's lists. */
    final int firstLabel;

    FunctionState(Compilation compilation, FunctionState parent, FunctionBody body) {
        this.compilation = compilation;
        this.parent = parent;
        this.body = body;
        this.constants = new FunctionConstants(compilation.constantCache);
        this.firstLabel = compilation.labels.size();
        this.upvalues = upvalueInfos(body);
    }

    private UpvalueInfo[] upvalueInfos(FunctionBody function) {
        List<Upvalue> list = function.upvalues();
        UpvalueInfo[] infos = new UpvalueInfo[list.size()];
        for (int i = 0; i < infos.length; i++) {
            Upvalue upvalue = list.get(i);
            if (parent == null) {
                infos[i] = new UpvalueInfo(upvalue.name(), true, 0, VariableDescriptor.REGULAR);
            } else if (upvalue.inParentLocals()) {
                VariableDescriptor local = compilation.descriptor(upvalue.variable());
                infos[i] = new UpvalueInfo(upvalue.name(), true, local.register, local.kind);
            } else {
                UpvalueInfo outer = parent.upvalues[upvalue.parentIndex()];
                infos[i] = new UpvalueInfo(upvalue.name(), false, upvalue.parentIndex(), outer.kind());
            }
        }
        return infos;
    }

    // ---------------------------------------------------------------- emission

    /** Emits {@code instruction} at the current line and returns its position. */
    int code(int instruction) {
        if (pc == code.length) {
            code = Arrays.copyOf(code, pc * 2);
            lines = Arrays.copyOf(lines, pc * 2);
        }
        code[pc] = instruction;
        lines[pc] = compilation.lastLine;
        return pc++;
    }

    int codeABCk(Opcode opcode, int a, int b, int c, boolean k) {
        return code(Instruction.encodeABC(opcode, a, b, c, k));
    }

    int codeABC(Opcode opcode, int a, int b, int c) {
        return code(Instruction.encodeABC(opcode, a, b, c, false));
    }

    int codeABx(Opcode opcode, int a, int bx) {
        return code(Instruction.encodeABx(opcode, a, bx));
    }

    int codeAsBx(Opcode opcode, int a, int signedBx) {
        return code(Instruction.encodeAsBx(opcode, a, signedBx));
    }

    int codeExtraArgument(int argument) {
        return code(Instruction.encodeAx(Opcode.EXTRAARG, argument));
    }

    /** Moves the last instruction to {@code line} (C Lua's luaK_fixline). */
    void fixLine(int line) {
        lines[pc - 1] = line;
    }

    void removeLastInstruction() {
        pc--;
    }

    /** The previous instruction, or -1 if a jump may land between it and the next one. */
    int previousInstruction() {
        return pc > lastTarget ? code[pc - 1] : -1;
    }

    /** Loads nil into {@code count} registers from {@code from}, merging with a previous LOADNIL. */
    void loadNil(int from, int count) {
        int last = from + count - 1;
        int previous = previousInstruction();
        if (previous != -1 && Opcode.of(previous) == Opcode.LOADNIL) {
            int previousFrom = Instruction.a(previous);
            int previousLast = previousFrom + Instruction.b(previous);
            if ((previousFrom <= from && from <= previousLast + 1)
                    || (from <= previousFrom && previousFrom <= last + 1)) {
                from = Math.min(from, previousFrom);
                last = Math.max(last, previousLast);
                code[pc - 1] = Instruction.withB(Instruction.withA(previous, from), last - from);
                return;
            }
        }
        codeABC(Opcode.LOADNIL, from, count - 1, 0);
    }

    void loadConstant(int register, int constant) {
        if (constant <= Instruction.MAX_BX) {
            codeABx(Opcode.LOADK, register, constant);
        } else {
            codeABx(Opcode.LOADKX, register, 0);
            codeExtraArgument(constant);
        }
    }

    void loadInteger(int register, long value) {
        if (fitsSignedBx(value)) {
            codeAsBx(Opcode.LOADI, register, (int) value);
        } else {
            loadConstant(register, constants.integer(value));
        }
    }

    void loadFloat(int register, double value) {
        if (value == Math.rint(value) && fitsSignedBx((long) value) && !Double.isInfinite(value)) {
            codeAsBx(Opcode.LOADF, register, (int) value);
        } else {
            loadConstant(register, constants.number(value));
        }
    }

    static boolean fitsSignedBx(long value) {
        return -Instruction.OFFSET_SBX <= value && value <= Instruction.MAX_BX - Instruction.OFFSET_SBX;
    }

    /** True if {@code value} fits an sC (or sB) operand. */
    static boolean fitsSignedC(long value) {
        return value >= -Instruction.OFFSET_SC && value <= Instruction.MAX_C - Instruction.OFFSET_SC;
    }

    void returnValues(int first, int count) {
        Opcode opcode = switch (count) {
            case 0 -> Opcode.RETURN0;
            case 1 -> Opcode.RETURN1;
            default -> Opcode.RETURN;
        };
        codeABC(opcode, first, count + 1, 0);
    }

    // ---------------------------------------------------------------- jumps

    int jump() {
        return code(Instruction.encodeSJ(Opcode.JMP, NO_JUMP));
    }

    /** Emits a test or comparison followed by its jump; returns the jump's position. */
    int conditionalJump(Opcode opcode, int a, int b, int c, boolean k) {
        codeABCk(opcode, a, b, c, k);
        return jump();
    }

    /** Marks the current position as a jump target and returns it. */
    int label() {
        lastTarget = pc;
        return pc;
    }

    private int jumpDestination(int position) {
        int offset = Instruction.signedJump(code[position]);
        return offset == NO_JUMP ? NO_JUMP : position + 1 + offset;
    }

    void fixJump(int position, int destination) {
        int offset = destination - (position + 1);
        if (offset < -Instruction.OFFSET_SJ || offset > Instruction.MAX_SJ - Instruction.OFFSET_SJ) {
            throw compilation.error("control structure too long", compilation.lastLine);
        }
        code[position] = Instruction.withSignedJump(code[position], offset);
    }

    /** Appends jump list {@code second} to jump list {@code first}; returns the joined list. */
    int concatenate(int first, int second) {
        if (second == NO_JUMP) return first;
        if (first == NO_JUMP) return second;
        int list = first;
        int next;
        while ((next = jumpDestination(list)) != NO_JUMP) list = next;
        fixJump(list, second);
        return first;
    }

    /** Position of the instruction controlling the jump at {@code position}. */
    int jumpControl(int position) {
        if (position >= 1 && Opcode.of(code[position - 1]).isTest()) return position - 1;
        return position;
    }

    /**
     * Makes the TESTSET controlling the jump at {@code node} put its value in {@code register},
     * or turns it into a TEST when there is no register (or the value is already there).
     * Returns false if the control is not a TESTSET.
     */
    private boolean patchTestRegister(int node, int register) {
        int control = jumpControl(node);
        int instruction = code[control];
        if (Opcode.of(instruction) != Opcode.TESTSET) return false;
        if (register != NO_REGISTER && register != Instruction.b(instruction)) {
            code[control] = Instruction.withA(instruction, register);
        } else {
            code[control] = Instruction.encodeABC(Opcode.TEST, Instruction.b(instruction), 0, 0,
                    Instruction.k(instruction));
        }
        return true;
    }

    void removeValues(int list) {
        for (; list != NO_JUMP; list = jumpDestination(list)) patchTestRegister(list, NO_REGISTER);
    }

    void patchListAux(int list, int valueTarget, int register, int defaultTarget) {
        while (list != NO_JUMP) {
            int next = jumpDestination(list);
            if (patchTestRegister(list, register)) {
                fixJump(list, valueTarget);
            } else {
                fixJump(list, defaultTarget);
            }
            list = next;
        }
    }

    void patchList(int list, int target) {
        patchListAux(list, target, NO_REGISTER, target);
    }

    void patchToHere(int list) {
        patchList(list, label());
    }

    /** True if some jump in the list is not controlled by a TESTSET (so it produces no value). */
    boolean needsValue(int list) {
        for (; list != NO_JUMP; list = jumpDestination(list)) {
            if (Opcode.of(code[jumpControl(list)]) != Opcode.TESTSET) return true;
        }
        return false;
    }

    /**
     * Fixes a FORPREP/FORLOOP-style Bx jump at {@code position} to reach {@code destination};
     * {@code endLine} is the line of the loop's {@code end}, where C Lua reports an overflow.
     */
    void fixForJump(int position, int destination, boolean back, int endLine) {
        int offset = destination - (position + 1);
        if (back) offset = -offset;
        if (offset > Instruction.MAX_BX) {
            throw compilation.error("control structure too long near 'end'", endLine);
        }
        code[position] = Instruction.withBx(code[position], offset);
    }

    // ---------------------------------------------------------------- registers

    void checkStack(int count) {
        int newStack = freeRegister + count;
        if (newStack > maxStackSize) {
            if (newStack >= MAX_REGISTERS) {
                throw compilation.error("function or expression needs too many registers", compilation.lastLine);
            }
            maxStackSize = newStack;
        }
    }

    void reserveRegisters(int count) {
        checkStack(count);
        freeRegister += count;
    }

    /** Frees {@code register} if it is a temporary (not a local variable's). */
    void freeRegister(int register) {
        if (register >= activeRegisterCount()) {
            freeRegister--;
            if (register != freeRegister) throw new IllegalStateException("register freed out of order");
        }
    }

    void freeRegisters(int first, int second) {
        if (first > second) {
            freeRegister(first);
            freeRegister(second);
        } else {
            freeRegister(second);
            freeRegister(first);
        }
    }

    void freeExpression(ExpressionDescriptor e) {
        if (e.kind == ExpressionKind.NONRELOCATABLE) freeRegister(e.info);
    }

    void freeExpressions(ExpressionDescriptor first, ExpressionDescriptor second) {
        int r1 = first.kind == ExpressionKind.NONRELOCATABLE ? first.info : -1;
        int r2 = second.kind == ExpressionKind.NONRELOCATABLE ? second.info : -1;
        freeRegisters(r1, r2);
    }

    // ---------------------------------------------------------------- variables

    /** Declares a variable that is not yet in scope (C's new_localvar); returns its index. */
    VariableDescriptor declare(LocalVariable variable) {
        VariableDescriptor descriptor = new VariableDescriptor(variable);
        if (declaredCount == variables.length) variables = Arrays.copyOf(variables, declaredCount * 2);
        variables[declaredCount++] = descriptor;
        compilation.variables.put(variable, descriptor);
        return descriptor;
    }

    /** The variable with index {@code index} (C's getlocalvardesc). */
    VariableDescriptor variable(int index) {
        return variables[index];
    }

    /** Brings the next {@code count} declared variables into scope (C's adjustlocalvars). */
    void activate(int count) {
        int register = activeRegisterCount();
        for (int i = 0; i < count; i++) {
            VariableDescriptor descriptor = variables[activeCount++];
            descriptor.register = register++;
            descriptor.debugIndex = debugInfo.add(descriptor.variable.name(), pc);
            markIfCaptured(descriptor);
        }
    }

    /** A variable a closure captures makes its block close upvalues (C's markupval). */
    private void markIfCaptured(VariableDescriptor descriptor) {
        if (descriptor.variable.isCaptured() && descriptor.isInRegister()) {
            block.hasUpvalue = true;
            needClose = true;
        }
    }

    void setDebugStart(VariableDescriptor descriptor, int start) {
        debugInfo.setStart(descriptor.debugIndex, start);
    }

    /** The first register above the variables with index below {@code level} (C's reglevel). */
    int registerLevel(int level) {
        while (level-- > 0) {
            VariableDescriptor descriptor = variables[level];
            if (descriptor.isInRegister()) return descriptor.register + 1;
        }
        return 0;
    }

    /** Number of registers holding active variables (C's luaY_nvarstack). */
    int activeRegisterCount() {
        return registerLevel(activeCount);
    }

    /** Ends the scope of the variables above {@code level}, closing their debug ranges. */
    void removeVariables(int level) {
        declaredCount -= activeCount - level;
        while (activeCount > level) {
            VariableDescriptor descriptor = variables[--activeCount];
            if (descriptor.isInRegister()) debugInfo.setEnd(descriptor.debugIndex, pc);
        }
    }

    // ---------------------------------------------------------------- tables

    void setTableSize(int position, int register, int arraySize, int hashSize) {
        int b = hashSize != 0 ? ceilLog2(hashSize) + 1 : 0;
        int extra = arraySize / (Instruction.MAX_C + 1);
        int c = arraySize % (Instruction.MAX_C + 1);
        code[position] = Instruction.encodeABC(Opcode.NEWTABLE, register, b, c, extra > 0);
        code[position + 1] = Instruction.encodeAx(Opcode.EXTRAARG, extra);
    }

    private static int ceilLog2(int x) {
        return 32 - Integer.numberOfLeadingZeros(x - 1);
    }

    /** Emits SETLIST storing {@code toStore} values (0: up to the top) after {@code count} items. */
    void setList(int base, int count, int toStore) {
        if (count <= Instruction.MAX_C) {
            codeABC(Opcode.SETLIST, base, toStore, count);
        } else {
            int extra = count / (Instruction.MAX_C + 1);
            codeABCk(Opcode.SETLIST, base, toStore, count % (Instruction.MAX_C + 1), true);
            codeExtraArgument(extra);
        }
        freeRegister = base + 1;
    }

    // ---------------------------------------------------------------- finishing

    /** Final pass (C's luaK_finish): return flags for closing and varargs, jump threading. */
    private void finishCode() {
        for (int i = 0; i < pc; i++) {
            int instruction = code[i];
            switch (Opcode.of(instruction)) {
                case RETURN0, RETURN1 -> {
                    if (needClose || isVararg) {
                        code[i] = returnFlags(Instruction.encodeABC(Opcode.RETURN, Instruction.a(instruction),
                                Instruction.b(instruction), Instruction.c(instruction), Instruction.k(instruction)));
                    }
                }
                case RETURN, TAILCALL -> code[i] = returnFlags(instruction);
                case JMP -> fixJump(i, finalTarget(i));
                default -> { }
            }
        }
    }

    private int returnFlags(int instruction) {
        if (needClose) instruction = Instruction.withK(instruction, true);
        if (isVararg) instruction = Instruction.withC(instruction, parameterCount + 1);
        return instruction;
    }

    /** The final destination of the jump at {@code position}, skipping jumps to jumps. */
    private int finalTarget(int position) {
        for (int count = 0; count < 100; count++) {
            int instruction = code[position];
            if (Opcode.of(instruction) != Opcode.JMP) break;
            position += Instruction.signedJump(instruction) + 1;
        }
        return position;
    }

    Prototype toPrototype(int lineDefined, int lastLineDefined) {
        finishCode();
        return new Prototype(Arrays.copyOf(code, pc), Arrays.copyOf(lines, pc), constants.tags(),
                constants.bits(), constants.objects(), prototypes.toArray(new Prototype[0]), upvalues,
                debugInfo.toArray(), parameterCount, isVararg, maxStackSize, compilation.chunkName, lineDefined,
                lastLineDefined);
    }
}
