package org.crescent.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;

/**
 * Chunk name display. Expected texts are lua5.4's (the positions it printed for these names
 * in scripts/syntax-errors.lua's output, which SyntaxErrorTableTest checks end to end).
 */
class ChunkNamesTest {

    private static String display(String name) {
        return ChunkNames.display(LuaString.of(name)).toString();
    }

    @Test
    void literalNames() {
        assertEquals("stdin", display("=stdin"));
        assertEquals("f".repeat(59), display("=" + "f".repeat(59)));
        assertEquals("f".repeat(59), display("=" + "f".repeat(60)));
    }

    @Test
    void fileNames() {
        assertEquals("file.lua", display("@file.lua"));
        assertEquals("f".repeat(59), display("@" + "f".repeat(59)));
        assertEquals("..." + "f".repeat(56), display("@" + "f".repeat(60)));
    }

    @Test
    void sourceText() {
        assertEquals("[string \"x = 1\"]", display("x = 1"));
        assertEquals("[string \"first line...\"]", display("first line\nsecond line"));
        assertEquals("[string \"" + "s".repeat(44) + "\"]", display("s".repeat(44)));
        assertEquals("[string \"" + "s".repeat(45) + "...\"]", display("s".repeat(45)));
        assertEquals("[string \"\"]", display(""));
        assertEquals("[string \"...\"]", display("\nstarts with newline"));
    }

    @Test
    void namesEndAtZeroByte() {
        // lua5.4 -e 'print(load("x = \0"))' names the chunk [string "x = "]
        assertEquals("[string \"x = \"]", display("x = \0"));
        assertEquals("stdin", display("=stdin\0more"));
    }
}
