package org.crescent.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class OpcodeTest {
    @Test
    void numbersMirrorTheEnum() throws Exception {
        int constants = 0;
        for (Field field : OpcodeNumbers.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) continue;
            constants++;
            assertEquals(Opcode.valueOf(field.getName()).ordinal(), field.getInt(null), field.getName());
        }
        assertEquals(Opcode.values().length, constants);
        assertTrue(Opcode.values().length <= 1 << Instruction.SIZE_OPCODE);
    }

    @Test
    void operandsRoundTrip() {
        int abc = Instruction.encodeABC(Opcode.ADD, 200, 17, 255, true);
        assertEquals(Opcode.ADD, Opcode.of(abc));
        assertEquals(200, Instruction.a(abc));
        assertEquals(17, Instruction.b(abc));
        assertEquals(255, Instruction.c(abc));
        assertTrue(Instruction.k(abc));
        int asbx = Instruction.encodeAsBx(Opcode.LOADI, 3, -65535);
        assertEquals(-65535, Instruction.signedBx(asbx));
        assertEquals(3, Instruction.a(asbx));
        int jump = Instruction.encodeSJ(Opcode.JMP, -1000000);
        assertEquals(-1000000, Instruction.signedJump(jump));
        assertEquals(Opcode.JMP, Opcode.of(jump));
        int bx = Instruction.encodeABx(Opcode.LOADK, 255, Instruction.MAX_BX);
        assertEquals(Instruction.MAX_BX, Instruction.bx(bx));
        assertEquals(255, Instruction.a(bx));
    }
}
