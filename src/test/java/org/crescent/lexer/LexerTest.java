package org.crescent.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crescent.runtime.LuaString;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static Lexer lexer(String source) {
        return new Lexer(source.getBytes(StandardCharsets.ISO_8859_1), LuaString.of("=test"));
    }

    /** The tokens of {@code source} as text: symbols as written, values in angle brackets. */
    private static List<String> tokens(String source) {
        Lexer lexer = lexer(source);
        List<String> tokens = new ArrayList<>();
        for (lexer.next(); lexer.token() != Token.EOF; lexer.next()) {
            switch (lexer.token()) {
                case Token.NAME: tokens.add("name:" + lexer.stringValue()); break;
                case Token.STRING: tokens.add("string:" + lexer.stringValue()); break;
                case Token.INTEGER: tokens.add("int:" + lexer.integerValue()); break;
                case Token.FLOAT: tokens.add("float:" + lexer.floatValue()); break;
                default: tokens.add(Token.text(lexer.token()));
            }
        }
        return tokens;
    }

    @Test
    void everySymbol() {
        assertEquals(List.of("+", "-", "*", "/", "//", "%", "^", "#", "&", "~", "|", "<<", ">>", "==", "~=",
                "<=", ">=", "<", ">", "=", "(", ")", "{", "}", "[", "]", "::", ";", ":", ",", ".", "..", "..."),
                tokens("+ - * / // % ^ # & ~ | << >> == ~= <= >= < > = ( ) { } [ ] :: ; : , . .. ..."));
    }

    @Test
    void symbolsWithoutSpaces() {
        assertEquals(List.of("name:a", "..", "name:b", "...", "...", ".", "<<", "<", "~=", "~", "//", "/"),
                tokens("a..b....... <<<~=~///"));
    }

    @Test
    void everyReservedWord() {
        String words = "and break do else elseif end false for function goto if in local nil not or repeat "
                + "return then true until while";
        assertEquals(List.of(words.split(" ")), tokens(words));
        Lexer lexer = lexer(words);
        for (int kind = Token.AND; kind <= Token.WHILE; kind++) {
            lexer.next();
            assertEquals(kind, lexer.token());
        }
    }

    @Test
    void namesThatLookLikeReservedWords() {
        assertEquals(List.of("name:And", "name:ends", "name:_end", "name:end_", "name:whilex", "name:n0t", "name:_"),
                tokens("And ends _end end_ whilex n0t _"));
    }

    @Test
    void numbersTouchingOperators() {
        assertEquals(List.of("int:3", "-", "int:4", "float:1.0", "+", "int:1", "int:14", "+", "int:1"),
                tokens("3-4 1e0+1 0xe+1"));
        assertEquals(List.of("int:1", "..", "int:2"), tokens("1 .. 2"));
        assertEquals(List.of("name:a", ".", "name:b", "float:0.5"), tokens("a.b .5"));
    }

    @Test
    void commentsAreSkipped() {
        assertEquals(List.of("name:a", "name:b", "name:c", "name:d", "name:e"),
                tokens("a -- short\nb --[[ long\ncomment ]] c --[==[ ]] ]=] ]==]d --[ not long\ne --"));
        assertEquals(List.of("-", "name:x"), tokens("- x --"));
    }

    @Test
    void everyLineBreakCountsOnce() {
        Lexer lexer = lexer("a\nb\rc\r\nd\n\re\n\nf\r\rg");
        int[] lines = {1, 2, 3, 4, 5, 7, 9};
        for (int line : lines) {
            lexer.next();
            assertEquals(line, lexer.lineNumber());
        }
    }

    @Test
    void linesInsideLongStringsAndEscapes() {
        Lexer lexer = lexer("[[\na\r\nb]] 'x\\\ny' --[[\n\n]] z");
        lexer.next();
        assertEquals(3, lexer.lineNumber());
        assertEquals("a\nb", lexer.stringValue().toString());
        lexer.next();
        assertEquals(4, lexer.lineNumber());
        assertEquals(3, lexer.lastLine());
        lexer.next();
        assertEquals(6, lexer.lineNumber());
        assertEquals("z", lexer.stringValue().toString());
    }

    @Test
    void lookaheadKeepsTheCurrentToken() {
        Lexer lexer = lexer("x = 1");
        lexer.next();
        assertEquals('=', lexer.lookahead());
        assertEquals(Token.NAME, lexer.token());
        assertEquals("x", lexer.stringValue().toString());
        lexer.next();
        assertEquals('=', lexer.token());
        lexer.next();
        assertEquals(Token.INTEGER, lexer.token());
        assertEquals(1, lexer.integerValue());
    }

    @Test
    void strayBytesAreSingleByteTokens() {
        Lexer lexer = lexer("@$\u00e9");
        lexer.next();
        assertEquals('@', lexer.token());
        lexer.next();
        assertEquals('$', lexer.token());
        lexer.next();
        assertEquals(0xe9, lexer.token());
        assertEquals("'<\\233>'", Token.describe(lexer.token()));
    }

    @Test
    void errorsNameChunkLineAndToken() {
        LuaSyntaxError error = assertThrows(LuaSyntaxError.class, () -> tokens("x\n\n= 'abc"));
        assertEquals("test:3: unfinished string near <eof>", error.getMessage());
        error = assertThrows(LuaSyntaxError.class, () -> tokens("x = 0x1g"));
        assertEquals("test:1: malformed number near '0x1g'", error.getMessage());
    }

    @Test
    void contentStartSkipsByteOrderMarkAndHashLine() {
        byte[] plain = "x = 1".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(0, Lexer.contentStart(plain));
        byte[] hash = "#!/usr/bin/lua\nx = 1".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(14, Lexer.contentStart(hash));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '#', 'x', '\n', 'y'};
        assertEquals(5, Lexer.contentStart(bom));
        byte[] bomOnly = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'y'};
        assertEquals(3, Lexer.contentStart(bomOnly));
        Lexer lexer = new Lexer(hash, Lexer.contentStart(hash), LuaString.of("=test"));
        lexer.next();
        assertEquals(2, lexer.lineNumber());
        assertEquals("x", lexer.stringValue().toString());
    }

    @Test
    void tokenDescriptions() {
        assertEquals("'+'", Token.describe('+'));
        assertEquals("'<\\1>'", Token.describe(1));
        assertEquals("'end'", Token.describe(Token.END));
        assertEquals("'::'", Token.describe(Token.DOUBLE_COLON));
        assertEquals("<eof>", Token.describe(Token.EOF));
        assertEquals("<name>", Token.describe(Token.NAME));
        assertEquals("<string>", Token.describe(Token.STRING));
    }
}
