package org.crescent.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crescent.bytecode.Instruction;
import org.crescent.bytecode.Opcode;
import org.crescent.bytecode.Prototype;
import org.crescent.lexer.Lexer;
import org.crescent.parser.Parser;
import org.crescent.runtime.LuaString;
import org.junit.jupiter.api.Test;

/**
 * Walks every prototype compiled from the snippet corpus and from the official test suite
 * (/work/testes, when present) and checks that no instruction touches a register at or above
 * the prototype's maxStackSize, and that code and line arrays agree in length.
 */
class MaxStackSizeTest {
    private static final Path TESTES = Paths.get("/work/testes");

    @Test
    void corpusStaysWithinTheStack() throws IOException {
        int checked = 0;
        for (Path file : CompilerListingTest.snippets()) checked += check(file);
        assertTrue(checked > 100, "too few instructions checked: " + checked);
    }

    @Test
    void officialTestSuiteStaysWithinTheStack() throws IOException {
        if (!Files.isDirectory(TESTES)) return;
        List<Path> files;
        try (Stream<Path> list = Files.list(TESTES)) {
            files = list.filter(p -> p.toString().endsWith(".lua")).sorted().toList();
        }
        for (Path file : files) check(file);
    }

    private static int check(Path file) throws IOException {
        byte[] source = Files.readAllBytes(file);
        LuaString name = LuaString.of("@" + file.getFileName());
        Prototype main = Compiler.compile(Parser.parse(source, Lexer.contentStart(source), name), name);
        return checkTree(file.getFileName().toString(), main);
    }

    private static int checkTree(String name, Prototype f) {
        assertEquals(f.code.length, f.lines.length, name);
        assertTrue(f.maxStackSize <= Instruction.MAX_REGISTERS, name);
        int count = 0;
        for (int pc = 0; pc < f.code.length; pc++) {
            int highest = highestRegister(f.code[pc]);
            int position = pc + 1;
            assertTrue(highest < f.maxStackSize, () -> name + " <" + f.lineDefined + ">: instruction " + position
                    + " " + Opcode.of(f.code[position - 1]).name() + " uses a register beyond maxStackSize "
                    + f.maxStackSize);
            count++;
        }
        for (Prototype child : f.prototypes) count += checkTree(name, child);
        return count;
    }

    /** The highest register the instruction reads or writes, or -1 (with luac's operand conventions). */
    static int highestRegister(int i) {
        int a = Instruction.a(i);
        int b = Instruction.b(i);
        int c = Instruction.c(i);
        boolean k = Instruction.k(i);
        List<Integer> registers = new ArrayList<>();
        switch (Opcode.of(i)) {
            case MOVE, UNM, BNOT, NOT, LEN, GETI, GETFIELD, ADDI, ADDK, SUBK, MULK, MODK, POWK, DIVK,
                 IDIVK, BANDK, BORK, BXORK, SHRI, SHLI, EQ, LT, LE, TESTSET, MMBIN -> {
                registers.add(a);
                registers.add(b);
            }
            case ADD, SUB, MUL, MOD, POW, DIV, IDIV, BAND, BOR, BXOR, SHL, SHR, GETTABLE -> {
                registers.add(a);
                registers.add(b);
                registers.add(c);
            }
            case LOADI, LOADF, LOADK, LOADKX, LOADFALSE, LFALSESKIP, LOADTRUE, GETUPVAL, SETUPVAL, GETTABUP,
                 NEWTABLE, MMBINI, MMBINK, CLOSE, TBC, EQK, EQI, LTI, LEI, GTI, GEI, TEST, RETURN1,
                 CLOSURE -> registers.add(a);
            case LOADNIL -> registers.add(a + b);
            case SETTABUP -> {
                if (!k) registers.add(c);
            }
            case SETTABLE, SETI, SETFIELD -> {
                registers.add(a);
                if (Opcode.of(i) == Opcode.SETTABLE) registers.add(b);
                if (!k) registers.add(c);
            }
            case SELF -> {
                registers.add(a + 1);
                registers.add(b);
                if (!k) registers.add(c);
            }
            case CONCAT -> registers.add(a + b - 1);
            case CALL, TAILCALL -> {
                registers.add(a);
                if (b > 0) registers.add(a + b - 1);
                if (c > 1) registers.add(a + c - 2);
            }
            case RETURN -> {
                if (b > 1) registers.add(a + b - 2);
            }
            case FORPREP, FORLOOP -> registers.add(a + 3);
            case TFORPREP -> registers.add(a + 3);
            case TFORCALL -> registers.add(Math.max(a + 6, a + 3 + c));
            case TFORLOOP -> registers.add(a + 4);
            case SETLIST -> registers.add(a + b);
            case VARARG -> {
                registers.add(a);
                if (c > 1) registers.add(a + c - 2);
            }
            default -> { }
        }
        int highest = -1;
        for (int register : registers) highest = Math.max(highest, register);
        return highest;
    }
}
