package org.crescent.bytecode;

import org.crescent.runtime.Metamethod;

import java.util.IdentityHashMap;
import java.util.Map;
import org.crescent.runtime.LuaString;
import org.crescent.runtime.LuaNumbers;
import org.crescent.runtime.Tag;

/**
 * A human-readable listing of a prototype tree in the format of {@code luac5.4 -l -l}:
 * per function a header, the instructions with line, operands and comments, then the
 * constants, locals and upvalues tables, then the nested functions, depth first.
 *
 * <p>Where luac prints memory addresses this prints a stable id, {@code F0} for the
 * function listed first and so on in listing order, so listings compare as text. Opcode names
 * and formats come from {@link Opcode}; the operand choice per opcode mirrors luac's.
 */
public final class Listing {
    private static final String COMMENT = "\t; ";

    private final StringBuilder out = new StringBuilder();
    private final Map<Prototype, String> ids = new IdentityHashMap<>();

    private Listing() {}

    /** The full listing of {@code main} and every prototype nested in it. */
    public static String of(Prototype main) {
        Listing listing = new Listing();
        listing.numberFunctions(main);
        listing.function(main);
        return listing.out.toString();
    }

    private void numberFunctions(Prototype function) {
        ids.put(function, "F" + ids.size());
        for (Prototype child : function.prototypes) numberFunctions(child);
    }

    private void function(Prototype f) {
        header(f);
        for (int pc = 0; pc < f.code.length; pc++) instruction(f, pc);
        debugTables(f);
        for (Prototype child : f.prototypes) function(child);
    }

