package org.crescent.interpreter;

import static org.crescent.bytecode.OpcodeNumbers.*;

import org.crescent.bytecode.Instruction;
import org.crescent.runtime.LuaFunction;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaTable;
import org.crescent.runtime.Tag;

/**
 * The dispatch loop: runs Lua frames of the running thread until a frame that returns into
 * Java returns (or a coroutine resumed from Java yields or ends). Lua calls, returns,
 * metamethod calls, pcall and coroutine switches change frames and threads inside the loop,
 * never by Java recursion.
 *
 * <p>State lives in locals: the thread, its frame, code, pc, base, constants and the stack
 * arrays. They are reloaded from the thread after anything that can change frames or grow
 * the stack (the {@code reload} label); {@code frame.pc} is written before anything that can
 * call out or raise an error. Fast paths for numbers and plain tables are inline; everything
 * else is in slow-path methods, which keeps this method under HotSpot's 8000-byte limit for
 * JIT compilation.
 */
public final class Interpreter {
    private Interpreter() {}

    static void dispatch(GlobalState global) {
        LuaThread thread;
        CallFrame frame;
        int[] code;
        int pc;
        int base;
        byte[] tags;
        long[] bits;
        Object[] refs;
        byte[] constantTags;
        long[] constantBits;
        Object[] constantRefs;
        Upvalue[] upvalues;
        boolean trap;
        reload:
        for (;;) {
            if (global.exitRequested) {
                global.exitRequested = false;
                return;
            }
            thread = global.running;
            frame = thread.frames[thread.frameCount - 1];
            if (frame.closure == null) {
                // A pcall marker whose callee has delivered its results.
                if ((frame.status & CallFrame.CLOSING) != 0) {
                    throw new IllegalStateException("closing marker reached the dispatch loop");
                }
                if (Protection.finishProtected(thread, frame)) {
                    return;
                }
                continue;
            }
            LuaClosure running = frame.closure;
            code = running.code;
            constantTags = running.constantTags;
            constantBits = running.constantBits;
            constantRefs = running.constantObjects;
            upvalues = running.upvalues;
            pc = frame.pc;
            base = frame.base;
            tags = thread.tags;
            bits = thread.bits;
            refs = thread.refs;
            trap = Hooks.tracesInstructions(thread);
            for (;;) {
                if (trap) {
                    frame.pc = pc + 1; // as while the instruction runs: one past it
                    if (Hooks.traceExecution(thread, frame)) {
                        tags = thread.tags;
                        bits = thread.bits;
                        refs = thread.refs;
                    }
                }
                int i = code[pc++];
                int ra = base + ((i >>> 7) & 0xFF);
                switch (i & 0x7F) {
                    case MOVE: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        byte tag = tags[rb];
                        tags[ra] = tag;
                        bits[ra] = bits[rb];
                        if (tag >= Tag.STRING) refs[ra] = refs[rb];
                        continue;
                    }
                    case LOADI:
                        tags[ra] = Tag.INTEGER;
                        bits[ra] = (i >>> 15) - Instruction.OFFSET_SBX;
                        continue;
                    case LOADF:
                        tags[ra] = Tag.FLOAT;
                        bits[ra] = Double.doubleToRawLongBits((i >>> 15) - Instruction.OFFSET_SBX);
                        continue;
                    case LOADK: {
                        int index = i >>> 15;
                        byte tag = constantTags[index];
                        tags[ra] = tag;
                        bits[ra] = constantBits[index];
                        if (tag >= Tag.STRING) refs[ra] = constantRefs[index];
                        continue;
                    }
                    case LOADKX: {
                        int index = code[pc++] >>> 7;
                        byte tag = constantTags[index];
                        tags[ra] = tag;
                        bits[ra] = constantBits[index];
                        if (tag >= Tag.STRING) refs[ra] = constantRefs[index];
                        continue;
                    }
                    case LOADFALSE:
                        tags[ra] = Tag.FALSE;
                        continue;
                    case LFALSESKIP:
                        tags[ra] = Tag.FALSE;
                        pc++;
                        continue;
                    case LOADTRUE:
                        tags[ra] = Tag.TRUE;
                        continue;
                    case LOADNIL: {
                        for (int last = ra + ((i >>> 16) & 0xFF); ra <= last; ra++) tags[ra] = Tag.NIL;
                        continue;
                    }
                    case GETUPVAL: {
                        Upvalue upvalue = upvalues[(i >>> 16) & 0xFF];
                        int index = upvalue.index;
                        byte tag = upvalue.tags[index];
                        tags[ra] = tag;
                        bits[ra] = upvalue.bits[index];
                        if (tag >= Tag.STRING) refs[ra] = upvalue.refs[index];
                        continue;
                    }
                    case SETUPVAL: {
                        Upvalue upvalue = upvalues[(i >>> 16) & 0xFF];
                        int index = upvalue.index;
                        byte tag = tags[ra];
                        upvalue.tags[index] = tag;
                        upvalue.bits[index] = bits[ra];
                        if (tag >= Tag.STRING) upvalue.refs[index] = refs[ra];
                        continue;
                    }
                    case GETTABUP: {
                        Upvalue upvalue = upvalues[(i >>> 16) & 0xFF];
                        int index = upvalue.index;
                        if (upvalue.tags[index] == Tag.TABLE) {
                            LuaTable table = (LuaTable) upvalue.refs[index];
                            int slot = table.findString((LuaString) constantRefs[i >>> 24]);
                            byte tag;
                            if (slot >= 0 && (tag = table.valueTags[slot]) != Tag.NIL) {
                                tags[ra] = tag;
                                bits[ra] = table.valueBits[slot];
                                if (tag >= Tag.STRING) refs[ra] = table.valueRefs[slot];
                                continue;
                            }
                        }
                        frame.pc = pc;
                        Metatables.getFromInstruction(thread, frame, i);
                        continue reload;
                    }
                    case GETTABLE: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        int rc = base + (i >>> 24);
                        if (tags[rb] == Tag.TABLE && tags[rc] == Tag.INTEGER) {
                            LuaTable table = (LuaTable) refs[rb];
                            long key = bits[rc] - 1;
                            byte tag;
                            if (key >= 0 && key < table.arrayTags.length && (tag = table.arrayTags[(int) key]) != Tag.NIL) {
                                tags[ra] = tag;
                                bits[ra] = table.arrayBits[(int) key];
                                if (tag >= Tag.STRING) refs[ra] = table.arrayRefs[(int) key];
                                continue;
                            }
                        }
                        frame.pc = pc;
                        Metatables.getFromInstruction(thread, frame, i);
                        continue reload;
                    }
                    case GETI: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        if (tags[rb] == Tag.TABLE) {
                            LuaTable table = (LuaTable) refs[rb];
                            int key = (i >>> 24) - 1;
                            byte tag;
                            if (key >= 0 && key < table.arrayTags.length && (tag = table.arrayTags[key]) != Tag.NIL) {
                                tags[ra] = tag;
                                bits[ra] = table.arrayBits[key];
                                if (tag >= Tag.STRING) refs[ra] = table.arrayRefs[key];
                                continue;
                            }
                        }
                        frame.pc = pc;
                        Metatables.getFromInstruction(thread, frame, i);
                        continue reload;
                    }
                    case GETFIELD: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        if (tags[rb] == Tag.TABLE) {
                            LuaTable table = (LuaTable) refs[rb];
                            int slot = table.findString((LuaString) constantRefs[i >>> 24]);
                            byte tag;
                            if (slot >= 0 && (tag = table.valueTags[slot]) != Tag.NIL) {
                                tags[ra] = tag;
                                bits[ra] = table.valueBits[slot];
                                if (tag >= Tag.STRING) refs[ra] = table.valueRefs[slot];
                                continue;
                            }
                        }
                        frame.pc = pc;
                        Metatables.getFromInstruction(thread, frame, i);
                        continue reload;
                    }
                    case SETTABUP: {
                        Upvalue upvalue = upvalues[(i >>> 7) & 0xFF];
                        int index = upvalue.index;
                        if (upvalue.tags[index] == Tag.TABLE) {
                            LuaTable table = (LuaTable) upvalue.refs[index];
                            int slot = table.findString((LuaString) constantRefs[(i >>> 16) & 0xFF]);
                            if (slot >= 0 && table.valueTags[slot] != Tag.NIL) {
                                storeOperandC(i, base, tags, bits, refs, constantTags, constantBits, constantRefs,
                                        table.valueTags, table.valueBits, table.valueRefs, slot);
                                continue;
                            }
                        }
                        frame.pc = pc;
                        Metatables.setFromInstruction(thread, frame, i);
                        continue reload;
                    }
                    case SETTABLE: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        if (tags[ra] == Tag.TABLE && tags[rb] == Tag.INTEGER) {
                            LuaTable table = (LuaTable) refs[ra];
                            long key = bits[rb] - 1;
                            if (key >= 0 && key < table.arrayTags.length && table.arrayTags[(int) key] != Tag.NIL) {
                                storeOperandC(i, base, tags, bits, refs, constantTags, constantBits, constantRefs,
                                        table.arrayTags, table.arrayBits, table.arrayRefs, (int) key);
                                continue;
                            }
                        }
                        frame.pc = pc;
                        Metatables.setFromInstruction(thread, frame, i);
                        continue reload;
                    }
                    case SETI: {
                        if (tags[ra] == Tag.TABLE) {
                            LuaTable table = (LuaTable) refs[ra];
                            int key = ((i >>> 16) & 0xFF) - 1;
                            if (key >= 0 && key < table.arrayTags.length && table.arrayTags[key] != Tag.NIL) {
                                storeOperandC(i, base, tags, bits, refs, constantTags, constantBits, constantRefs,
                                        table.arrayTags, table.arrayBits, table.arrayRefs, key);
                                continue;
                            }
                        }
                        frame.pc = pc;
                        Metatables.setFromInstruction(thread, frame, i);
                        continue reload;
                    }
                    case SETFIELD: {
                        if (tags[ra] == Tag.TABLE) {
                            LuaTable table = (LuaTable) refs[ra];
                            int slot = table.findString((LuaString) constantRefs[(i >>> 16) & 0xFF]);
                            if (slot >= 0 && table.valueTags[slot] != Tag.NIL) {
                                storeOperandC(i, base, tags, bits, refs, constantTags, constantBits, constantRefs,
                                        table.valueTags, table.valueBits, table.valueRefs, slot);
                                continue;
                            }
                        }
                        frame.pc = pc;
                        Metatables.setFromInstruction(thread, frame, i);
                        continue reload;
                    }
                    case NEWTABLE: {
                        int hashSizeLog = (i >>> 16) & 0xFF;
                        int arraySize = i >>> 24;
                        if ((i & (1 << Instruction.POSITION_K)) != 0) {
                            arraySize += (code[pc] >>> 7) * (Instruction.MAX_C + 1);
                        }
                        pc++;
                        tags[ra] = Tag.TABLE;
                        refs[ra] = new LuaTable(arraySize, hashSizeLog > 0 ? 1 << (hashSizeLog - 1) : 0);
                        if (global.finalizers.queued) {
                            // An allocation point, where C Lua's collector would run finalizers.
                            frame.pc = pc;
                            global.finalizers.atAllocation(thread, ra + 1);
                            continue reload;
                        }
                        continue;
                    }
                    case SELF: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        byte objectTag = tags[rb];
                        Object object = refs[rb];
                        tags[ra + 1] = objectTag;
                        bits[ra + 1] = bits[rb];
                        refs[ra + 1] = object;
                        if (objectTag == Tag.TABLE && (i & (1 << Instruction.POSITION_K)) != 0) {
                            LuaTable table = (LuaTable) object;
                            int slot = table.findString((LuaString) constantRefs[i >>> 24]);
                            byte tag;
                            if (slot >= 0 && (tag = table.valueTags[slot]) != Tag.NIL) {
                                tags[ra] = tag;
                                bits[ra] = table.valueBits[slot];
                                if (tag >= Tag.STRING) refs[ra] = table.valueRefs[slot];
                                continue;
                            }
                        }
                        frame.pc = pc;
                        Metatables.getFromInstruction(thread, frame, i);
                        continue reload;
                    }
                    case ADDI: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        int immediate = (i >>> 24) - Instruction.OFFSET_SC;
                        byte tag = tags[rb];
                        if (tag == Tag.INTEGER) {
                            tags[ra] = Tag.INTEGER;
                            bits[ra] = bits[rb] + immediate;
                            pc++;
                        } else if (tag == Tag.FLOAT) {
                            tags[ra] = Tag.FLOAT;
                            bits[ra] = Double.doubleToRawLongBits(Double.longBitsToDouble(bits[rb]) + immediate);
                            pc++;
                        }
                        continue;
                    }
                    case ADDK: case SUBK: case MULK: case MODK: case POWK: case DIVK: case IDIVK:
                    case BANDK: case BORK: case BXORK: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        int kc = i >>> 24;
                        if (Arith.arithmetic(i & 0x7F, tags, bits, ra, tags[rb], bits[rb], constantTags[kc], constantBits[kc])) {
                            pc++;
                        }
                        continue;
                    }
                    case SHRI: case SHLI: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        if (Arith.shiftImmediate(i & 0x7F, tags, bits, ra, tags[rb], bits[rb], (i >>> 24) - Instruction.OFFSET_SC)) {
                            pc++;
                        }
                        continue;
                    }
                    case ADD: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        int rc = base + (i >>> 24);
                        byte tb = tags[rb];
                        byte tc = tags[rc];
                        if (tb == Tag.INTEGER && tc == Tag.INTEGER) {
                            tags[ra] = Tag.INTEGER;
                            bits[ra] = bits[rb] + bits[rc];
                            pc++;
                        } else if (Arith.arithmetic(ADD, tags, bits, ra, tb, bits[rb], tc, bits[rc])) {
                            pc++;
                        }
                        continue;
                    }
                    case SUB: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        int rc = base + (i >>> 24);
                        byte tb = tags[rb];
                        byte tc = tags[rc];
                        if (tb == Tag.INTEGER && tc == Tag.INTEGER) {
                            tags[ra] = Tag.INTEGER;
                            bits[ra] = bits[rb] - bits[rc];
                            pc++;
                        } else if (Arith.arithmetic(SUB, tags, bits, ra, tb, bits[rb], tc, bits[rc])) {
                            pc++;
                        }
                        continue;
                    }
                    case MUL: case MOD: case POW: case DIV: case IDIV:
                    case BAND: case BOR: case BXOR: case SHL: case SHR: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        int rc = base + (i >>> 24);
                        if (Arith.arithmetic(i & 0x7F, tags, bits, ra, tags[rb], bits[rb], tags[rc], bits[rc])) {
                            pc++;
                        }
                        continue;
                    }
                    case MMBIN: case MMBINI: case MMBINK:
                        frame.pc = pc;
                        Arith.metamethodFromInstruction(thread, frame, i);
                        continue reload;
                    case UNM: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        byte tag = tags[rb];
                        if (tag == Tag.INTEGER) {
                            tags[ra] = Tag.INTEGER;
                            bits[ra] = -bits[rb];
                            continue;
                        } else if (tag == Tag.FLOAT) {
                            tags[ra] = Tag.FLOAT;
                            bits[ra] = bits[rb] ^ Long.MIN_VALUE;
                            continue;
                        }
                        frame.pc = pc;
                        Arith.unaryFromInstruction(thread, frame, i);
                        continue reload;
                    }
                    case BNOT: case LEN:
                        frame.pc = pc;
                        Arith.unaryFromInstruction(thread, frame, i);
                        continue reload;
                    case NOT:
                        tags[ra] = tags[base + ((i >>> 16) & 0xFF)] > Tag.FALSE ? Tag.FALSE : Tag.TRUE;
                        continue;
                    case CONCAT:
                        frame.pc = pc;
                        Concat.fromInstruction(thread, frame, i);
                        continue reload;
                    case CLOSE:
                    case TBC:
                        frame.pc = pc;
                        Calls.closeFromInstruction(thread, frame, i);
                        continue reload;
                    case JMP: {
                        int offset = (i >>> 7) - Instruction.OFFSET_SJ;
                        if (offset < 0 && global.interruptRequested) {
                            frame.pc = pc;
                            throw Interrupts.interrupted(global);
                        }
                        pc += offset;
                        continue;
                    }
                    case EQ: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        byte ta = tags[ra];
                        boolean condition;
                        if (ta == tags[rb] && ta <= Tag.INTEGER) {
                            condition = ta != Tag.INTEGER || bits[ra] == bits[rb];
                        } else if (ta == Tag.STRING && tags[rb] == Tag.STRING) {
                            condition = refs[ra].equals(refs[rb]);
                        } else {
                            frame.pc = pc;
                            if (Compare.equalFromInstruction(thread, frame, i)) {
                                continue reload;
                            }
                            condition = thread.lastCondition;
                        }
                        if (condition != ((i & (1 << Instruction.POSITION_K)) != 0)) {
                            pc++;
                        } else {
                            int jump = (code[pc] >>> 7) - Instruction.OFFSET_SJ + 1;
                            if (jump <= 0 && global.interruptRequested) {
                                frame.pc = pc;
                                throw Interrupts.interrupted(global);
                            }
                            pc += jump;
                        }
                        continue;
                    }
                    case LT: case LE: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        boolean condition;
                        if (tags[ra] == Tag.INTEGER && tags[rb] == Tag.INTEGER) {
                            condition = (i & 0x7F) == LT ? bits[ra] < bits[rb] : bits[ra] <= bits[rb];
                        } else {
                            frame.pc = pc;
                            if (Compare.orderFromInstruction(thread, frame, i)) {
                                continue reload;
                            }
                            condition = thread.lastCondition;
                        }
                        if (condition != ((i & (1 << Instruction.POSITION_K)) != 0)) {
                            pc++;
                        } else {
                            int jump = (code[pc] >>> 7) - Instruction.OFFSET_SJ + 1;
                            if (jump <= 0 && global.interruptRequested) {
                                frame.pc = pc;
                                throw Interrupts.interrupted(global);
                            }
                            pc += jump;
                        }
                        continue;
                    }
                    case EQK: {
                        int kb = (i >>> 16) & 0xFF;
                        boolean condition = Compare.rawEquals(tags[ra], bits[ra], refs[ra],
                                constantTags[kb], constantBits[kb], constantRefs[kb]);
                        if (condition != ((i & (1 << Instruction.POSITION_K)) != 0)) {
                            pc++;
                        } else {
                            int jump = (code[pc] >>> 7) - Instruction.OFFSET_SJ + 1;
                            if (jump <= 0 && global.interruptRequested) {
                                frame.pc = pc;
                                throw Interrupts.interrupted(global);
                            }
                            pc += jump;
                        }
                        continue;
                    }
                    case EQI: {
                        int immediate = ((i >>> 16) & 0xFF) - Instruction.OFFSET_SC;
                        byte tag = tags[ra];
                        boolean condition = tag == Tag.INTEGER ? bits[ra] == immediate
                                : tag == Tag.FLOAT && Double.longBitsToDouble(bits[ra]) == immediate;
                        if (condition != ((i & (1 << Instruction.POSITION_K)) != 0)) {
                            pc++;
                        } else {
                            int jump = (code[pc] >>> 7) - Instruction.OFFSET_SJ + 1;
                            if (jump <= 0 && global.interruptRequested) {
                                frame.pc = pc;
                                throw Interrupts.interrupted(global);
                            }
                            pc += jump;
                        }
                        continue;
                    }
                    case LTI: case LEI: case GTI: case GEI: {
                        int immediate = ((i >>> 16) & 0xFF) - Instruction.OFFSET_SC;
                        boolean condition;
                        if (tags[ra] == Tag.INTEGER) {
                            long value = bits[ra];
                            switch (i & 0x7F) {
                                case LTI: condition = value < immediate; break;
                                case LEI: condition = value <= immediate; break;
                                case GTI: condition = value > immediate; break;
                                default: condition = value >= immediate; break;
                            }
                        } else {
                            frame.pc = pc;
                            if (Compare.orderImmediateFromInstruction(thread, frame, i)) {
                                continue reload;
                            }
                            condition = thread.lastCondition;
                        }
                        if (condition != ((i & (1 << Instruction.POSITION_K)) != 0)) {
                            pc++;
                        } else {
                            int jump = (code[pc] >>> 7) - Instruction.OFFSET_SJ + 1;
                            if (jump <= 0 && global.interruptRequested) {
                                frame.pc = pc;
                                throw Interrupts.interrupted(global);
                            }
                            pc += jump;
                        }
                        continue;
                    }
                    case TEST: {
                        if ((tags[ra] > Tag.FALSE) != ((i & (1 << Instruction.POSITION_K)) != 0)) {
                            pc++;
                        } else {
                            int jump = (code[pc] >>> 7) - Instruction.OFFSET_SJ + 1;
                            if (jump <= 0 && global.interruptRequested) {
                                frame.pc = pc;
                                throw Interrupts.interrupted(global);
                            }
                            pc += jump;
                        }
                        continue;
                    }
                    case TESTSET: {
                        int rb = base + ((i >>> 16) & 0xFF);
                        if ((tags[rb] > Tag.FALSE) != ((i & (1 << Instruction.POSITION_K)) != 0)) {
                            pc++;
                        } else {
                            tags[ra] = tags[rb];
                            bits[ra] = bits[rb];
                            refs[ra] = refs[rb];
                            int jump = (code[pc] >>> 7) - Instruction.OFFSET_SJ + 1;
                            if (jump <= 0 && global.interruptRequested) {
                                frame.pc = pc;
                                throw Interrupts.interrupted(global);
                            }
                            pc += jump;
                        }
                        continue;
                    }
                    case CALL: {
                        int b = (i >>> 16) & 0xFF;
                        int argumentCount = b != 0 ? b - 1 : thread.top - ra - 1;
                        frame.pc = pc;
                        if (tags[ra] == Tag.FUNCTION && ((LuaFunction) refs[ra]).kind == LuaFunction.KIND_LUA) {
                            // Switch to the callee here rather than through 'reload': its state is at hand.
                            frame = Calls.enterLua(thread, (LuaClosure) refs[ra], ra, argumentCount, (i >>> 24) - 1);
                            if (frame.status != 0) {
                                continue reload;
                            }
                            LuaClosure callee = frame.closure;
                            code = callee.code;
                            constantTags = callee.constantTags;
                            constantBits = callee.constantBits;
                            constantRefs = callee.constantObjects;
                            upvalues = callee.upvalues;
                            base = frame.base;
                            pc = 0;
                            tags = thread.tags;
                            bits = thread.bits;
                            refs = thread.refs;
                            continue;
                        }
                        if (Calls.call(thread, ra, argumentCount, (i >>> 24) - 1)) {
                            return;
                        }
                        continue reload;
                    }
                    case TAILCALL: {
                        int b = (i >>> 16) & 0xFF;
                        int argumentCount = b != 0 ? b - 1 : thread.top - ra - 1;
                        frame.pc = pc;
                        if (Calls.tailCall(thread, frame, i, ra, argumentCount)) {
                            return;
                        }
                        continue reload;
                    }
                    case RETURN: {
                        int b = (i >>> 16) & 0xFF;
                        int count = b != 0 ? b - 1 : thread.top - ra;
                        frame.pc = pc;
                        if (Calls.returnFromInstruction(thread, frame, i, ra, count)) {
                            return;
                        }
                        continue reload;
                    }
                    case RETURN0: {
                        if ((frame.status & ~CallFrame.TAIL_CALL) == 0) {
                            int destination = frame.functionSlot;
                            int wanted = frame.expectedResults;
                            if (wanted < 0) {
                                thread.top = destination;
                            } else {
                                for (int n = 0; n < wanted; n++) tags[destination + n] = Tag.NIL;
                            }
                            int callerIndex = --thread.frameCount - 1;
                            frame = thread.frames[callerIndex];
                            LuaClosure returnedInto = frame.closure;
                            if (returnedInto == null) {
                                continue reload;
                            }
                            code = returnedInto.code;
                            constantTags = returnedInto.constantTags;
                            constantBits = returnedInto.constantBits;
                            constantRefs = returnedInto.constantObjects;
                            upvalues = returnedInto.upvalues;
                            base = frame.base;
                            pc = frame.pc;
                            continue;
                        }
                        frame.pc = pc;
                        if (Calls.returnValues(thread, frame, ra, 0)) {
                            return;
                        }
                        continue reload;
                    }
                    case RETURN1: {
                        if ((frame.status & ~CallFrame.TAIL_CALL) == 0) {
                            int destination = frame.functionSlot;
                            int wanted = frame.expectedResults;
                            byte tag = tags[ra];
                            tags[destination] = tag;
                            bits[destination] = bits[ra];
                            if (tag >= Tag.STRING) refs[destination] = refs[ra];
                            if (wanted < 0) {
                                thread.top = destination + 1;
                            } else {
                                for (int n = 1; n < wanted; n++) tags[destination + n] = Tag.NIL;
                            }
                            int callerIndex = --thread.frameCount - 1;
                            frame = thread.frames[callerIndex];
                            LuaClosure returnedInto = frame.closure;
                            if (returnedInto == null) {
                                continue reload;
                            }
                            code = returnedInto.code;
                            constantTags = returnedInto.constantTags;
                            constantBits = returnedInto.constantBits;
                            constantRefs = returnedInto.constantObjects;
                            upvalues = returnedInto.upvalues;
                            base = frame.base;
                            pc = frame.pc;
                            continue;
                        }
                        frame.pc = pc;
                        if (Calls.returnValues(thread, frame, ra, 1)) {
                            return;
                        }
                        continue reload;
                    }
                    case FORLOOP: {
                        if (tags[ra + 2] == Tag.INTEGER) {
                            long count = bits[ra + 1];
                            if ((count & 0x3FF) == 0 && global.interruptRequested) {
                                frame.pc = pc;
                                throw Interrupts.interrupted(global);
                            }
                            if (count != 0) {
                                bits[ra + 1] = count - 1;
                                long index = bits[ra] + bits[ra + 2];
                                bits[ra] = index;
                                tags[ra + 3] = Tag.INTEGER;
                                bits[ra + 3] = index;
                                pc -= i >>> 15;
                            }
                        } else if (Loops.floatLoop(tags, bits, ra)) {
                            if (global.interruptRequested) {
                                frame.pc = pc;
                                throw Interrupts.interrupted(global);
                            }
                            pc -= i >>> 15;
                        }
                        continue;
                    }
                    case FORPREP:
                        frame.pc = pc;
                        if (Loops.prepare(thread, tags, bits, ra)) {
                            pc += (i >>> 15) + 1;
                        }
                        continue;
                    case TFORPREP:
                        frame.pc = pc;
                        Calls.markToBeClosed(thread, ra + 3, true);
                        pc += i >>> 15;
                        continue;
                    case TFORCALL: {
                        for (int n = 0; n < 3; n++) {
                            tags[ra + 4 + n] = tags[ra + n];
                            bits[ra + 4 + n] = bits[ra + n];
                            refs[ra + 4 + n] = refs[ra + n];
                        }
                        thread.top = ra + 7;
                        frame.pc = pc;
                        if (tags[ra + 4] == Tag.FUNCTION && ((LuaFunction) refs[ra + 4]).kind == LuaFunction.KIND_LUA) {
                            Calls.enterLua(thread, (LuaClosure) refs[ra + 4], ra + 4, 2, i >>> 24);
                            continue reload;
                        }
                        if (Calls.call(thread, ra + 4, 2, i >>> 24)) {
                            return;
                        }
                        continue reload;
                    }
                    case TFORLOOP:
                        if (global.interruptRequested) {
                            frame.pc = pc;
                            throw Interrupts.interrupted(global);
                        }
                        if (tags[ra + 4] != Tag.NIL) {
                            tags[ra + 2] = tags[ra + 4];
                            bits[ra + 2] = bits[ra + 4];
                            refs[ra + 2] = refs[ra + 4];
                            pc -= i >>> 15;
                        }
                        continue;
                    case SETLIST:
                        frame.pc = pc;
                        Calls.setList(thread, frame, i, ra);
                        continue reload;
                    case CLOSURE:
                        Calls.closure(thread, frame, ra, i >>> 15);
                        if (global.finalizers.queued) {
                            frame.pc = pc;
                            global.finalizers.atAllocation(thread, ra + 1);
                            continue reload;
                        }
                        continue;
                    case VARARG: {
                        int wanted = (i >>> 24) - 1;
                        frame.pc = pc;
                        Calls.varargs(thread, frame, ra, wanted);
                        continue reload;
                    }
                    case VARARGPREP:
                        continue;
                    default:
                        frame.pc = pc;
                        throw Errors.runtime(thread, "bad instruction " + (i & 0x7F));
                }
            }
        }
    }

    /** Stores the RK(C) operand of a set instruction into a table slot. */
    private static void storeOperandC(int i, int base, byte[] tags, long[] bits, Object[] refs,
                                      byte[] constantTags, long[] constantBits, Object[] constantRefs,
                                      byte[] toTags, long[] toBits, Object[] toRefs, int slot) {
        int c = i >>> 24;
        if ((i & (1 << Instruction.POSITION_K)) != 0) {
            toTags[slot] = constantTags[c];
            toBits[slot] = constantBits[c];
            toRefs[slot] = constantRefs[c];
        } else {
            int rc = base + c;
            toTags[slot] = tags[rc];
            toBits[slot] = bits[rc];
            toRefs[slot] = refs[rc];
        }
    }
}
