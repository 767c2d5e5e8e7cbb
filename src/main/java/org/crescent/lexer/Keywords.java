package org.crescent.lexer;

/**
 * Recognises Lua's 22 reserved words in a byte range without allocating. Invariant:
 * {@code WORDS[i]} is the text of token kind {@code Token.FIRST_RESERVED + i}.
 */
final class Keywords {
    private static final byte[][] WORDS = new byte[Token.RESERVED_WORD_COUNT][];

    static {
        for (int i = 0; i < WORDS.length; i++) {
            WORDS[i] = Token.text(Token.FIRST_RESERVED + i).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private Keywords() {
    }

    /** The token kind of the reserved word at {@code text[start, start+length)}, or 0. */
    static int lookup(byte[] text, int start, int length) {
        if (length < 2 || length > 8) return 0;
        int first = text[start];
        if (first < 'a' || first > 'w') return 0;
        for (int i = 0; i < WORDS.length; i++) {
            byte[] word = WORDS[i];
            if (word[0] == first && word.length == length && matches(word, text, start)) {
                return Token.FIRST_RESERVED + i;
            }
        }
        return 0;
    }

    private static boolean matches(byte[] word, byte[] text, int start) {
        for (int i = 1; i < word.length; i++) {
            if (word[i] != text[start + i]) return false;
        }
        return true;
    }
}