    private void header(Prototype f) {
        out.append('\n').append(f.lineDefined == 0 ? "main" : "function").append(" <")
                .append(sourceName(f.source)).append(':').append(f.lineDefined).append(',')
                .append(f.lastLineDefined).append("> (").append(count(f.code.length, "instruction"))
                .append(" at ").append(ids.get(f)).append(")\n");
        out.append(f.parameterCount).append(f.isVararg ? "+" : "")
                .append(f.parameterCount == 1 ? " param, " : " params, ")
                .append(count(f.maxStackSize, "slot")).append(", ")
                .append(count(f.upvalues.length, "upvalue")).append(", ")
                .append(count(f.localVariables.length, "local")).append(", ")
                .append(count(f.constantTags.length, "constant")).append(", ")
                .append(count(f.prototypes.length, "function")).append('\n');
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String sourceName(LuaString source) {
        if (source == null) return "?";
        String text = new String(source.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.startsWith("@") || text.startsWith("=")) return text.substring(1);
        if (text.startsWith("\u001b")) return "(bstring)";
        return "(string)";
    }

    private void instruction(Prototype f, int pc) {
        int i = f.code[pc];
        Opcode opcode = Opcode.of(i);
        int a = Instruction.a(i);
        int b = Instruction.b(i);
        int c = Instruction.c(i);
        int k = Instruction.k(i) ? 1 : 0;
        String isk = k == 1 ? "k" : "";
        out.append('\t').append(pc + 1).append('\t');
        out.append(pc < f.lines.length && f.lines[pc] > 0 ? "[" + f.lines[pc] + "]" : "[-]").append('\t');
        out.append(String.format("%-9s", opcode.name())).append('\t');
        switch (opcode.format()) {
            case ABX -> abxOperands(f, pc, opcode, a, Instruction.bx(i));
            case ASBX -> out.append(a).append(' ').append(Instruction.signedBx(i));
            case AX -> out.append(Instruction.ax(i));
            case SJ -> {
                int offset = Instruction.signedJump(i);
                out.append(offset).append(COMMENT).append("to ").append(offset + pc + 2);
            }
            case ABC -> abcOperands(f, pc, opcode, a, b, c, k, isk);
        }
        out.append('\n');
    }

    private void abxOperands(Prototype f, int pc, Opcode opcode, int a, int bx) {
        switch (opcode) {
            case LOADKX -> {
                out.append(a).append(COMMENT);
                constant(f, Instruction.ax(f.code[pc + 1]));
            }
            case LOADK -> {
                out.append(a).append(' ').append(bx).append(COMMENT);
                constant(f, bx);
            }
            case FORLOOP, TFORLOOP -> out.append(a).append(' ').append(bx).append(COMMENT).append("to ").append(pc - bx + 2);
            case FORPREP -> out.append(a).append(' ').append(bx).append(COMMENT).append("exit to ").append(pc + bx + 3);
            case TFORPREP -> out.append(a).append(' ').append(bx).append(COMMENT).append("to ").append(pc + bx + 2);
            case CLOSURE -> out.append(a).append(' ').append(bx).append(COMMENT).append(ids.get(f.prototypes[bx]));
            default -> out.append(a).append(' ').append(bx);
        }
    }

    private void abcOperands(Prototype f, int pc, Opcode opcode, int a, int b, int c, int k, String isk) {
        int sb = b - Instruction.OFFSET_SC;
        int sc = c - Instruction.OFFSET_SC;
        switch (opcode) {
            case LOADFALSE, LFALSESKIP, LOADTRUE, CLOSE, TBC, RETURN1, VARARGPREP -> out.append(a);
            case RETURN0 -> { }
            case MOVE, UNM, BNOT, NOT, LEN, CONCAT -> out.append(a).append(' ').append(b);
            case LOADNIL -> out.append(a).append(' ').append(b).append(COMMENT).append(b + 1).append(" out");
            case GETUPVAL, SETUPVAL -> out.append(a).append(' ').append(b).append(COMMENT).append(upvalueName(f, b));
            case GETTABUP -> {
                out.append(a).append(' ').append(b).append(' ').append(c).append(COMMENT)
                        .append(upvalueName(f, b)).append(' ');
                constant(f, c);
            }
            case GETFIELD, ADDK, SUBK, MULK, MODK, POWK, DIVK, IDIVK, BANDK, BORK, BXORK -> {
                out.append(a).append(' ').append(b).append(' ').append(c).append(COMMENT);
                constant(f, c);
            }
            case SETTABUP -> {
                out.append(a).append(' ').append(b).append(' ').append(c).append(isk).append(COMMENT)
                        .append(upvalueName(f, a)).append(' ');
                constant(f, b);
                if (k == 1) {
                    out.append(' ');
                    constant(f, c);
                }
            }
            case SETFIELD -> {
                out.append(a).append(' ').append(b).append(' ').append(c).append(isk).append(COMMENT);
                constant(f, b);
                if (k == 1) {
                    out.append(' ');
                    constant(f, c);
                }
            }
            case SETTABLE, SETI, SELF -> {
                out.append(a).append(' ').append(b).append(' ').append(c).append(isk);
                if (k == 1) {
                    out.append(COMMENT);
                    constant(f, c);
                }
            }
            case NEWTABLE -> out.append(a).append(' ').append(b).append(' ').append(c).append(COMMENT)
                    .append(c + extraArgument(f, pc));
            case ADDI, SHRI, SHLI -> out.append(a).append(' ').append(b).append(' ').append(sc);
            case MMBIN -> out.append(a).append(' ').append(b).append(' ').append(c).append(COMMENT).append(eventName(c));
            case MMBINI -> {
                out.append(a).append(' ').append(sb).append(' ').append(c).append(' ').append(k)
                        .append(COMMENT).append(eventName(c));
                if (k == 1) out.append(" flip");
            }
            case MMBINK -> {
                out.append(a).append(' ').append(b).append(' ').append(c).append(' ').append(k)
                        .append(COMMENT).append(eventName(c)).append(' ');
                constant(f, b);
                if (k == 1) out.append(" flip");
            }
            case EQ, LT, LE, TESTSET -> out.append(a).append(' ').append(b).append(' ').append(k);
            case EQK -> {
                out.append(a).append(' ').append(b).append(' ').append(k).append(COMMENT);
                constant(f, b);
            }
            case EQI, LTI, LEI, GTI, GEI -> out.append(a).append(' ').append(sb).append(' ').append(k);
            case TEST -> out.append(a).append(' ').append(k);
            case CALL -> {
                out.append(a).append(' ').append(b).append(' ').append(c).append(COMMENT);
                out.append(b == 0 ? "all in " : (b - 1) + " in ");
                out.append(c == 0 ? "all out" : (c - 1) + " out");
            }
            case TAILCALL -> out.append(a).append(' ').append(b).append(' ').append(c).append(isk)
                    .append(COMMENT).append(b - 1).append(" in");
            case RETURN -> out.append(a).append(' ').append(b).append(' ').append(c).append(isk)
                    .append(COMMENT).append(b == 0 ? "all out" : (b - 1) + " out");
            case TFORCALL -> out.append(a).append(' ').append(c);
            case SETLIST -> {
                out.append(a).append(' ').append(b).append(' ').append(c);
                if (k == 1) out.append(COMMENT).append(c + extraArgument(f, pc));
            }
            case VARARG -> out.append(a).append(' ').append(c).append(COMMENT)
                    .append(c == 0 ? "all out" : (c - 1) + " out");
            default -> out.append(a).append(' ').append(b).append(' ').append(c);
        }
    }

    /** The EXTRAARG after {@code pc} scaled as NEWTABLE and SETLIST use it. */
    private static int extraArgument(Prototype f, int pc) {
        if (pc + 1 >= f.code.length) return 0;
        return Instruction.ax(f.code[pc + 1]) * (Instruction.MAX_C + 1);
    }

    private static String eventName(int number) {
        return number < Metamethod.values().length ? Metamethod.byNumber(number).key.toString() : "?" + number;
    }

    private static String upvalueName(Prototype f, int index) {
        if (index >= f.upvalues.length || f.upvalues[index].name() == null) return "-";
        return text(f.upvalues[index].name());
    }

    private static String text(LuaString string) {
        return new String(string.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void debugTables(Prototype f) {
        String id = ids.get(f);
        out.append("constants (").append(f.constantTags.length).append(") for ").append(id).append(":\n");
        for (int i = 0; i < f.constantTags.length; i++) {
            out.append('\t').append(i).append('\t').append(typeLetter(f.constantTags[i])).append('\t');
            constant(f, i);
            out.append('\n');
        }
        out.append("locals (").append(f.localVariables.length).append(") for ").append(id).append(":\n");
        for (int i = 0; i < f.localVariables.length; i++) {
            LocalVariableInfo local = f.localVariables[i];
            out.append('\t').append(i).append('\t').append(text(local.name())).append('\t')
                    .append(local.startPc() + 1).append('\t').append(local.endPc() + 1).append('\n');
        }
        out.append("upvalues (").append(f.upvalues.length).append(") for ").append(id).append(":\n");
        for (int i = 0; i < f.upvalues.length; i++) {
            UpvalueInfo upvalue = f.upvalues[i];
            out.append('\t').append(i).append('\t').append(upvalueName(f, i)).append('\t')
                    .append(upvalue.inStack() ? 1 : 0).append('\t').append(upvalue.index()).append('\n');
        }
    }

    private static String typeLetter(byte tag) {
        return switch (tag) {
            case Tag.NIL -> "N";
            case Tag.FALSE, Tag.TRUE -> "B";
            case Tag.FLOAT -> "F";
            case Tag.INTEGER -> "I";
            case Tag.STRING -> "S";
            default -> "?" + tag;
        };
    }

    private void constant(Prototype f, int index) {
        if (index < 0 || index >= f.constantTags.length) {
            out.append("?");
            return;
        }
        switch (f.constantTags[index]) {
            case Tag.NIL -> out.append("nil");
            case Tag.FALSE -> out.append("false");
            case Tag.TRUE -> out.append("true");
            case Tag.INTEGER -> out.append(f.constantBits[index]);
            case Tag.FLOAT -> out.append(text(LuaNumbers.toLuaString(Double.longBitsToDouble(f.constantBits[index]))));
            case Tag.STRING -> quoted((LuaString) f.constantObjects[index]);
            default -> out.append('?').append(f.constantTags[index]);
        }
    }

    private void quoted(LuaString string) {
        out.append('"');
        for (int i = 0; i < string.length(); i++) {
            int ch = string.byteAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 11 -> out.append("\\v");
                default -> {
                    if (ch >= 32 && ch < 127) out.append((char) ch);
                    else out.append(String.format("\\%03d", ch));
                }
            }
        }
        out.append('"');
    }
}
